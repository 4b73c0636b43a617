# Issue 4 (training). Included by src/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_TRAINING_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/SqlTrainingRepository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TrainingRowReader.cpp
)
