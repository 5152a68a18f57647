# One interface target carries the language standard, Qt strictness and
# warnings; every LeaseKeeper target links it.
include(${CMAKE_CURRENT_LIST_DIR}/LeaseKeeperDefinitions.cmake)
add_library(leasekeeper_options INTERFACE)
target_compile_features(leasekeeper_options INTERFACE cxx_std_20)
target_compile_definitions(leasekeeper_options INTERFACE ${LEASEKEEPER_DEFINITIONS})
if(WIN32)
  target_compile_definitions(leasekeeper_options INTERFACE ${LEASEKEEPER_WINDOWS_DEFINITIONS})
endif()

if(MSVC)
  # Standard C++ (two-phase lookup, __cplusplus telling the truth), UTF-8
  # sources and strings, warnings in our code only (headers included with
  # <...> are external).
  target_compile_options(leasekeeper_options INTERFACE
    /W4 /permissive- /utf-8 /Zc:__cplusplus /Zc:inline /Zc:throwingNew
    /EHsc /bigobj /external:anglebrackets /external:W0
    $<$<BOOL:${LEASEKEEPER_WERROR}>:/WX>)
else()
  # GCC (Linux and MinGW) and Clang; -Wshadow=local is GCC's spelling.
  target_compile_options(leasekeeper_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    $<$<CXX_COMPILER_ID:Clang,AppleClang>:-Wshadow-uncaptured-local>
    $<$<BOOL:${LEASEKEEPER_WERROR}>:-Werror>)
  if(MINGW)
    # Objects with moc output and many templates exceed COFF's section limit.
    target_compile_options(leasekeeper_options INTERFACE -Wa,-mbig-obj)
  endif()
endif()
