target_sources(scrutineer_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/RecommendationCommands.h
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationDetailsHtml.cpp ${CMAKE_CURRENT_LIST_DIR}/RecommendationDetailsHtml.h
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationEntryDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/RecommendationEntryDialog.h
    ${PROJECT_SOURCE_DIR}/ui/recommendations/RecommendationEntryDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationLabels.cpp ${CMAKE_CURRENT_LIST_DIR}/RecommendationLabels.h
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationProxyModel.cpp ${CMAKE_CURRENT_LIST_DIR}/RecommendationProxyModel.h
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/RecommendationTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationsView.cpp ${CMAKE_CURRENT_LIST_DIR}/RecommendationsView.h
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationsViewFilters.cpp
    ${PROJECT_SOURCE_DIR}/ui/recommendations/RecommendationsView.ui
)
