# Tests of the demo-data generator, for test_app (links parcours_app and the
# shared Catch2 runner). FakeDemoStore stands in for the repositories in most
# of them; DemoSqliteTest.cpp runs against AppContext::openInMemory().
set(PARCOURS_APP_DEMO_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/DemoCampaignsTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoDataGeneratorTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoScaleTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoSqliteTest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoTestSupport.h
  ${CMAKE_CURRENT_LIST_DIR}/FakeDemoStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FakeDemoStore.h)
