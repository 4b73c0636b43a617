# Issue 4 GUI (retention). Included by ui/CMakeLists.txt.
set(PARCOURS_UI_RETENTION_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/ActivityEditorDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CollectiveActivitiesTab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/IsolationWatchTab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MamSupportDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MamSupportPanel.cpp
)
