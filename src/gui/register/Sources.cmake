target_sources(scrutineer_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ClauseText.cpp ${CMAKE_CURRENT_LIST_DIR}/ClauseText.h
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/ResolutionCommands.h
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ResolutionDialog.h
    ${PROJECT_SOURCE_DIR}/ui/register/ResolutionDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionFilter.cpp ${CMAKE_CURRENT_LIST_DIR}/ResolutionFilter.h
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionProxyModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ResolutionProxyModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionRegister.cpp ${CMAKE_CURRENT_LIST_DIR}/ResolutionRegister.h
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionRegisterView.cpp
    ${PROJECT_SOURCE_DIR}/ui/register/ResolutionRegister.ui
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionRegisterModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ResolutionRegisterModel.h
    ${CMAKE_CURRENT_LIST_DIR}/VoteDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/VoteDialog.h
    ${PROJECT_SOURCE_DIR}/ui/register/VoteDialog.ui
)
