#!/usr/bin/env bash
# Configures and builds LeaseKeeper into ./build (or $LEASEKEEPER_BUILD_DIR).
# Extra arguments go to the CMake configure step; $LEASEKEEPER_TARGETS, when
# set, limits the build to those targets.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${LEASEKEEPER_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja "$@" >/dev/null
targets=()
for target in ${LEASEKEEPER_TARGETS:-}; do
  targets+=(--target "$target")
done
cmake --build "$build_dir" --parallel "$(nproc)" "${targets[@]}"
