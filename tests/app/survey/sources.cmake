# Tests of the LimeSurvey structure importer. Included by tests/app/CMakeLists.txt:
#   include(${CMAKE_CURRENT_SOURCE_DIR}/survey/sources.cmake)
#   add_executable(test_app ... ${PARCOURS_APP_SURVEY_TESTS})
set(PARCOURS_APP_SURVEY_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/HtmlTextTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LimeResponseImporterTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LimeResponseImporterFilesTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LssImporterTest.cpp
)
# The .lss samples: the copies kept in tests/data/limesurvey (the shared folder
# beside the clone is not there in CI). A source property is seen by targets
# created in the directory that include()s this file.
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/LssImporterTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LimeResponseImporterTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LimeResponseImporterFilesTest.cpp PROPERTIES
  COMPILE_DEFINITIONS "PARCOURS_LSS_TEST_DATA=\"${CMAKE_CURRENT_LIST_DIR}/../../data/limesurvey\"")
