# Tests of issue 5 (backup). Included by tests/ui/CMakeLists.txt.
set(PARCOURS_UI_BACKUP_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/BackupDialogTest.cpp
)
