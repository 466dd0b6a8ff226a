target_sources(scrutineer_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ImportController.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportController.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportDrop.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportDrop.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportProgressWidget.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportProgressWidget.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportSummaryDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportSummaryDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportSummaryModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportSummaryModel.h
    ${CMAKE_CURRENT_LIST_DIR}/SampleCanvas.cpp ${CMAKE_CURRENT_LIST_DIR}/SampleCanvas.h
    ${CMAKE_CURRENT_LIST_DIR}/SamplePack.cpp ${CMAKE_CURRENT_LIST_DIR}/SamplePack.h
    ${CMAKE_CURRENT_LIST_DIR}/SamplePackSections.cpp ${CMAKE_CURRENT_LIST_DIR}/SamplePackSections.h
    ${PROJECT_SOURCE_DIR}/ui/importing/ImportProgressWidget.ui
    ${PROJECT_SOURCE_DIR}/ui/importing/ImportSummaryDialog.ui
)
