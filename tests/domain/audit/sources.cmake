# Tests of issue 5 (audit). Included by tests/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_AUDIT_TESTS
)
