# Issue 4 (retention). Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_RETENTION_SOURCES
)
