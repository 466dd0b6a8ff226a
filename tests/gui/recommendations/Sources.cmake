target_sources(test_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationFixtures.cpp ${CMAKE_CURRENT_LIST_DIR}/RecommendationFixtures.h
    ${CMAKE_CURRENT_LIST_DIR}/RecommendationsViewTest.cpp
)
