# Tests of issue 5 (backup). Included by tests/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_BACKUP_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/DatabaseBackupTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DatabaseFileCheckTest.cpp
)
