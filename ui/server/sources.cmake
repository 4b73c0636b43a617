# Shared-server mode (issue 6). Included by ui/CMakeLists.txt.
set(PARCOURS_UI_SERVER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/ServerConnectionDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ServerConnectionSettings.cpp
)
