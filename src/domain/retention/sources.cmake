# Issue 4 (retention). Included by src/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_RETENTION_SOURCES
)
