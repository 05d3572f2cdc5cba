# What the Debian package installs besides the two programs (their install() rules live with
# their targets): the desktop entry, the AppStream metainfo, the hicolor icons, the man pages
# and the bash completion (both written at build time by the programs themselves, from the same
# command definitions --help prints), the copyright file and the changelog.
include(GNUInstallDirs)

set(DBX_PROJECT_URL "https://example.org/dropbox-team-connector" CACHE STRING
    "Project home page: the AppStream metainfo's homepage and the base of its screenshot URLs")
set(DBX_RELEASE_DATE "2026-11-30" CACHE STRING "Date of this version, for the AppStream releases")

set(_docs ${CMAKE_BINARY_DIR}/share)
file(MAKE_DIRECTORY ${_docs})

# dropbox-connector-cli.1.gz and the completion, from the CLI's command registry (app/cli/Docs.cpp).
# gzip -n: no name or time stamp inside, so the same sources give the same package.
add_custom_command(
  OUTPUT ${_docs}/dropbox-connector-cli.1.gz ${_docs}/dropbox-connector-cli.bash-completion
  COMMAND $<TARGET_FILE:dropbox-connector-cli> --man-page ${_docs}/dropbox-connector-cli.1
  COMMAND gzip -9nf ${_docs}/dropbox-connector-cli.1
  COMMAND $<TARGET_FILE:dropbox-connector-cli> --bash-completion ${_docs}/dropbox-connector-cli.bash-completion
  DEPENDS dropbox-connector-cli
  COMMENT "Man page and bash completion of dropbox-connector-cli"
  VERBATIM)
set(_doc_outputs ${_docs}/dropbox-connector-cli.1.gz ${_docs}/dropbox-connector-cli.bash-completion)
install(FILES ${_docs}/dropbox-connector-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${_docs}/dropbox-connector-cli.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME dropbox-connector-cli)

if(TARGET dropbox-connector)
  add_custom_command(
    OUTPUT ${_docs}/dropbox-connector.1.gz
    COMMAND $<TARGET_FILE:dropbox-connector> --man-page ${_docs}/dropbox-connector.1
    COMMAND gzip -9nf ${_docs}/dropbox-connector.1
    DEPENDS dropbox-connector
    COMMENT "Man page of dropbox-connector"
    VERBATIM)
  list(APPEND _doc_outputs ${_docs}/dropbox-connector.1.gz)
  install(FILES ${_docs}/dropbox-connector.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

  set(_res ${PROJECT_SOURCE_DIR}/resources)
  install(FILES ${_res}/dropbox-connector.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  configure_file(${_res}/dropbox-connector.metainfo.xml.in ${_docs}/dropbox-connector.metainfo.xml @ONLY)
  install(FILES ${_docs}/dropbox-connector.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${_res}/icons/dropbox-connector.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  foreach(_size 16 24 32 48 64 128 256 512)
    install(FILES ${_res}/icons/hicolor/${_size}x${_size}/apps/dropbox-connector.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
  endforeach()
endif()
# Not in the sanitizer and fuzz builds: there the programs would run under LeakSanitizer during
# the build, and those builds are never packaged.
if(DBX_ASAN OR DBX_FUZZ)
  add_custom_target(dbx_docs DEPENDS ${_doc_outputs})
else()
  add_custom_target(dbx_docs ALL DEPENDS ${_doc_outputs})
endif()

# /usr/share/doc/<package>: Debian's copyright file and the changelog (gzip -9n, as policy asks).
set(_pkgdoc ${CMAKE_INSTALL_DATADIR}/doc/dropbox-team-connector)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright DESTINATION ${_pkgdoc})
add_custom_command(
  OUTPUT ${_docs}/changelog.gz
  COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/packaging/debian/changelog > ${_docs}/changelog.gz
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/debian/changelog
  COMMENT "Package changelog")
add_custom_target(dbx_changelog ALL DEPENDS ${_docs}/changelog.gz)
install(FILES ${_docs}/changelog.gz DESTINATION ${_pkgdoc})
