# Issue 4 (retention). Included by src/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_RETENTION_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/CollectiveActivity.cpp
  ${CMAKE_CURRENT_LIST_DIR}/IsolationRules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MamSupportAction.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TimelineEntry.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TimelineText.cpp
)
