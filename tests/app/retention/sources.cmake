# Tests of issue 4 (retention). Included by tests/app/CMakeLists.txt.
set(PARCOURS_APP_RETENTION_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/DemoRetentionTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PersonFileServiceTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RetentionServiceTest.cpp
)
