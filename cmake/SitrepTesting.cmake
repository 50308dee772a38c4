# SPDX-License-Identifier: GPL-3.0-or-later
# sitrep_add_test(<name> SOURCES ... [LIBRARIES ...] [LABELS ...] [TIMEOUT s])
# Builds one Qt Test executable, registers it with CTest and runs it offscreen.

set(SITREP_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH
    "Development corpora (read-only, optional); tests that need them skip when absent")

function(sitrep_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    if(NOT ARG_SOURCES)
        message(FATAL_ERROR "sitrep_add_test(${name}): SOURCES is required")
    endif()
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test sitrep_test_support sitrep_build_options ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=*.debug=false")
endfunction()
