# Tests of issue 5 (security). Included by tests/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_SECURITY_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/UserRepositoryTest.cpp
)
