target_sources(scrutineer_import PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Furniture.cpp ${CMAKE_CURRENT_LIST_DIR}/Furniture.h
    ${CMAKE_CURRENT_LIST_DIR}/FurnitureKinds.cpp ${CMAKE_CURRENT_LIST_DIR}/FurnitureKinds.h
    ${CMAKE_CURRENT_LIST_DIR}/MarginZone.cpp ${CMAKE_CURRENT_LIST_DIR}/MarginZone.h
    ${CMAKE_CURRENT_LIST_DIR}/RunningLines.cpp ${CMAKE_CURRENT_LIST_DIR}/RunningLines.h
    ${CMAKE_CURRENT_LIST_DIR}/StampFinder.cpp ${CMAKE_CURRENT_LIST_DIR}/StampFinder.h
    ${CMAKE_CURRENT_LIST_DIR}/PageMap.cpp ${CMAKE_CURRENT_LIST_DIR}/PageMap.h
    ${CMAKE_CURRENT_LIST_DIR}/PageNumbering.cpp ${CMAKE_CURRENT_LIST_DIR}/PageNumbering.h
)
