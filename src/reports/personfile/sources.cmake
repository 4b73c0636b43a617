# Issue 4 (personfile). Included by src/reports/CMakeLists.txt.
set(PARCOURS_REPORTS_PERSONFILE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/PersonFilePdf.cpp
)
