# Issue 4 (career). Included by src/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_CAREER_SOURCES
)
