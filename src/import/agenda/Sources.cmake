target_sources(scrutineer_import PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AgendaParser.cpp ${CMAKE_CURRENT_LIST_DIR}/AgendaParser.h
    ${CMAKE_CURRENT_LIST_DIR}/FrontSheetParser.cpp ${CMAKE_CURRENT_LIST_DIR}/FrontSheetParser.h
)
