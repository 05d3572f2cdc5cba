# Build time on the 2-core machine. GCC collects its garbage less often (a larger heap before the
# first collection: the Qt-heavy translation units compile faster), and gold links where it is
# installed (binutils has it; faster than bfd on the large test executables). The fuzz build is
# clang with its own linker flags, left alone.
include(CheckLinkerFlag)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  add_compile_options(--param=ggc-min-expand=100 --param=ggc-min-heapsize=1048576)
endif()
if(NOT DBX_FUZZ)
  check_linker_flag(CXX -fuse-ld=gold DBX_HAVE_LD_GOLD)
  if(DBX_HAVE_LD_GOLD)
    add_link_options(-fuse-ld=gold)
  endif()
endif()

# One INTERFACE target carries the language standard, warnings and Qt defines for every target
# of the project (generated protobuf code excepted).
add_library(dbx_options INTERFACE)
target_compile_features(dbx_options INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(dbx_options INTERFACE
  -Wall -Wextra -pedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wshadow=local -Wold-style-cast
  $<$<BOOL:${DBX_WERROR}>:-Werror>)
# Product code spells every QString literal (QStringLiteral, QLatin1String); test code may keep
# its data tables in plain "..." literals (tests/CMakeLists.txt sets DBX_TEST_CODE).
define_property(DIRECTORY PROPERTY DBX_TEST_CODE INHERITED
  BRIEF_DOCS "Code under this directory is test code" FULL_DOCS "Allows implicit QString from ASCII literals.")
define_property(TARGET PROPERTY DBX_TEST_CODE INHERITED
  BRIEF_DOCS "This target is test code" FULL_DOCS "Allows implicit QString from ASCII literals.")
target_compile_definitions(dbx_options INTERFACE
  $<$<NOT:$<BOOL:$<TARGET_PROPERTY:DBX_TEST_CODE>>>:QT_NO_CAST_FROM_ASCII>
  QT_NO_CAST_TO_ASCII
  QT_USE_QSTRINGBUILDER
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
# Undefined behaviour stops the program (a failed test, a fuzzer crash) instead of a log line.
set(DBX_SANITIZE_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
if(DBX_ASAN)
  # -O0: UBSan's checks make the optimizer's work the larger part of the sanitizer build
  # (tst_sync.cpp compiles in 9 s at -O0, 18 s at -O1), and the suite runs fast enough unoptimized.
  target_compile_options(dbx_options INTERFACE ${DBX_SANITIZE_FLAGS} -O0)
  target_link_options(dbx_options INTERFACE ${DBX_SANITIZE_FLAGS})
endif()
if(DBX_FUZZ)
  # Every library gets libFuzzer's coverage instrumentation; only tests/fuzz links its main.
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "DBX_FUZZ needs clang (scripts/fuzz.sh uses clang++-14)")
  endif()
  target_compile_options(dbx_options INTERFACE -fsanitize=fuzzer-no-link ${DBX_SANITIZE_FLAGS})
  target_link_options(dbx_options INTERFACE ${DBX_SANITIZE_FLAGS})
endif()

# dbx_core_module(dir LIBS ...): a static library of every .cpp/.h in core/<dir>.
function(dbx_core_module name)
  cmake_parse_arguments(M "" "" "LIBS" ${ARGN})
  file(GLOB _src CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${name}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/${name}/*.h)
  if(NOT _src)
    message(FATAL_ERROR "core/${name} has no sources")
  endif()
  add_library(dbx_${name} STATIC ${_src})
  target_include_directories(dbx_${name} PUBLIC ${PROJECT_SOURCE_DIR}/core)
  target_link_libraries(dbx_${name} PUBLIC dbx_options ${M_LIBS})
endfunction()
