# The LimeSurvey survey-structure (.lss) importer (QtCore only: QXmlStreamReader).
# Included by src/app/CMakeLists.txt:
#   include(${CMAKE_CURRENT_SOURCE_DIR}/survey/sources.cmake)
#   target_sources(parcours_app PRIVATE ${PARCOURS_APP_SURVEY_SOURCES})
#   target_include_directories(parcours_app PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/survey)
# Needs parcours_domain (the questionnaire model in src/domain/survey, DomainError).
set(PARCOURS_APP_SURVEY_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/HtmlText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LimeAnswerReader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LimeColumnMap.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LimeImportResult.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LimeResponseImporter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LssDocument.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LssImporter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LssLanguage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LssRelevance.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LssTypeMapping.cpp
)
