# Shared-server mode (issue 6): where the server is, what a copy to it found.
# Included by src/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_SERVER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/ServerSettings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ServerSettings.h
  ${CMAKE_CURRENT_LIST_DIR}/TableCopyResult.h
)
