# Issue 5 (backup). Included by ui/CMakeLists.txt.
set(PARCOURS_UI_BACKUP_SOURCES
)
