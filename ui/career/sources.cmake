# Issue 4 GUI (career). Included by ui/CMakeLists.txt.
set(PARCOURS_UI_CAREER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/CareerEventDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CareerPathTab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ImmersionDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/QualificationDialog.cpp
)
