target_sources(test_import PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MinutesSheet.h
    ${CMAKE_CURRENT_LIST_DIR}/MinutesDetectionTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MinutesAttendanceTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MinutesHeadingsTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MinutesResolutionsTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MinutesClausesTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MinutesActionsTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MinutesReferencesTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MinutesHonorificsTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MinutesAgreedTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MinutesRollCallTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MinutesItemLinkTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MinutesUnnumberedTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MinutesSetsTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MinutesAttendanceShapesTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MinutesHeadingShapesTest.cpp
)
