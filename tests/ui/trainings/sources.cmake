# GUI tests of issue 4 (trainings). Included by tests/ui/CMakeLists.txt.
set(PARCOURS_UI_TRAININGS_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/EnrolFromCareerPathTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TrainingSessionsGuiTest.cpp
)
