# Issue 4 (career). Included by src/storage/CMakeLists.txt.
set(PARCOURS_STORAGE_CAREER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/CareerDeadlineSql.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SqlCareerRepository.cpp
)
