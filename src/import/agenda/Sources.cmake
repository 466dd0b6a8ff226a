target_sources(scrutineer_import PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AgendaItemAssembler.cpp ${CMAKE_CURRENT_LIST_DIR}/AgendaItemAssembler.h
    ${CMAKE_CURRENT_LIST_DIR}/AgendaPageAssigner.cpp ${CMAKE_CURRENT_LIST_DIR}/AgendaPageAssigner.h
    ${CMAKE_CURRENT_LIST_DIR}/AgendaParser.cpp ${CMAKE_CURRENT_LIST_DIR}/AgendaParser.h
    ${CMAKE_CURRENT_LIST_DIR}/AgendaRegion.cpp ${CMAKE_CURRENT_LIST_DIR}/AgendaRegion.h
    ${CMAKE_CURRENT_LIST_DIR}/AgendaTable.cpp ${CMAKE_CURRENT_LIST_DIR}/AgendaTable.h
    ${CMAKE_CURRENT_LIST_DIR}/AgendaText.cpp ${CMAKE_CURRENT_LIST_DIR}/AgendaText.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentKindDetector.cpp ${CMAKE_CURRENT_LIST_DIR}/DocumentKindDetector.h
    ${CMAKE_CURRENT_LIST_DIR}/FrontLabels.cpp ${CMAKE_CURRENT_LIST_DIR}/FrontLabels.h
    ${CMAKE_CURRENT_LIST_DIR}/FrontMatter.cpp ${CMAKE_CURRENT_LIST_DIR}/FrontMatter.h
    ${CMAKE_CURRENT_LIST_DIR}/FrontSheetParser.cpp ${CMAKE_CURRENT_LIST_DIR}/FrontSheetParser.h
    ${CMAKE_CURRENT_LIST_DIR}/MeetingDetailsReader.cpp ${CMAKE_CURRENT_LIST_DIR}/MeetingDetailsReader.h
    ${CMAKE_CURRENT_LIST_DIR}/MeetingAnnouncement.cpp ${CMAKE_CURRENT_LIST_DIR}/MeetingAnnouncement.h
    ${CMAKE_CURRENT_LIST_DIR}/MemberRoles.cpp ${CMAKE_CURRENT_LIST_DIR}/MemberRoles.h
    ${CMAKE_CURRENT_LIST_DIR}/MembershipReader.cpp ${CMAKE_CURRENT_LIST_DIR}/MembershipReader.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportAddressee.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportAddressee.h
    ${CMAKE_CURRENT_LIST_DIR}/UnlabelledDetails.cpp ${CMAKE_CURRENT_LIST_DIR}/UnlabelledDetails.h
)
