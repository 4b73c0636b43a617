# Issue 5 (backup). Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_BACKUP_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/BackupCrypto.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BackupRotation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BackupService.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BackupSettings.cpp
)
