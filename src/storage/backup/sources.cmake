# Issue 5 (backup). Included by src/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_BACKUP_SOURCES
)
