# Issue 4 (retention). Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_RETENTION_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/DemoRetention.cpp
  ${CMAKE_CURRENT_LIST_DIR}/IsolationService.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PersonFileJson.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PersonFileService.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RetentionService.cpp
)
