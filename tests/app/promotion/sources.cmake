# Tests of issue 4 (promotion). Included by tests/app/CMakeLists.txt.
set(PARCOURS_APP_PROMOTION_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/ProspectServiceTest.cpp
)
