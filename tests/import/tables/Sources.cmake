target_sources(test_import PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TableBuilderTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HeaderReaderTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RoleTableTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StatusVocabularyTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BandParserTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ActionPlanParserTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ThresholdParserTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TargetFloorParserTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PerformanceSummaryParserTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScorecardParserTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeliveryTrackerTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RatingMarksTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MarkedFixtures.h
    ${CMAKE_CURRENT_LIST_DIR}/RegionTableTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplateReaderTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ActionCellOwnerTest.cpp
)
