# The server as a service and the Linux package's INI.
# The Linux package's INI file, checked against `leasekeeper-server --help`.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  lk_add_test(tst_shippedini LABELS process NEEDS leasekeeper-server)
  include(GNUInstallDirs)
  set_property(TEST tst_shippedini APPEND PROPERTY ENVIRONMENT
    "LEASEKEEPER_SHIPPED_INI=${PROJECT_BINARY_DIR}/resources/linux/leasekeeper.ini"
    "LEASEKEEPER_CONFIG_DIR=${CMAKE_INSTALL_FULL_SYSCONFDIR}/leasekeeper")
endif()
# The Windows service's plain parts (command lines, sc.exe), and --service off Windows.
lk_add_test(tst_windowsservice LABELS process NEEDS leasekeeper-server)
