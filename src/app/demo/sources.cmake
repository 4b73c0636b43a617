# Demo-data generator (QtCore + parcours_domain only). The lead adds these to
# parcours_app:  include(${PROJECT_SOURCE_DIR}/src/app/demo/sources.cmake)
#                target_sources(parcours_app PRIVATE ${PARCOURS_APP_DEMO_SOURCES})
#                target_include_directories(parcours_app PUBLIC ${PROJECT_SOURCE_DIR}/src/app/demo)
# and embeds the word lists from resources/demo/sources.cmake.
set(PARCOURS_APP_DEMO_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/DemoAnswers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoAnswers.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoCareer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoCareer.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoCareerPaths.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoCareerPaths.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoContactLog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoContactLog.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoContacts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoContacts.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoDataGenerator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoDataGenerator.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoNames.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoNames.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoPeople.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoPeople.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoRandom.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoSummary.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoSurveyCampaigns.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoSurveyCampaigns.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoTerritory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoTerritory.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoWriter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoWriter.h)
