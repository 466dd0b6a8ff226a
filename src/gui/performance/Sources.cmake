target_sources(scrutineer_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AddReadingDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/AddReadingDialog.h
    ${PROJECT_SOURCE_DIR}/ui/performance/AddReadingDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/BreachModel.cpp ${CMAKE_CURRENT_LIST_DIR}/BreachModel.h
    ${CMAKE_CURRENT_LIST_DIR}/IndicatorSummary.cpp ${CMAKE_CURRENT_LIST_DIR}/IndicatorSummary.h
    ${CMAKE_CURRENT_LIST_DIR}/IndicatorTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/IndicatorTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/PerformanceChart.cpp ${CMAKE_CURRENT_LIST_DIR}/PerformanceChart.h
    ${CMAKE_CURRENT_LIST_DIR}/PerformanceData.cpp ${CMAKE_CURRENT_LIST_DIR}/PerformanceData.h
    ${CMAKE_CURRENT_LIST_DIR}/PerformanceView.cpp ${CMAKE_CURRENT_LIST_DIR}/PerformanceView.h
    ${CMAKE_CURRENT_LIST_DIR}/PerformanceViewEditing.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PerformanceViewReadings.cpp
    ${PROJECT_SOURCE_DIR}/ui/performance/PerformanceView.ui
    ${CMAKE_CURRENT_LIST_DIR}/ReadingCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/ReadingCommands.h
    ${CMAKE_CURRENT_LIST_DIR}/ReadingTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ReadingTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/TargetFloorCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/TargetFloorCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/ThresholdCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/ThresholdCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/ThresholdModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ThresholdModel.h
)
