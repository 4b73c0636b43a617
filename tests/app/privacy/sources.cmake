# Tests of issue 5 (privacy). Included by tests/app/CMakeLists.txt.
set(PARCOURS_APP_PRIVACY_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/PrivacyServicesTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SafeExportTest.cpp
)
