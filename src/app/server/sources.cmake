# Shared-server mode (issue 6). Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_SERVER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/ServerMigration.cpp
)
