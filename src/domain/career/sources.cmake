# Issue 4 (career). Included by src/domain/CMakeLists.txt.
set(PARCOURS_DOMAIN_CAREER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/CareerEvent.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ImmersionRules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ObligationRules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Qualification.cpp
)
