target_sources(test_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AgendaTreeModelTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BodyShortNameTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConnectDialogTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DatabaseOpenerTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FindInDocumentTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiFixtures.cpp ${CMAKE_CURRENT_LIST_DIR}/GuiFixtures.h
    ${CMAKE_CURRENT_LIST_DIR}/MainWindowTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OcrGuiTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkspacesTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WindowTitleTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceLayoutTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeetingsModelTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PackPrinterTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PageLayoutTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PageScrollerTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PdfViewerTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PreferencesTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReadingLayoutTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReadingModeTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RepeatedColumnsTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ShortcutsTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TeamWindowsTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WordSelectorTest.cpp
)
