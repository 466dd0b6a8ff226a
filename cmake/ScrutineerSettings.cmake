# One INTERFACE target carries the project's compiler settings; every target links it.
add_library(scrutineer_settings INTERFACE)
target_compile_features(scrutineer_settings INTERFACE cxx_std_20)
target_compile_options(scrutineer_settings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wold-style-cast>
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)
target_compile_definitions(scrutineer_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SCRUTINEER_VERSION="${PROJECT_VERSION}")
if(SCRUTINEER_ENABLE_ASAN)
    # Any report is fatal, so a test that trips UBSan fails rather than printing and passing.
    target_compile_options(scrutineer_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(scrutineer_settings INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
if(SCRUTINEER_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "SCRUTINEER_BUILD_FUZZERS needs Clang (libFuzzer): use the 'fuzz' preset")
    endif()
    # Coverage for libFuzzer in every library; the harness programs add -fsanitize=fuzzer.
    target_compile_options(scrutineer_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()
