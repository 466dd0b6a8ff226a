target_sources(test_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/HighlightTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NoteEditorTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NotesPanelTest.cpp
)
