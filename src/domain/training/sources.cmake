# Issue 4 (training). Included by src/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_TRAINING_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/EnrolmentRules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EnrolmentStatus.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TrainingKind.cpp
)
