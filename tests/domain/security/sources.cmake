# Tests of issue 5 (security). Included by tests/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_SECURITY_TESTS
)
