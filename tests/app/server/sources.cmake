# Tests of issue 6 (shared server). Included by tests/app/CMakeLists.txt.
set(PARCOURS_APP_SERVER_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/TwoClientsTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ServerBackupTest.cpp
)
