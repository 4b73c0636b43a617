# GUI tests of issue 4 (retention). Included by tests/ui/CMakeLists.txt.
set(PARCOURS_UI_RETENTION_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/RetentionGuiTest.cpp
)
