# Issue 5 (backup). Included by src/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_BACKUP_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/DatabaseBackup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DatabaseFileCheck.cpp
)
