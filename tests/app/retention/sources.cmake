# Tests of issue 4 (retention). Included by tests/app/CMakeLists.txt.
set(PARCOURS_APP_RETENTION_TESTS
)
