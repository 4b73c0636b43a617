# Issue 5 (privacy). Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_PRIVACY_SOURCES
)
