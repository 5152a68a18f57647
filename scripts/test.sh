#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs every test.
#
#   scripts/test.sh          everything: every ctest test, the package test, the fuzz smoke run
#   scripts/test.sh --fast   builds only the unit-labelled tests (and what they
#                            need) and runs only ctest label unit (docs/testing.md)
set -euo pipefail
cd "$(dirname "$0")/.."
fast=0
case ${1:-} in
  --fast) fast=1 ;;
  "") ;;
  *)
    echo "usage: scripts/test.sh [--fast]" >&2
    exit 2
    ;;
esac
bash scripts/install-deps.sh
export LEASEKEEPER_BUILD_DIR=${LEASEKEEPER_BUILD_DIR:-build-test}
if [ "$fast" -eq 1 ]; then
  LEASEKEEPER_TARGETS=unit_tests bash scripts/build.sh -DLEASEKEEPER_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
  QT_QPA_PLATFORM=offscreen exec ctest --test-dir "$LEASEKEEPER_BUILD_DIR" --output-on-failure --parallel "$(nproc)" \
    --timeout 600 --label-regex '^unit$'
fi
bash scripts/build.sh -DLEASEKEEPER_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
QT_QPA_PLATFORM=offscreen ctest --test-dir "$LEASEKEEPER_BUILD_DIR" --output-on-failure --parallel "$(nproc)" \
  --timeout 600
# The Debian packages: built, installed, run, purged (needs root; CI runs as root).
package_status=0
bash scripts/package-test.sh "$LEASEKEEPER_BUILD_DIR" || package_status=$?
if [ "$package_status" -ne 0 ] && [ "$package_status" -ne 77 ]; then
  exit "$package_status"
fi
# libFuzzer harnesses, 20 s each on a copy of their seed corpus (docs/security.md).
bash scripts/fuzz.sh smoke
if [ "$package_status" -eq 77 ]; then
  echo "test.sh: PACKAGE TEST SKIPPED (not root): the .deb packages were NOT built, installed or tested" >&2
fi
