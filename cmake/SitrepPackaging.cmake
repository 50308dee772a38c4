# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration files and a Debian package built with `cpack -G DEB` in the build folder.

set(_linux "${PROJECT_SOURCE_DIR}/packaging/linux")
install(FILES "${_linux}/org.sitrep.Sitrep.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_linux}/org.sitrep.Sitrep.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${_linux}/org.sitrep.Sitrep.svg" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/LICENSE"
        DESTINATION "${CMAKE_INSTALL_DOCDIR}")

set(CPACK_PACKAGE_NAME "sitrep")
set(CPACK_PACKAGE_VENDOR "The Sitrep developers")
set(CPACK_PACKAGE_CONTACT "The Sitrep developers <sitrep@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "sitrep")
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "news")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins Qt loads at run time, which dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Dated events from war and peace-talk news\n Sitrep reads news articles, extracts every dated event (what, when,\n where, who, casualty figures) into a SQLite project and shows them as a\n timeline, a map and the highlighted source text. sitrep-cli offers the\n same engines headless, with JSON output.")

include(CPack)
