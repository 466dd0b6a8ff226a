target_sources(scrutineer_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ActionCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionCommands.h
    ${CMAKE_CURRENT_LIST_DIR}/ActionDetailsHtml.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionDetailsHtml.h
    ${CMAKE_CURRENT_LIST_DIR}/ActionLabels.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionLabels.h
    ${CMAKE_CURRENT_LIST_DIR}/ActionProxyModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionProxyModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ActionTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ActionTracker.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionTracker.h
    ${CMAKE_CURRENT_LIST_DIR}/ActionTrackerFilters.cpp
    ${PROJECT_SOURCE_DIR}/ui/tracker/ActionTracker.ui
    ${CMAKE_CURRENT_LIST_DIR}/AddActionDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/AddActionDialog.h
    ${PROJECT_SOURCE_DIR}/ui/tracker/AddActionDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/ChairTools.cpp ${CMAKE_CURRENT_LIST_DIR}/ChairTools.h
    ${CMAKE_CURRENT_LIST_DIR}/CarryForward.cpp ${CMAKE_CURRENT_LIST_DIR}/CarryForward.h
    ${CMAKE_CURRENT_LIST_DIR}/CarryForwardView.cpp ${CMAKE_CURRENT_LIST_DIR}/CarryForwardView.h
    ${PROJECT_SOURCE_DIR}/ui/tracker/CarryForwardView.ui
    ${CMAKE_CURRENT_LIST_DIR}/TrackerFilter.cpp ${CMAKE_CURRENT_LIST_DIR}/TrackerFilter.h
)
