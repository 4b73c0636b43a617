# Issue 5 (audit). Included by ui/CMakeLists.txt.
set(PARCOURS_UI_AUDIT_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/HistoryTab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AuditLogModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AuditDialog.cpp
)
