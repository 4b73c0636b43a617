# Issue 5 (security). Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_SECURITY_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/AccountChecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AuthService.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoAccounts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PasswordHasher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/UserService.cpp
)
