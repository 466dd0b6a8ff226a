target_sources(test_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionRegisterTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TableSortTest.cpp
)
