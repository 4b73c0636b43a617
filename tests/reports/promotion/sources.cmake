# Tests of issue 4 (promotion). Included by tests/reports/CMakeLists.txt.
set(PARCOURS_REPORTS_PROMOTION_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/FunnelChartTest.cpp
)
