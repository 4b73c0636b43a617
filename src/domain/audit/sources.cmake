# Issue 5 (audit). Included by src/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_AUDIT_SOURCES
)
