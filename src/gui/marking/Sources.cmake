target_sources(scrutineer_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MarkTableDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/MarkTableDialog.h
    ${PROJECT_SOURCE_DIR}/ui/marking/MarkTableDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/MarkedPages.cpp ${CMAKE_CURRENT_LIST_DIR}/MarkedPages.h
    ${CMAKE_CURRENT_LIST_DIR}/MarkingCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/MarkingCommands.h
    ${CMAKE_CURRENT_LIST_DIR}/MarkingController.cpp ${CMAKE_CURRENT_LIST_DIR}/MarkingController.h
    ${CMAKE_CURRENT_LIST_DIR}/RegionGridModel.cpp ${CMAKE_CURRENT_LIST_DIR}/RegionGridModel.h
    ${CMAKE_CURRENT_LIST_DIR}/RegionMarker.cpp ${CMAKE_CURRENT_LIST_DIR}/RegionMarker.h
    ${CMAKE_CURRENT_LIST_DIR}/RegionPreview.cpp ${CMAKE_CURRENT_LIST_DIR}/RegionPreview.h
    ${CMAKE_CURRENT_LIST_DIR}/RoleLabels.cpp ${CMAKE_CURRENT_LIST_DIR}/RoleLabels.h
    ${CMAKE_CURRENT_LIST_DIR}/SpecCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/SpecCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/SpecEdits.cpp ${CMAKE_CURRENT_LIST_DIR}/SpecEdits.h
)
