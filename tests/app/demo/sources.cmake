# Tests of the demo-data generator. They link parcours_app (or just the demo
# sources, parcours_domain and the demo word-list resources) and the shared
# Catch2 runner; FakeDemoStore stands in for the repositories.
set(PARCOURS_APP_DEMO_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/DemoDataGeneratorTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoScaleTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoTestSupport.h
  ${CMAKE_CURRENT_LIST_DIR}/FakeDemoStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FakeDemoStore.h)
