target_sources(scrutineer_import PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PlanParser.cpp ${CMAKE_CURRENT_LIST_DIR}/PlanParser.h
)
