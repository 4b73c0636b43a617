# Issue 5 (security). Included by ui/CMakeLists.txt.
set(PARCOURS_UI_SECURITY_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/ChangePasswordDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FirstCoordinatorDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LoginDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NewPasswordFields.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PasswordMeter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RoleActions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SignInFlow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/UserEditDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/UsersDialog.cpp
)
