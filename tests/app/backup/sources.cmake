# Tests of issue 5 (backup). Included by tests/app/CMakeLists.txt.
set(PARCOURS_APP_BACKUP_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/BackupCryptoTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BackupRotationTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BackupServiceTest.cpp
)
