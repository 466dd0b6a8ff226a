target_sources(scrutineer_import PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MinutesParser.cpp ${CMAKE_CURRENT_LIST_DIR}/MinutesParser.h
)
