# Read by cpack (CPACK_PROJECT_CONFIG_FILE) for each generator. Debian packages
# must install under /usr and /etc, never /usr/local: refuse to build one from
# a tree configured with another prefix.
if(CPACK_GENERATOR STREQUAL "DEB" AND NOT CPACK_PACKAGING_INSTALL_PREFIX STREQUAL "/usr")
  message(FATAL_ERROR
    "Debian packages need a build tree configured with -DCMAKE_INSTALL_PREFIX=/usr "
    "(this one installs to ${CPACK_PACKAGING_INSTALL_PREFIX})")
endif()
