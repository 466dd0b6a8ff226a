target_sources(test_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ImportControllerTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImportDropTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReadingRoomFixtures.cpp ${CMAKE_CURRENT_LIST_DIR}/ReadingRoomFixtures.h
    ${CMAKE_CURRENT_LIST_DIR}/SamplePackTest.cpp
)
