# Tests of the PMI list importer. Included by tests/app/CMakeLists.txt:
#   include(${CMAKE_CURRENT_SOURCE_DIR}/import/sources.cmake)
#   add_executable(test_app ... ${PARCOURS_APP_IMPORT_TESTS})
# They link parcours_app, parcours_domain and parcours_test_main_core. Most
# importer tests run against the in-memory fakes of FakeRegister.cpp;
# PmiImportStoreTest.cpp runs the fixture through AppContext::openInMemory().
set(PARCOURS_APP_IMPORT_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/CsvFileReaderTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CsvReaderTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FakeRegister.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PmiFixtureTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PmiHeaderMatcherTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PmiImporterTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PmiImportStoreTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PmiRealWorldTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PmiRowParserTest.cpp
)
# Where the fixture test finds tests/data/pmi. A source property is seen by
# targets created in the directory that include()s this file.
set_source_files_properties(
  ${CMAKE_CURRENT_LIST_DIR}/PmiFixtureTest.cpp ${CMAKE_CURRENT_LIST_DIR}/PmiImportStoreTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CsvFileReaderTest.cpp PROPERTIES
  COMPILE_DEFINITIONS "PARCOURS_PMI_TEST_DATA=\"${CMAKE_CURRENT_LIST_DIR}/../../data/pmi\"")
