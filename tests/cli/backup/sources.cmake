# Tests of issue 5 (backup). Included by tests/cli/CMakeLists.txt.
set(PARCOURS_CLI_BACKUP_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/BackupCliTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/KillDuringImportTest.cpp
)
