# Windows only (included from the top-level CMakeLists.txt): what `cmake
# --install` adds next to the programs so that they run on a machine without
# Qt, and the NSIS installer `cpack -G NSIS` builds (docs/windows.md).

include(GNUInstallDirs)

# Qt's libraries and plugins (platform, styles, SQL drivers, TLS backends),
# found by windeployqt through Qt's deployment script.
foreach(program leasekeeper leasekeeper-server leasekeeper-ctl)
  qt_generate_deploy_app_script(TARGET ${program} OUTPUT_SCRIPT lk_deploy_${program} NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${lk_deploy_${program}})
endforeach()

# Qt's OpenSSL backend loads libssl at run time, so no link records it: copy
# OpenSSL's DLLs (and libsodium's) from where CMake found their libraries
# (a vcpkg tree: <prefix>/bin next to <prefix>/lib).
set(lk_runtime_dlls)
foreach(library_dir ${OPENSSL_INCLUDE_DIR}/../bin ${SODIUM_LIBRARY_DIRS}/../bin)
  file(GLOB found ${library_dir}/libssl*.dll ${library_dir}/libcrypto*.dll ${library_dir}/libsodium*.dll)
  list(APPEND lk_runtime_dlls ${found})
endforeach()
if(lk_runtime_dlls)
  list(REMOVE_DUPLICATES lk_runtime_dlls)
  install(FILES ${lk_runtime_dlls} DESTINATION ${CMAKE_INSTALL_BINDIR})
else()
  message(WARNING "OpenSSL and libsodium DLLs not found next to their libraries: copy them into the "
                  "installation's bin folder by hand (docs/windows.md)")
endif()

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME LeaseKeeper)
set(CPACK_PACKAGE_VENDOR "LeaseKeeper")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY LeaseKeeper)
set(CPACK_NSIS_PACKAGE_NAME "LeaseKeeper ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "LeaseKeeper ${PROJECT_VERSION}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# leasekeeper-ctl and leasekeeper-server on the PATH (the installer asks).
set(CPACK_NSIS_MODIFY_PATH ON)
# A Start menu entry for the console.
set(CPACK_PACKAGE_EXECUTABLES leasekeeper "LeaseKeeper console")
# The installer does not register the service (that needs the
# administrator's options); its uninstaller removes a service installed
# under the default name, stopping it first.
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "ExecWait '\\\"$INSTDIR\\\\bin\\\\leasekeeper-server.exe\\\" --service uninstall'")
include(CPack)
