target_sources(scrutineer_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SearchPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/SearchPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/SearchResultDelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/SearchResultDelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/SearchResultsModel.cpp ${CMAKE_CURRENT_LIST_DIR}/SearchResultsModel.h
    ${CMAKE_CURRENT_LIST_DIR}/SearchWorker.cpp ${CMAKE_CURRENT_LIST_DIR}/SearchWorker.h
    ${PROJECT_SOURCE_DIR}/ui/search/SearchPanel.ui
)
