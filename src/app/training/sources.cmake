# Issue 4 (training). Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_TRAINING_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/DemoTrainings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TrainingService.cpp
)
