# Issue 4 (retention). Included by src/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_RETENTION_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/SqlRetentionRepository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SqlTimelineRepository.cpp
)
