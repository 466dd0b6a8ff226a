target_sources(test_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MarkingFixtures.cpp ${CMAKE_CURRENT_LIST_DIR}/MarkingFixtures.h
    ${CMAKE_CURRENT_LIST_DIR}/MarkingTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReviewQueuePanelTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReviewScreenshotsTest.cpp
)
