target_sources(scrutineer_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FindBar.cpp ${CMAKE_CURRENT_LIST_DIR}/FindBar.h
    ${PROJECT_SOURCE_DIR}/ui/pdf/FindBar.ui
    ${CMAKE_CURRENT_LIST_DIR}/FindMatches.cpp ${CMAKE_CURRENT_LIST_DIR}/FindMatches.h
    ${CMAKE_CURRENT_LIST_DIR}/PackPrinter.cpp ${CMAKE_CURRENT_LIST_DIR}/PackPrinter.h
    ${CMAKE_CURRENT_LIST_DIR}/PageCache.cpp ${CMAKE_CURRENT_LIST_DIR}/PageCache.h
    ${CMAKE_CURRENT_LIST_DIR}/PageLabel.cpp ${CMAKE_CURRENT_LIST_DIR}/PageLabel.h
    ${CMAKE_CURRENT_LIST_DIR}/PagePainter.cpp ${CMAKE_CURRENT_LIST_DIR}/PagePainter.h
    ${CMAKE_CURRENT_LIST_DIR}/PageMarks.cpp ${CMAKE_CURRENT_LIST_DIR}/PageMarks.h
    ${CMAKE_CURRENT_LIST_DIR}/PageLayout.cpp ${CMAKE_CURRENT_LIST_DIR}/PageLayout.h
    ${CMAKE_CURRENT_LIST_DIR}/PageScroller.cpp ${CMAKE_CURRENT_LIST_DIR}/PageScroller.h
    ${CMAKE_CURRENT_LIST_DIR}/PageRenderer.cpp ${CMAKE_CURRENT_LIST_DIR}/PageRenderer.h
    ${CMAKE_CURRENT_LIST_DIR}/PageText.cpp ${CMAKE_CURRENT_LIST_DIR}/PageText.h
    ${CMAKE_CURRENT_LIST_DIR}/PdfView.cpp ${CMAKE_CURRENT_LIST_DIR}/PdfView.h
    ${CMAKE_CURRENT_LIST_DIR}/PdfViewer.cpp ${CMAKE_CURRENT_LIST_DIR}/PdfViewer.h
    ${PROJECT_SOURCE_DIR}/ui/pdf/PdfViewer.ui
    ${CMAKE_CURRENT_LIST_DIR}/RenderQueue.h
    ${CMAKE_CURRENT_LIST_DIR}/RenderWorker.cpp ${CMAKE_CURRENT_LIST_DIR}/RenderWorker.h
    ${CMAKE_CURRENT_LIST_DIR}/TextSelection.cpp ${CMAKE_CURRENT_LIST_DIR}/TextSelection.h
    ${CMAKE_CURRENT_LIST_DIR}/ThumbnailModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ThumbnailModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ThumbnailStrip.cpp ${CMAKE_CURRENT_LIST_DIR}/ThumbnailStrip.h
    ${CMAKE_CURRENT_LIST_DIR}/ToolIcons.cpp ${CMAKE_CURRENT_LIST_DIR}/ToolIcons.h
    ${CMAKE_CURRENT_LIST_DIR}/WordSelector.cpp ${CMAKE_CURRENT_LIST_DIR}/WordSelector.h
)
