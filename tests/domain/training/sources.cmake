# Tests of issue 4 (training). Included by tests/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_TRAINING_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/EnrolmentRulesTest.cpp
)
