target_sources(test_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/IndicatorSummaryTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PerformanceViewTest.cpp
)
