target_sources(scrutineer_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BriefingWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/BriefingWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/HighlightController.cpp ${CMAKE_CURRENT_LIST_DIR}/HighlightController.h
    ${CMAKE_CURRENT_LIST_DIR}/MeetingNotes.cpp ${CMAKE_CURRENT_LIST_DIR}/MeetingNotes.h
    ${CMAKE_CURRENT_LIST_DIR}/NoteDelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/NoteDelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/NoteEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/NoteEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/NotesModel.cpp ${CMAKE_CURRENT_LIST_DIR}/NotesModel.h
    ${CMAKE_CURRENT_LIST_DIR}/NotesPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/NotesPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/NotesPanelBriefing.cpp
    ${PROJECT_SOURCE_DIR}/ui/notes/NotesPanel.ui
)
