# Tests of issue 4 (career). Included by tests/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_CAREER_TESTS
)
