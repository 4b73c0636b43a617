# Tests of issue 4 (training). Included by tests/app/CMakeLists.txt.
set(PARCOURS_APP_TRAINING_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/TrainingServiceTest.cpp
)
