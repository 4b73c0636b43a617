# Tests of issue 5 (audit). Included by tests/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_AUDIT_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/AuditTrailTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AuditBackendParityTest.cpp
)
