# Tests of issue 5 (privacy). Included by tests/cli/CMakeLists.txt.
set(PARCOURS_CLI_PRIVACY_TESTS
)
