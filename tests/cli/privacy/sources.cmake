# Tests of issue 5 (privacy). Included by tests/cli/CMakeLists.txt.
set(PARCOURS_CLI_PRIVACY_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/PrivacyCliTest.cpp
)
