# Issue 4 (training). Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_TRAINING_SOURCES
)
