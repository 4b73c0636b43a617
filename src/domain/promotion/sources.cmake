# Issue 4 (promotion). Included by src/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_PROMOTION_SOURCES
)
