# Tests of issue 5 (audit). Included by tests/cli/CMakeLists.txt.
set(PARCOURS_CLI_AUDIT_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/AuditCliTest.cpp
)
