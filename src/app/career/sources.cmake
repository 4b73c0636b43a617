# Issue 4 (career). Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_CAREER_SOURCES
)
