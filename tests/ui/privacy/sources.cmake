# Tests of issue 5 (privacy). Included by tests/ui/CMakeLists.txt.
set(PARCOURS_UI_PRIVACY_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/PrivacyGuiTest.cpp
)
