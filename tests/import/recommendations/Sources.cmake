target_sources(test_import PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MonitoringScheduleTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationTextTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResponseTableTest.cpp
)
