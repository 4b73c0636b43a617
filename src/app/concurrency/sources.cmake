# Optimistic concurrency: what the user sees when someone else saved first.
# Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_CONCURRENCY_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/ChildminderMerge.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MergeFields.cpp
)
