# Issue 4 (promotion). Included by src/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_PROMOTION_SOURCES
)
