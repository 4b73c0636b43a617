# Tests of issue 4 (career). Included by tests/app/CMakeLists.txt.
set(PARCOURS_APP_CAREER_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/CareerServiceTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoCareerRecordsTest.cpp
)
