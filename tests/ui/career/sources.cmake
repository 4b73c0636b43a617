# GUI tests of issue 4 (career). Included by tests/ui/CMakeLists.txt.
set(PARCOURS_UI_CAREER_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/CareerPathGuiTest.cpp
)
