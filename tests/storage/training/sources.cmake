# Tests of issue 4 (training). Included by tests/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_TRAINING_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/TrainingRepositoryTest.cpp
)
