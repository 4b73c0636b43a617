# Tests of issue 5 (security). Included by tests/app/CMakeLists.txt.
set(PARCOURS_APP_SECURITY_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/AuthServiceTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RoleMatrixTest.cpp
)
