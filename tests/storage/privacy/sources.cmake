# Tests of issue 5 (privacy). Included by tests/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_PRIVACY_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/PersonalDataRepositoryTest.cpp
)
