# Read by cpack (CPACK_PROJECT_CONFIG_FILE) for each generator. Debian packages
# must install under /usr and /etc, never /usr/local: refuse to build one from
# a tree configured with another prefix.
if(CPACK_GENERATOR STREQUAL "DEB" AND NOT CPACK_PACKAGING_INSTALL_PREFIX STREQUAL "/usr")
  message(FATAL_ERROR
    "Debian packages need a build tree configured with -DCMAKE_INSTALL_PREFIX=/usr "
    "(this one installs to ${CPACK_PACKAGING_INSTALL_PREFIX})")
endif()

# Each Debian package has its own synopsis, the first line of
# CPACK_DEBIAN_<COMPONENT>_DESCRIPTION; CPackDeb would put the project's
# summary in front of it unless the summary is CPack's placeholder.
if(CPACK_GENERATOR STREQUAL "DEB")
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
endif()
