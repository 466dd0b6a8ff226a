target_sources(test_import PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AgendaFixtures.h
    ${CMAKE_CURRENT_LIST_DIR}/AgendaPagesTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AgendaParserTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FrontSheetParserTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FrontSheetDatesTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FrontSheetVenueTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FrontSheetTitleLineTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AgendaShapesTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AgendaLeadersTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AgendaTableTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AgendaTimesTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FrontSheetLabelColumnTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MembershipShapesTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MembershipTableTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SectionNumberedAgendaTest.cpp
)
