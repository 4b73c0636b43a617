# Issue 4 (retention). Included by src/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_RETENTION_SOURCES
)
