# Issue 5 (security). Included by src/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_SECURITY_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/UsersSchema.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SqlUserRepository.cpp
)
