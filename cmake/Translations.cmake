# Translations: resources/translations/dropbox-connector_<lang>.ts, one file per language for
# both programs (GUI and CLI) and the core's sentences. `cmake --build build --target
# update_translations` runs lupdate over app/ and core/ (new tr() strings join the .ts files;
# scripts/check-translations.sh fails CI when one is missing); the build runs lrelease and embeds
# the .qm files in both programs under :/i18n/ (core/base/Translations.cpp loads them).
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

file(GLOB DBX_TS_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/translations/dropbox-connector_*.ts)
file(GLOB_RECURSE _tr_sources CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
     ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h)

if(TARGET dbx_gui)
  set(_tr_owner dbx_gui)
else()
  set(_tr_owner dropbox-connector-cli)
endif()
qt_add_translations(${_tr_owner}
  TS_FILES ${DBX_TS_FILES}
  SOURCES ${_tr_sources}
  LUPDATE_OPTIONS -no-obsolete -locations none
  QM_FILES_OUTPUT_VARIABLE _qm_files)

foreach(_target dbx_gui dropbox-connector-cli)
  if(TARGET ${_target})
    qt_add_resources(${_target} "${_target}_translations"
      PREFIX "/i18n"
      BASE ${CMAKE_CURRENT_BINARY_DIR}
      FILES ${_qm_files})
  endif()
endforeach()
