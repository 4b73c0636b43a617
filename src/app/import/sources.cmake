# The PMI list importer (QtCore only). Included by src/app/CMakeLists.txt:
#   include(${CMAKE_CURRENT_SOURCE_DIR}/import/sources.cmake)
#   target_sources(parcours_app PRIVATE ${PARCOURS_APP_IMPORT_SOURCES})
#   target_include_directories(parcours_app PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/import)
# Needs parcours_domain (entities, rules, CommuneDirectory, repository interfaces).
set(PARCOURS_APP_IMPORT_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/CsvFileReader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CsvParsing.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CsvReader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ImportReport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PmiColumn.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PmiDateParser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PmiHeaderMatcher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PmiImporter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PmiMerger.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PmiRowParser.cpp
)
set(PARCOURS_APP_IMPORT_INCLUDE_DIR ${CMAKE_CURRENT_LIST_DIR})
