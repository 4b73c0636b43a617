# Issue 4 GUI (personfile). Included by ui/CMakeLists.txt.
set(PARCOURS_UI_PERSONFILE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/TimelineTab.cpp
)
