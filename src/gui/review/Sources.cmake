target_sources(scrutineer_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ReviewQueueModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ReviewQueueModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ReviewQueuePanel.cpp ${CMAKE_CURRENT_LIST_DIR}/ReviewQueuePanel.h
    ${PROJECT_SOURCE_DIR}/ui/review/ReviewQueuePanel.ui
    ${CMAKE_CURRENT_LIST_DIR}/ReviewRoom.cpp ${CMAKE_CURRENT_LIST_DIR}/ReviewRoom.h
    ${CMAKE_CURRENT_LIST_DIR}/TemplateListModel.cpp ${CMAKE_CURRENT_LIST_DIR}/TemplateListModel.h
    ${CMAKE_CURRENT_LIST_DIR}/TemplatesDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/TemplatesDialog.h
    ${PROJECT_SOURCE_DIR}/ui/review/TemplatesDialog.ui
)
