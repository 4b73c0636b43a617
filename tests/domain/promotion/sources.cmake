# Tests of issue 4 (promotion). Included by tests/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_PROMOTION_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/FunnelRulesTest.cpp
)
