# Issue 4 GUI (trainings). Included by ui/CMakeLists.txt.
set(PARCOURS_UI_TRAININGS_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/EnrolInSessionDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TrainingAreaPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TrainingCatalogueTab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TrainingCourseDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TrainingSessionDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TrainingSessionsTab.cpp
)
