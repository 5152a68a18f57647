# cmake -P cmake/print-definitions.cmake: prints the compile definitions of a
# Windows build of LeaseKeeper, one -D flag a line (for scripts that compile
# without CMake, such as scripts/windows-syntax-check.sh).
file(READ ${CMAKE_CURRENT_LIST_DIR}/../CMakeLists.txt top)
string(REGEX MATCH "project\\(LeaseKeeper VERSION ([0-9.]+)" _ "${top}")
set(PROJECT_VERSION ${CMAKE_MATCH_1})
include(${CMAKE_CURRENT_LIST_DIR}/LeaseKeeperDefinitions.cmake)
foreach(definition IN LISTS LEASEKEEPER_DEFINITIONS LEASEKEEPER_WINDOWS_DEFINITIONS)
  message(NOTICE "-D${definition}")
endforeach()
