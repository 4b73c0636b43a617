# Issue 4 (promotion). Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_PROMOTION_SOURCES
)
