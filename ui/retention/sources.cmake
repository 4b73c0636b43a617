# Issue 4 GUI (retention). Included by ui/CMakeLists.txt.
set(PARCOURS_UI_RETENTION_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/CollectiveActivitiesTab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/IsolationWatchTab.cpp
)
