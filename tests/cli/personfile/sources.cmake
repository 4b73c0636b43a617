# CLI tests of issue 4 (personfile). Included by tests/cli/CMakeLists.txt.
set(PARCOURS_CLI_PERSONFILE_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/PersonCliTest.cpp
)
