# Shared-server mode (issue 6): PostgreSQL connection settings.
set(PARCOURS_STORAGE_SERVER_SOURCES ${CMAKE_CURRENT_LIST_DIR}/ServerSettings.cpp)
