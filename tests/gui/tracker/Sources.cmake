target_sources(test_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ActionColoursTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ActionTrackerTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChairFixtures.cpp ${CMAKE_CURRENT_LIST_DIR}/ChairFixtures.h
    ${CMAKE_CURRENT_LIST_DIR}/ChronologicalSortTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FullTextTest.cpp
)
