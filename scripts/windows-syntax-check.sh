#!/usr/bin/env bash
# Proves, without a Windows machine, that the sources compile for Windows:
#  1. no POSIX-only header is included outside a platform file (*_posix.cpp);
#     MinGW ships some of them (unistd.h, fcntl.h, signal.h...), so the
#     compile alone would not notice, but MSVC has none of them;
#  2. every .cpp of core/, ui/ and app/ compiles with Debian's MinGW cross
#     compiler in syntax-only mode against Debian's Qt headers, with the
#     defines of a Windows build, the *_win.cpp platform files instead of the
#     *_posix.cpp ones (the naming rule lk_add_layer in
#     cmake/LeaseKeeperLayers.cmake follows).
# Fails, naming each file and its errors, on any problem.
#
# Usage: scripts/windows-syntax-check.sh [FILE.cpp...]   (default: all)
# Environment: LEASEKEEPER_MINGW_CXX (x86_64-w64-mingw32-g++-posix),
# LEASEKEEPER_QT_INCLUDE (/usr/include/x86_64-linux-gnu/qt6), JOBS (2).
set -euo pipefail
cd "$(dirname "$0")/.."

compiler=${LEASEKEEPER_MINGW_CXX:-x86_64-w64-mingw32-g++-posix}
qt=${LEASEKEEPER_QT_INCLUDE:-/usr/include/x86_64-linux-gnu/qt6}
jobs=${JOBS:-2}

if ! command -v "$compiler" >/dev/null; then
  echo "windows-syntax-check: $compiler not found (Debian package g++-mingw-w64-x86-64-posix)" >&2
  exit 1
fi
if [ ! -d "$qt/QtCore" ]; then
  echo "windows-syntax-check: no Qt headers in $qt (Debian package qt6-base-dev)" >&2
  exit 1
fi
# The console's Usage view includes Qt Charts (a Windows build gets it from the Qt installer).
if [ ! -d "$qt/QtCharts" ]; then
  echo "windows-syntax-check: no Qt Charts headers in $qt (Debian package qt6-charts-dev)" >&2
  exit 1
fi

started=$(date +%s%N)
if [ $# -gt 0 ]; then
  sources=("$@")
else
  mapfile -t sources < <(find core ui app -name '*.cpp' ! -name '*_posix.cpp' | LC_ALL=C sort)
fi

# 1. POSIX headers in files that are compiled on Windows.
posix_headers='unistd|signal|fcntl|pwd|grp|termios|poll|dlfcn|dirent|syslog|pthread|netdb|ifaddrs|spawn'
posix_headers+='|sys/[a-z_/]+|netinet/[a-z_]+|arpa/[a-z_]+|linux/[a-z_/]+'
mapfile -t posix_includes < <(
  find core ui app \( -name '*.cpp' -o -name '*.h' \) ! -name '*_posix.cpp' -print0 |
    xargs -0 grep -nE "^[[:space:]]*#[[:space:]]*include[[:space:]]*<(${posix_headers})\.h>|^[[:space:]]*#[[:space:]]*include[[:space:]]*<csignal>" ||
    true)
if [ ${#posix_includes[@]} -gt 0 ]; then
  echo "windows-syntax-check: POSIX-only headers outside *_posix.cpp files (move that code into a platform file):" >&2
  printf '  %s\n' "${posix_includes[@]}" >&2
fi

# 2. The compile. Third-party headers that a Windows build takes from its
# own copies (vcpkg) are taken from Debian's, without the rest of
# /usr/include, whose glibc headers would hide what Windows lacks.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/include/openssl" "$work/logs"
ln -s /usr/include/sodium.h /usr/include/sodium /usr/include/qt6keychain "$work/include/"
ln -s /usr/include/openssl/*.h /usr/include/x86_64-linux-gnu/openssl/*.h "$work/include/openssl/" 2>/dev/null

mapfile -t definitions < <(cmake -P cmake/print-definitions.cmake 2>&1)
flags=(-std=c++20 -fsyntax-only -fdiagnostics-color=never -Wall -Wextra -DQT_NO_DEBUG
  "${definitions[@]}"
  -Iui -Itranslations -Iapp -Iapp/leasekeeper-ctl -isystem "$work/include" -isystem "$qt")
# One include root per layer (cmake/LeaseKeeperLayers.cmake); the build
# enforces the direction, this check only needs every header found.
for layer in core/*/; do
  flags+=("-I${layer%/}")
done
for module in QtCore QtGui QtWidgets QtNetwork QtSql QtHttpServer QtConcurrent QtCharts; do
  flags+=(-isystem "$qt/$module" "-DQT_$(echo "${module#Qt}" | tr '[:lower:]' '[:upper:]')_LIB")
done

# A response file carries the flags to the parallel compilers.
printf '%q\n' "${flags[@]}" >"$work/flags"
compile_one() {
  local source=$1 log
  log=$(mktemp "$work/logs/XXXXXX")
  echo "$source" >"$log"
  "$compiler" @"$work/flags" "$source" >>"$log" 2>&1 || mv "$log" "$log.failed"
}
export -f compile_one
export compiler work
printf '%s\0' "${sources[@]}" | xargs -0 -n 1 -P "$jobs" bash -c 'compile_one "$1"' _ || true

failed=0
for log in "$work"/logs/*; do
  source=$(head -n 1 "$log")
  if [[ $log == *.failed ]]; then
    failed=$((failed + 1))
    echo "windows-syntax-check: FAILED $source:" >&2
    tail -n +2 "$log" | grep -E 'error|required from' | head -20 >&2
  elif [ "$(wc -l <"$log")" -gt 1 ]; then
    echo "windows-syntax-check: warnings in $source:" >&2
    tail -n +2 "$log" >&2
  fi
done

elapsed_ms=$((($(date +%s%N) - started) / 1000000))
echo "windows-syntax-check: ${#sources[@]} files compiled for Windows with $compiler in $((elapsed_ms / 1000)).$(printf '%03d' $((elapsed_ms % 1000))) s" \
  "($jobs in parallel): $failed failed; ${#posix_includes[@]} POSIX includes outside platform files"
[ "$failed" -eq 0 ] && [ ${#posix_includes[@]} -eq 0 ]
