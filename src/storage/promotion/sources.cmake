# Issue 4 (promotion). Included by src/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_PROMOTION_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/SqlPartnerRepository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SqlPromotionActionRepository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SqlProspectRepository.cpp
)
