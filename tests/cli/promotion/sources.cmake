# CLI tests of issue 4 (promotion). Included by tests/cli/CMakeLists.txt.
set(PARCOURS_CLI_PROMOTION_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/ProspectCliTest.cpp
)
