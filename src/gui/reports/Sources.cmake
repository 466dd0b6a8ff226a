target_sources(scrutineer_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MeetingBriefing.cpp ${CMAKE_CURRENT_LIST_DIR}/MeetingBriefing.h
    ${CMAKE_CURRENT_LIST_DIR}/OutstandingActionsReport.cpp ${CMAKE_CURRENT_LIST_DIR}/OutstandingActionsReport.h
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationsSection.cpp ${CMAKE_CURRENT_LIST_DIR}/RecommendationsSection.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportDocument.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportDocument.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportsPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportsPanel.h
    ${PROJECT_SOURCE_DIR}/ui/reports/ReportsPanel.ui
    ${CMAKE_CURRENT_LIST_DIR}/SaveLocation.cpp ${CMAKE_CURRENT_LIST_DIR}/SaveLocation.h
    ${CMAKE_CURRENT_LIST_DIR}/TableCsv.cpp ${CMAKE_CURRENT_LIST_DIR}/TableCsv.h
)
