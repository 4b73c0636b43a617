# Issue 5 (privacy). Included by src/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_PRIVACY_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/PersonalDataSchema.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SqlPersonalDataRepository.cpp
)
