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

# Two switches for quicker cold builds, both off for a developer's build and on in CI (.ci/run),
# where every build starts from nothing on two cores:
#  - SCRUTINEER_LINE_TABLES_ONLY: debug information is only line tables (GCC -g1, Clang
#    -gline-tables-only), so backtraces and sanitizer reports keep file and line, and each compile
#    takes about a quarter less time than with full -g;
#  - SCRUTINEER_PRECOMPILE_HEADERS: each large target parses the Qt, standard and GoogleTest headers
#    most of its sources include once, instead of once per source (about 1.3 s per source). Off by
#    default because ccache caches these compiles only with its 'pch_defines,time_macros'
#    sloppiness, and because a missing #include is hidden when the header is precompiled: a
#    developer's build without it is the one that catches that.
option(SCRUTINEER_LINE_TABLES_ONLY "Debug information as line tables only (quicker cold builds)" OFF)
option(SCRUTINEER_PRECOMPILE_HEADERS "Precompile the common headers of each large target" OFF)
if(SCRUTINEER_LINE_TABLES_ONLY)
    # Given after CMAKE_CXX_FLAGS_<CONFIG>'s -g, so it is the one that counts.
    target_compile_options(scrutineer_settings INTERFACE
        $<$<CXX_COMPILER_ID:GNU>:-g1> $<$<CXX_COMPILER_ID:Clang>:-gline-tables-only>)
endif()

# scrutineer_precompile_headers(target [SQL] [WIDGETS] [TEST]) names the headers to precompile for
# a target that links Qt Core (SQL: Qt Sql too; WIDGETS: Qt Widgets; TEST: GoogleTest and Qt Test).
function(scrutineer_precompile_headers target)
    if(NOT SCRUTINEER_PRECOMPILE_HEADERS)
        return()
    endif()
    cmake_parse_arguments(ARG "SQL;WIDGETS;TEST" "" "" ${ARGN})
    set(headers <algorithm> <functional> <memory> <optional> <vector>
        <QCoreApplication> <QDate> <QDateTime> <QHash> <QList> <QLocale> <QObject>
        <QRegularExpression> <QSet> <QString> <QStringList>)
    if(ARG_SQL)
        list(APPEND headers <QSqlDatabase> <QSqlError> <QSqlQuery>)
    endif()
    if(ARG_WIDGETS)
        list(APPEND headers <QAbstractTableModel> <QAction> <QApplication> <QDialog> <QHeaderView>
            <QLineEdit> <QPainter> <QPushButton> <QTableView> <QWidget>)
    endif()
    if(ARG_TEST)
        list(APPEND headers <gtest/gtest.h> <QSignalSpy> <QTemporaryDir> <QTest>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# SCRUTINEER_UNITY_BUILD: the libraries compile as a few large sources instead of one per file,
# which halves their compile time in a cold build (on in CI, off by default so that a change
# recompiles one file). A file's private helpers must then have names no other file of the same
# library uses in the same namespace; tr() for code outside QObject classes comes from
# Q_DECLARE_TR_FUNCTIONS in the class, never from a file-local helper.
option(SCRUTINEER_UNITY_BUILD "Compile each library as a few unity sources (quicker cold builds)" OFF)
function(scrutineer_unity_build target)
    if(SCRUTINEER_UNITY_BUILD)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 16)
    endif()
endfunction()
