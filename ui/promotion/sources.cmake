# Issue 4 GUI (promotion). Included by ui/CMakeLists.txt.
set(PARCOURS_UI_PROMOTION_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/PartnersPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PromotionPage.cpp
)
