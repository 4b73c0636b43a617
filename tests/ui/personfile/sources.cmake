# GUI tests of issue 4 (personfile). Included by tests/ui/CMakeLists.txt.
set(PARCOURS_UI_PERSONFILE_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/TimelineGuiTest.cpp
)
