# Translations: resources/translations/dropbox-connector_<lang>.ts, one file per language for
# both programs (GUI and CLI) and the core's sentences. `cmake --build build --target
# update_translations` runs lupdate over app/ and core/ (new tr() strings join the .ts files;
# scripts/check-translations.sh fails CI when one is missing); the build runs lrelease and embeds
# the .qm files in both programs under :/i18n/ (core/base/Translations.cpp loads them).
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

file(GLOB DBX_TS_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/translations/dropbox-connector_*.ts)

if(TARGET dbx_gui)
  set(_tr_owner dbx_gui)
else()
  set(_tr_owner dropbox-connector-cli)
endif()
# lrelease only: lupdate needs other options for the English file (plural forms only), which
# qt_add_translations cannot give per file in Qt 6.4; scripts/update-translations.sh does it.
qt_add_lrelease(${_tr_owner}
  TS_FILES ${DBX_TS_FILES}
  QM_FILES_OUTPUT_VARIABLE _qm_files)
add_custom_target(update_translations
  COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/update-translations.sh
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  COMMENT "Updating the .ts files (scripts/update-translations.sh)"
  VERBATIM)

foreach(_target dbx_gui dropbox-connector-cli)
  if(TARGET ${_target})
    qt_add_resources(${_target} "${_target}_translations"
      PREFIX "/i18n"
      BASE ${CMAKE_CURRENT_BINARY_DIR}
      FILES ${_qm_files})
  endif()
endforeach()
