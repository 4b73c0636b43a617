# Issue 5 (privacy). Included by src/app/CMakeLists.txt.
set(PARCOURS_APP_PRIVACY_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/AccessRequestService.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AnonymisationService.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PrivacyAudit.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RetentionJob.cpp
)
