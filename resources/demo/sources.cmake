# Word lists for the demo-data generator (src/app/demo), embedded as ":/demo/<file>".
# The lead wires them with:
#   qt_add_resources(parcours_app "demo" PREFIX "/demo" BASE ${PARCOURS_DEMO_RESOURCE_BASE}
#                    FILES ${PARCOURS_DEMO_RESOURCE_FILES})
set(PARCOURS_DEMO_RESOURCE_BASE ${CMAKE_CURRENT_LIST_DIR})
set(PARCOURS_DEMO_RESOURCE_FILES
  ${CMAKE_CURRENT_LIST_DIR}/prenoms-femmes.txt
  ${CMAKE_CURRENT_LIST_DIR}/prenoms-hommes.txt
  ${CMAKE_CURRENT_LIST_DIR}/noms.txt
  ${CMAKE_CURRENT_LIST_DIR}/voies.txt
  ${CMAKE_CURRENT_LIST_DIR}/mams.txt)
