# GUI tests of issue 4 (promotion). Included by tests/ui/CMakeLists.txt.
set(PARCOURS_UI_PROMOTION_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/PromotionGuiTest.cpp
)
