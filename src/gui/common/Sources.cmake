# Helpers shared by the officers' and chairs' tools (register, tracker, performance, reports).
target_sources(scrutineer_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BackgroundQuery.h
    ${CMAKE_CURRENT_LIST_DIR}/BodyFilter.cpp ${CMAKE_CURRENT_LIST_DIR}/BodyFilter.h
    ${CMAKE_CURRENT_LIST_DIR}/BodyShortName.cpp ${CMAKE_CURRENT_LIST_DIR}/BodyShortName.h
    ${CMAKE_CURRENT_LIST_DIR}/CellToolTip.cpp ${CMAKE_CURRENT_LIST_DIR}/CellToolTip.h
    ${CMAKE_CURRENT_LIST_DIR}/DelegateStyle.h
    ${CMAKE_CURRENT_LIST_DIR}/ColumnFit.cpp ${CMAKE_CURRENT_LIST_DIR}/ColumnFit.h
    ${CMAKE_CURRENT_LIST_DIR}/EditingConnection.cpp ${CMAKE_CURRENT_LIST_DIR}/EditingConnection.h
    ${CMAKE_CURRENT_LIST_DIR}/ElideMiddleDelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/ElideMiddleDelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/LatestLoad.h
    ${CMAKE_CURRENT_LIST_DIR}/NaturalSortProxy.cpp ${CMAKE_CURRENT_LIST_DIR}/NaturalSortProxy.h
    ${CMAKE_CURRENT_LIST_DIR}/RepeatedColumns.cpp ${CMAKE_CURRENT_LIST_DIR}/RepeatedColumns.h
    ${CMAKE_CURRENT_LIST_DIR}/UndoActions.cpp ${CMAKE_CURRENT_LIST_DIR}/UndoActions.h
    ${CMAKE_CURRENT_LIST_DIR}/ViewSettings.cpp ${CMAKE_CURRENT_LIST_DIR}/ViewSettings.h
)
