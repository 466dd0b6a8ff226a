target_sources(scrutineer_import PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Furniture.cpp ${CMAKE_CURRENT_LIST_DIR}/Furniture.h
    ${CMAKE_CURRENT_LIST_DIR}/PageMap.cpp ${CMAKE_CURRENT_LIST_DIR}/PageMap.h
)
