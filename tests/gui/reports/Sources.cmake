target_sources(test_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChairCommonTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChairScreenshotsTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationReportsTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportsTest.cpp
)
