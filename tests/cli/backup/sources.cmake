# Tests of issue 5 (backup). Included by tests/cli/CMakeLists.txt.
set(PARCOURS_CLI_BACKUP_TESTS
)
