# Tests of issue 5 (security). Included by tests/cli/CMakeLists.txt.
set(PARCOURS_CLI_SECURITY_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/SecurityCliTest.cpp
)
