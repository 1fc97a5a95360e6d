# Installation layout and the Debian package (cpack -G DEB). Included from the top level after
# add_subdirectory(src), so the executables exist.
include(GNUInstallDirs)

set(conf_app_id org.conferenceconsole.ConferenceConsole)

foreach(_exe conference-console confctl conference-bridge-sim)
    if(TARGET ${_exe})
        install(TARGETS ${_exe} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endforeach()

# Desktop integration: the .desktop id, the AppStream id and the icon name are the same.
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${conf_app_id}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${conf_app_id}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/app.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${conf_app_id}.svg)
# Translations are embedded in the executable (:/i18n), so there is nothing to install for them.
install(FILES ${PROJECT_SOURCE_DIR}/docs/confctl.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)

set(CPACK_PACKAGE_NAME conference-console)
set(CPACK_PACKAGE_VENDOR "Conference Console authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Moderator console for FreeSWITCH conferences via sipXconfig")
# One string (several arguments would become a ;-list in the control file).
set(CPACK_PACKAGE_DESCRIPTION "Desktop console for moderators of FreeSWITCH conferences managed by \
sipXconfig: a live participant table with mute, deaf, kick, lock, record and dial out, troubleshooting \
tools, the command-line twin confctl and the conference-bridge-sim simulator.")
set(CPACK_PACKAGE_CONTACT "Conference Console authors <maintainers@conference-console.invalid>")
set(CPACK_STRIP_FILES ON)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_PACKAGE_NAME conference-console)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Conference Console authors <maintainers@conference-console.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends from the ELF files (dpkg-shlibdeps, package dpkg-dev); plugins Qt loads at run time
# are not visible there, so they are recommended by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# fonts-noto-cjk: Chinese, Japanese and Korean caller names show as glyphs, not boxes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6, qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-qpa-plugins")
include(CPack)
