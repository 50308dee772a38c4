# SPDX-License-Identifier: GPL-3.0-or-later
# sitrep_forbid_widget_includes(<target> <dir>): fail the build of <target> when a source under <dir>
# includes a Qt Widgets, Charts or PrintSupport header. The core library must stay GUI-free.

set(_sitrep_forbidden_modules QtWidgets QtCharts QtPrintSupport QtSvgWidgets QtOpenGLWidgets)
set(_sitrep_forbidden_headers_file "${CMAKE_BINARY_DIR}/sitrep-forbidden-core-headers.txt")

function(_sitrep_collect_forbidden_headers)
    set(headers "")
    foreach(module IN LISTS _sitrep_forbidden_modules)
        string(REGEX REPLACE "^Qt" "" component "${module}")
        if(NOT TARGET Qt6::${component})
            continue()
        endif()
        get_target_property(dirs Qt6::${component} INTERFACE_INCLUDE_DIRECTORIES)
        foreach(dir IN LISTS dirs)
            if(dir MATCHES "/${module}$" AND IS_DIRECTORY "${dir}")
                file(GLOB class_headers RELATIVE "${dir}" "${dir}/Q*")
                list(APPEND headers ${class_headers})
            endif()
        endforeach()
    endforeach()
    list(REMOVE_DUPLICATES headers)
    list(JOIN headers "\n" text)
    file(WRITE "${_sitrep_forbidden_headers_file}" "${text}\n")
endfunction()
_sitrep_collect_forbidden_headers()

function(sitrep_forbid_widget_includes target dir)
    add_custom_target(${target}_include_guard
        COMMAND "${CMAKE_COMMAND}"
            -DSCAN_DIR=${dir}
            -DFORBIDDEN_HEADERS=${_sitrep_forbidden_headers_file}
            "-DFORBIDDEN_MODULES=${_sitrep_forbidden_modules}"
            -P "${PROJECT_SOURCE_DIR}/cmake/CheckNoWidgetIncludes.cmake"
        COMMENT "Checking that ${dir} includes no Widgets headers"
        VERBATIM)
    add_dependencies(${target} ${target}_include_guard)
endfunction()
