# CPack: two Debian packages from the install components (resources/).
#   leasekeeper-server  leasekeeper-server, leasekeeper-ctl, the systemd unit,
#                       /etc/leasekeeper/leasekeeper.ini (a conffile), docs
#   leasekeeper-console the console, its desktop entry and icons
# Build them from a tree configured with -DCMAKE_INSTALL_PREFIX=/usr:
#   cpack -G DEB --config <build>/CPackConfig.cmake
# (scripts/package-test.sh does, and installs them; docs/linux-service.md).
set(CPACK_PACKAGE_NAME leasekeeper)
set(CPACK_PACKAGE_VENDOR "LeaseKeeper")
set(CPACK_PACKAGE_CONTACT "LeaseKeeper maintainers <leasekeeper@localhost>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "License Manager and admin console")
# The package installs exactly what `cmake --install` would.
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/PackagingChecks.cmake)

set(CPACK_COMPONENTS_ALL server console)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps finds the libraries the programs link (Qt, libsodium,
# OpenSSL, QtKeychain, ...); the Qt SQL drivers are plugins loaded at run time,
# which it cannot see, so they are named below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(lk_deb_dir ${PROJECT_SOURCE_DIR}/resources/linux/deb)
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME leasekeeper-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# SQLite for one node, PostgreSQL for an HA pair and `leasekeeper-ctl store
# migrate`; adduser makes the service's user.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6sql6-psql")
# The server reports whether the clock is synchronised (timedatectl or chronyc).
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "chrony | systemd-timesyncd")
# The INI file is a conffile: an upgrade keeps the administrator's edits.
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
  "${lk_deb_dir}/conffiles;${lk_deb_dir}/postinst;${lk_deb_dir}/prerm;${lk_deb_dir}/postrm")
# The first line is the synopsis.
set(CPACK_DEBIAN_SERVER_DESCRIPTION "LeaseKeeper License Manager service and command line
leasekeeper-server grants and renews the leases of data-platform components,
alone on SQLite or as an active-passive pair on PostgreSQL, and runs as the
systemd service leasekeeper-server. leasekeeper-ctl issues licenses and
administers License Managers.")

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME leasekeeper-console)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION admin)
# The console runs a License Manager in-process on SQLite; Qt's own
# translations make its standard dialogs speak the user's language.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# QtKeychain keeps saved tokens in the Secret Service.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SUGGESTS "gnome-keyring")
set(CPACK_DEBIAN_CONSOLE_DESCRIPTION "LeaseKeeper admin console
A desktop console for LeaseKeeper License Managers: health, license usage,
leases and grace countdowns, history, clocks, HA pair setup and updates.")

include(CPack)
