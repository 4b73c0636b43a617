# The questionnaire model of the annual survey (QtCore only). Included by
# src/domain/CMakeLists.txt:
#   include(${CMAKE_CURRENT_SOURCE_DIR}/survey/sources.cmake)
#   target_sources(parcours_domain PRIVATE ${PARCOURS_DOMAIN_SURVEY_SOURCES})
set(PARCOURS_DOMAIN_SURVEY_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/Question.cpp
  ${CMAKE_CURRENT_LIST_DIR}/QuestionnaireJson.cpp
  ${CMAKE_CURRENT_LIST_DIR}/QuestionnaireTemplate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/QuestionType.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ResponseRules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SurveyCampaign.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SurveyResponse.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SurveySummary.cpp
)
