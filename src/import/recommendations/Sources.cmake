target_sources(scrutineer_import PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationParser.cpp ${CMAKE_CURRENT_LIST_DIR}/RecommendationParser.h
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationParagraphs.cpp ${CMAKE_CURRENT_LIST_DIR}/RecommendationParagraphs.h
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationFinder.cpp ${CMAKE_CURRENT_LIST_DIR}/RecommendationFinder.h
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationRun.cpp ${CMAKE_CURRENT_LIST_DIR}/RecommendationRun.h
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationMakers.cpp ${CMAKE_CURRENT_LIST_DIR}/RecommendationMakers.h
    ${CMAKE_CURRENT_LIST_DIR}/MeetingAsk.cpp ${CMAKE_CURRENT_LIST_DIR}/MeetingAsk.h
    ${CMAKE_CURRENT_LIST_DIR}/ResponseTableReader.cpp ${CMAKE_CURRENT_LIST_DIR}/ResponseTableReader.h
    ${CMAKE_CURRENT_LIST_DIR}/ProseResponseFinder.cpp ${CMAKE_CURRENT_LIST_DIR}/ProseResponseFinder.h
)
