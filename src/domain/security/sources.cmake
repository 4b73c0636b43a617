# Issue 5 (security: users and roles). Included by src/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_SECURITY_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/RolePolicy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PasswordPolicy.cpp
)
