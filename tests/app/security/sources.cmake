# Tests of issue 5 (security). Included by tests/app/CMakeLists.txt.
set(PARCOURS_APP_SECURITY_TESTS
)
