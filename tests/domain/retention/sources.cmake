# Tests of issue 4 (retention). Included by tests/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_RETENTION_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/IsolationRulesTest.cpp
)
