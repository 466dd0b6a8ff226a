target_sources(scrutineer_import PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PlanParser.cpp ${CMAKE_CURRENT_LIST_DIR}/PlanParser.h
    ${CMAKE_CURRENT_LIST_DIR}/HeaderReader.cpp ${CMAKE_CURRENT_LIST_DIR}/HeaderReader.h
    ${CMAKE_CURRENT_LIST_DIR}/ColumnRoles.cpp ${CMAKE_CURRENT_LIST_DIR}/ColumnRoles.h
    ${CMAKE_CURRENT_LIST_DIR}/RoleTable.cpp ${CMAKE_CURRENT_LIST_DIR}/RoleTable.h
    ${CMAKE_CURRENT_LIST_DIR}/ScorecardParser.cpp ${CMAKE_CURRENT_LIST_DIR}/ScorecardParser.h
    ${CMAKE_CURRENT_LIST_DIR}/Figure.cpp ${CMAKE_CURRENT_LIST_DIR}/Figure.h
    ${CMAKE_CURRENT_LIST_DIR}/IndicatorBlockParser.cpp ${CMAKE_CURRENT_LIST_DIR}/IndicatorBlockParser.h
    ${CMAKE_CURRENT_LIST_DIR}/TableBuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/TableBuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/ActionPlanParser.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionPlanParser.h
    ${CMAKE_CURRENT_LIST_DIR}/ThresholdParser.cpp ${CMAKE_CURRENT_LIST_DIR}/ThresholdParser.h
    ${CMAKE_CURRENT_LIST_DIR}/BandParser.cpp ${CMAKE_CURRENT_LIST_DIR}/BandParser.h
    ${CMAKE_CURRENT_LIST_DIR}/StatusVocabulary.cpp ${CMAKE_CURRENT_LIST_DIR}/StatusVocabulary.h
    ${CMAKE_CURRENT_LIST_DIR}/TargetFloorParser.cpp ${CMAKE_CURRENT_LIST_DIR}/TargetFloorParser.h
    ${CMAKE_CURRENT_LIST_DIR}/PerformanceSummaryParser.cpp ${CMAKE_CURRENT_LIST_DIR}/PerformanceSummaryParser.h
)
