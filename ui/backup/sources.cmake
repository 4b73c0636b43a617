# Issue 5 (backup). Included by ui/CMakeLists.txt.
set(PARCOURS_UI_BACKUP_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/BackupDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BackupUi.cpp
)
