# Tests of issue 4 (career). Included by tests/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_CAREER_TESTS
)
