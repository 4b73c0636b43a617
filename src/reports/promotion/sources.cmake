# Issue 4 (promotion). Included by src/reports/CMakeLists.txt.
set(PARCOURS_REPORTS_PROMOTION_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/FunnelChart.cpp
)
