# Tests of issue 5 (audit). Included by tests/app/CMakeLists.txt.
set(PARCOURS_APP_AUDIT_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/AuditServiceTest.cpp
)
