# Issue 5 (privacy). Included by ui/CMakeLists.txt.
set(PARCOURS_UI_PRIVACY_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/AnonymiseAction.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RetentionJobDialog.cpp
)
