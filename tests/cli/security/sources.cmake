# Tests of issue 5 (security). Included by tests/cli/CMakeLists.txt.
set(PARCOURS_CLI_SECURITY_TESTS
)
