# CLI tests of issue 4 (training). Included by tests/cli/CMakeLists.txt.
set(PARCOURS_CLI_TRAINING_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/TrainingCliTest.cpp
)
