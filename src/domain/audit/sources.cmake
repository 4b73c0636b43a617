# Issue 5 (audit). Included by src/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_AUDIT_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/AuditEntry.h
  ${CMAKE_CURRENT_LIST_DIR}/AuditQuery.h
  ${CMAKE_CURRENT_LIST_DIR}/AuditRepository.h
)
