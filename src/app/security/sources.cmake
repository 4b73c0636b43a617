# Issue 5 (security). Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_SECURITY_SOURCES
)
