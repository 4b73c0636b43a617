# Tests of issue 6 (shared server). Included by tests/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_SERVER_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/ServerCopyTest.cpp
)
