# A Debian package of both programs: scripts/package.sh (or `cpack -G DEB` in the build folder
# after the build). Depends comes from dpkg-shlibdeps (the libraries the programs really link);
# packaging/Install.cmake adds the desktop integration, man pages, completion and copyright.
include(${CMAKE_CURRENT_LIST_DIR}/Install.cmake)

set(CPACK_PACKAGE_NAME "dropbox-team-connector")
set(CPACK_PACKAGE_VENDOR "Dropbox Team Connector")
set(CPACK_PACKAGE_CONTACT "Dropbox Team Connector maintainers <maintainers@dropbox-team-connector.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Dropbox team accounts, roles and groups for ConductorOne")
# Lines under 80 columns (lintian: extended-description-line-too-long).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "A desktop application (dropbox-connector) and a headless CLI
(dropbox-connector-cli) for Dropbox team admins who govern access with
ConductorOne. They sync a team's accounts, admin roles and groups into a local
SQLite snapshot, show who holds what and what changed, provision changes, and
push the result to ConductorOne as its Dropbox connector does. A built-in
simulated team (--demo) shows everything without a Dropbox account.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${DBX_PROJECT_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SQLite driver is a Qt plugin, loaded at run time: shlibdeps cannot see it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own texts ("Cancel", "&Yes") in the user's language; without it they stay English.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_GENERATOR "DEB")
include(CPack)
