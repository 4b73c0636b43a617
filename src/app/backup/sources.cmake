# Issue 5 (backup). Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_BACKUP_SOURCES
)
