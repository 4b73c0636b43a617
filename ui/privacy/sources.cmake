# Issue 5 (privacy). Included by ui/CMakeLists.txt.
set(PARCOURS_UI_PRIVACY_SOURCES
)
