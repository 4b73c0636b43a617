# Issue 5 (audit). Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_AUDIT_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/AuditService.cpp
)
