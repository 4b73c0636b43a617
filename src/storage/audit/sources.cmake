# Issue 5 (audit). Included by src/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_AUDIT_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/AuditSchema.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AuditTriggers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AuditTriggerShapes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AuditTriggersPostgres.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AuditChain.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SqlAuditRepository.cpp
)
