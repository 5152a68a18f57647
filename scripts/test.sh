#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export LEASEKEEPER_BUILD_DIR=${LEASEKEEPER_BUILD_DIR:-build-test}
bash scripts/build.sh -DLEASEKEEPER_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
QT_QPA_PLATFORM=offscreen ctest --test-dir "$LEASEKEEPER_BUILD_DIR" --output-on-failure --parallel "$(nproc)" \
  --timeout 600
# libFuzzer harnesses, 20 s each on a copy of their seed corpus (docs/security.md).
bash scripts/fuzz.sh smoke
