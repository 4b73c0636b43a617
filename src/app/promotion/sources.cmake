# Issue 4 (promotion). Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_PROMOTION_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/DemoPromotion.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PartnerService.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PromotionService.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProspectService.cpp
)
