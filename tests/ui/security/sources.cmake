# Tests of issue 5 (security). Included by tests/ui/CMakeLists.txt.
set(PARCOURS_UI_SECURITY_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/SecurityGuiTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StartupSignInTest.cpp
)
