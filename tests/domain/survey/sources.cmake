# Tests of the questionnaire model. Included by tests/domain/CMakeLists.txt:
#   include(${CMAKE_CURRENT_SOURCE_DIR}/survey/sources.cmake)
#   add_executable(test_domain ... ${PARCOURS_DOMAIN_SURVEY_TESTS})
set(PARCOURS_DOMAIN_SURVEY_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/QuestionnaireTemplateTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ResponseRulesTest.cpp
)
