# Issue 4 (career). Included by src/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_CAREER_SOURCES
)
