# Tests of issue 4 (personfile). Included by tests/reports/CMakeLists.txt.
set(PARCOURS_REPORTS_PERSONFILE_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/PersonFilePdfTest.cpp
)
