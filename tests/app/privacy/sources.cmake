# Tests of issue 5 (privacy). Included by tests/app/CMakeLists.txt.
set(PARCOURS_APP_PRIVACY_TESTS
)
