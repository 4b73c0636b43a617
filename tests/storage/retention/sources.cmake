# Tests of issue 4 (retention). Included by tests/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_RETENTION_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/IsolationWatchTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TimelineRepositoryTest.cpp
)
