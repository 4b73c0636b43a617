# Issue 4 (promotion). Included by src/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_PROMOTION_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/FunnelRules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Partner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PromotionAction.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Prospect.cpp
)
