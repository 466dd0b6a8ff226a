target_sources(scrutineer_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AppSettings.cpp ${CMAKE_CURRENT_LIST_DIR}/AppSettings.h
    ${CMAKE_CURRENT_LIST_DIR}/ConnectDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ConnectDialog.h
    ${PROJECT_SOURCE_DIR}/ui/main/ConnectDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/DatabaseDialogs.cpp ${CMAKE_CURRENT_LIST_DIR}/DatabaseDialogs.h
    ${CMAKE_CURRENT_LIST_DIR}/DockArrangement.cpp ${CMAKE_CURRENT_LIST_DIR}/DockArrangement.h
    ${CMAKE_CURRENT_LIST_DIR}/DatabaseOpener.cpp ${CMAKE_CURRENT_LIST_DIR}/DatabaseOpener.h
    ${CMAKE_CURRENT_LIST_DIR}/DatabaseSwitcher.cpp ${CMAKE_CURRENT_LIST_DIR}/DatabaseSwitcher.h
    ${CMAKE_CURRENT_LIST_DIR}/EmptyStatePage.cpp ${CMAKE_CURRENT_LIST_DIR}/EmptyStatePage.h
    ${PROJECT_SOURCE_DIR}/ui/main/EmptyStatePage.ui
    ${CMAKE_CURRENT_LIST_DIR}/MainWindow.cpp ${CMAKE_CURRENT_LIST_DIR}/MainWindow.h
    ${PROJECT_SOURCE_DIR}/ui/main/MainWindow.ui
    ${CMAKE_CURRENT_LIST_DIR}/Preferences.cpp ${CMAKE_CURRENT_LIST_DIR}/Preferences.h
    ${CMAKE_CURRENT_LIST_DIR}/PreferencesController.cpp ${CMAKE_CURRENT_LIST_DIR}/PreferencesController.h
    ${CMAKE_CURRENT_LIST_DIR}/PreferencesDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/PreferencesDialog.h
    ${PROJECT_SOURCE_DIR}/ui/main/PreferencesDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/ReadingController.cpp ${CMAKE_CURRENT_LIST_DIR}/ReadingController.h
    ${CMAKE_CURRENT_LIST_DIR}/ReadingMode.cpp ${CMAKE_CURRENT_LIST_DIR}/ReadingMode.h
    ${CMAKE_CURRENT_LIST_DIR}/RecentConnections.cpp ${CMAKE_CURRENT_LIST_DIR}/RecentConnections.h
    ${CMAKE_CURRENT_LIST_DIR}/RecentDatabasesMenu.cpp ${CMAKE_CURRENT_LIST_DIR}/RecentDatabasesMenu.h
    ${CMAKE_CURRENT_LIST_DIR}/Theme.cpp ${CMAKE_CURRENT_LIST_DIR}/Theme.h
    ${CMAKE_CURRENT_LIST_DIR}/WelcomeMode.cpp ${CMAKE_CURRENT_LIST_DIR}/WelcomeMode.h
    ${CMAKE_CURRENT_LIST_DIR}/WindowLayout.cpp ${CMAKE_CURRENT_LIST_DIR}/WindowLayout.h
    ${CMAKE_CURRENT_LIST_DIR}/WindowMenus.cpp ${CMAKE_CURRENT_LIST_DIR}/WindowMenus.h
    ${CMAKE_CURRENT_LIST_DIR}/WindowTitle.cpp ${CMAKE_CURRENT_LIST_DIR}/WindowTitle.h
    ${CMAKE_CURRENT_LIST_DIR}/Workspaces.cpp ${CMAKE_CURRENT_LIST_DIR}/Workspaces.h
)
