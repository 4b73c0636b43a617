# Issue 5 (privacy): the survey's information notice. Included by src/reports/CMakeLists.txt.
set(PARCOURS_REPORTS_PRIVACY_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/SurveyPrivacyNotice.cpp
)
