# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target that every Sitrep target links: warnings, Qt defines, sanitizers.

option(SITREP_WERROR "Treat compiler warnings as errors" OFF)
option(SITREP_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(sitrep_build_options INTERFACE)
add_library(Sitrep::BuildOptions ALIAS sitrep_build_options)

target_compile_options(sitrep_build_options INTERFACE
    -Wall -Wextra -Wpedantic
    -Wshadow=local -Wnon-virtual-dtor -Wcast-align -Wformat=2 -Wimplicit-fallthrough)

if(SITREP_WERROR)
    target_compile_options(sitrep_build_options INTERFACE -Werror)
endif()

target_compile_definitions(sitrep_build_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(SITREP_SANITIZE)
    set(_sitrep_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_compile_options(sitrep_build_options INTERFACE ${_sitrep_sanitizers})
    target_link_options(sitrep_build_options INTERFACE ${_sitrep_sanitizers})
    # AddressSanitizer does not see a read past a vector's end that stays inside its capacity; the
    # standard library's own bounds checks do
    target_compile_definitions(sitrep_build_options INTERFACE _GLIBCXX_ASSERTIONS)
endif()
