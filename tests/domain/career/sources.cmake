# Tests of issue 4 (career). Included by tests/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_CAREER_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/ImmersionRulesTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ObligationRulesTest.cpp
)
