# Tests of issue 5 (audit). Included by tests/ui/CMakeLists.txt.
set(PARCOURS_UI_AUDIT_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/HistoryTabTest.cpp
)
