# Issue 5 (security). Included by ui/CMakeLists.txt.
set(PARCOURS_UI_SECURITY_SOURCES
)
