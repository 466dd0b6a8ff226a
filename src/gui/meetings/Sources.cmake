target_sources(scrutineer_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AgendaLabels.cpp ${CMAKE_CURRENT_LIST_DIR}/AgendaLabels.h
    ${CMAKE_CURRENT_LIST_DIR}/AgendaPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/AgendaPanel.h
    ${PROJECT_SOURCE_DIR}/ui/meetings/AgendaPanel.ui
    ${CMAKE_CURRENT_LIST_DIR}/AgendaTreeModel.cpp ${CMAKE_CURRENT_LIST_DIR}/AgendaTreeModel.h
    ${CMAKE_CURRENT_LIST_DIR}/MeetingLibrary.cpp ${CMAKE_CURRENT_LIST_DIR}/MeetingLibrary.h
    ${CMAKE_CURRENT_LIST_DIR}/MeetingsModel.cpp ${CMAKE_CURRENT_LIST_DIR}/MeetingsModel.h
    ${CMAKE_CURRENT_LIST_DIR}/MeetingsNavigator.cpp ${CMAKE_CURRENT_LIST_DIR}/MeetingsNavigator.h
    ${CMAKE_CURRENT_LIST_DIR}/WrappedNameDelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/WrappedNameDelegate.h
    ${PROJECT_SOURCE_DIR}/ui/meetings/MeetingsNavigator.ui
)
