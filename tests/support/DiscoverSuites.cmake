# cmake -DTEST_EXECUTABLE=<file> -DCTEST_FILE=<file> -DLABELS=<list> -DENVIRONMENT=<list>
#       -P DiscoverSuites.cmake
# Run after a GoogleTest binary is built: lists its tests and writes CTEST_FILE with one CTest test
# per test suite ("MinutesTableTest", "Corpus/CorpusFile"), run as `binary --gtest_filter=Suite.*`.
# A process per suite rather than per test: starting a test binary (Qt, fonts, the lexicon) cost
# more than most tests themselves, and a suite's tests share it.
execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env QT_QPA_PLATFORM=offscreen "${TEST_EXECUTABLE}" --gtest_list_tests
    OUTPUT_VARIABLE listing
    RESULT_VARIABLE result
    TIMEOUT 60)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TEST_EXECUTABLE} --gtest_list_tests failed (${result}):\n${listing}")
endif()
string(REPLACE ";" "\\;" listing "${listing}")
string(REPLACE "\n" ";" lines "${listing}")
set(script "# Written by DiscoverSuites.cmake from ${TEST_EXECUTABLE} --gtest_list_tests\n")
set(suites "")
foreach(line IN LISTS lines)
    # A suite's line starts at the margin and ends its name with a dot ("Suite." or
    # "Prefix/Suite.  # TypeParam = ..."); its tests are indented beneath it.
    if(line MATCHES "^([^ #][^ ]*)\\.( .*)?$")
        list(APPEND suites "${CMAKE_MATCH_1}")
    endif()
endforeach()
list(REMOVE_DUPLICATES suites)
if(NOT suites)
    message(FATAL_ERROR "${TEST_EXECUTABLE} lists no test suites:\n${listing}")
endif()
foreach(suite IN LISTS suites)
    string(APPEND script
        "add_test([==[${suite}]==] [==[${TEST_EXECUTABLE}]==] [==[--gtest_filter=${suite}.*]==])\n"
        "set_tests_properties([==[${suite}]==] PROPERTIES LABELS [==[${LABELS}]==] ENVIRONMENT [==[${ENVIRONMENT}]==])\n")
endforeach()
file(WRITE "${CTEST_FILE}" "${script}")
