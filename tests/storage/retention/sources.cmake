# Tests of issue 4 (retention). Included by tests/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_RETENTION_TESTS
)
