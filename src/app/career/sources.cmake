# Issue 4 (career). Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_CAREER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/CareerService.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoCareerRecords.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ObligationService.cpp
)
