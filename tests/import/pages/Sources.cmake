target_sources(test_import PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FurnitureTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MarginZoneTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PageMapTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RunningLinesTest.cpp
)
