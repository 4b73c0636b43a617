# Tests of optimistic concurrency. Included by tests/app/CMakeLists.txt.
set(PARCOURS_APP_CONCURRENCY_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/ChildminderMergeTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConcurrentWritersTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MergeFieldsTest.cpp
)
