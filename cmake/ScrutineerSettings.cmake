# One INTERFACE target carries the project's compiler settings; every target links it.
add_library(scrutineer_settings INTERFACE)
target_compile_features(scrutineer_settings INTERFACE cxx_std_20)
target_compile_options(scrutineer_settings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wold-style-cast -Wshadow=local>)
target_compile_definitions(scrutineer_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SCRUTINEER_VERSION="${PROJECT_VERSION}")
if(SCRUTINEER_ENABLE_ASAN)
    target_compile_options(scrutineer_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(scrutineer_settings INTERFACE -fsanitize=address,undefined)
endif()
