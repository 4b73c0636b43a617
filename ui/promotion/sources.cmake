# Issue 4 GUI (promotion). Included by ui/CMakeLists.txt.
set(PARCOURS_UI_PROMOTION_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/FunnelTab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PagerBar.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PartnerEditor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PartnersPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PromotionActionEditor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PromotionActionsTab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PromotionPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProspectEditor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProspectsTab.cpp
)
