# Shared-server mode (issue 6): copying a local database to PostgreSQL.
set(PARCOURS_STORAGE_SERVER_SOURCES ${CMAKE_CURRENT_LIST_DIR}/ServerCopy.cpp)
