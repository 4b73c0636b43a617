# Tests of issue 4 (career). Included by tests/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_CAREER_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/CareerRepositoryTest.cpp
)
