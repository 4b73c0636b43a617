# Tests of issue 5 (backup). Included by tests/app/CMakeLists.txt.
set(PARCOURS_APP_BACKUP_TESTS
)
