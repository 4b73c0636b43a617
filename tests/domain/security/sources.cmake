# Tests of issue 5 (security). Included by tests/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_SECURITY_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/PasswordPolicyTest.cpp
)
