# Tests of issue 4 (promotion). Included by tests/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_PROMOTION_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/PromotionRepositoriesTest.cpp
)
