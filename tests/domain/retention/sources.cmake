# Tests of issue 4 (retention). Included by tests/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_RETENTION_TESTS
)
