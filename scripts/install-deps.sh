#!/usr/bin/env bash
# Installs what LeaseKeeper needs to build and test on Debian 12, and only
# what is missing. Safe to run again.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
  # The console's Usage view; Qt6Charts' CMake package needs Qt6OpenGL's,
  # which Debian's qt6-charts-dev does not pull in.
  qt6-charts-dev libqt6opengl6-dev
  libsodium-dev qtkeychain-qt6-dev gnome-keyring dbus-daemon
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  desktop-file-utils librsvg2-bin
  curl faketime libssl-dev openssl
  postgresql libqt6sql6-psql haproxy nginx
  clang libclang-rt-14-dev lld
  dpkg-dev systemd python3-seccomp
  python3-jsonschema python3-yaml
  g++-mingw-w64-x86-64-posix
  prometheus
  # A real SMTP server (STARTTLS, AUTH) for the tests of alert mail.
  python3-aiosmtpd
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
  as_root=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
