#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz with clang into build-fuzz
# ($LEASEKEEPER_FUZZ_BUILD_DIR) and runs each on its seed corpus.
#
#   scripts/fuzz.sh smoke [SECONDS]   CI: each harness for SECONDS (default 20) on a
#                                     fresh copy of its corpus in a temporary folder
#   scripts/fuzz.sh long [SECONDS]    bench: each harness for SECONDS (default 600); the
#                                     grown corpus is kept in build-fuzz/fuzz-corpus and the
#                                     figures are written to build-fuzz/fuzz-summary.md
#   scripts/fuzz.sh build             build the harnesses only
#
# $LEASEKEEPER_FUZZ_HARNESSES limits the run to some harnesses. Fails when a
# harness crashes or breaks an invariant; the input that did it is kept in
# build-fuzz/fuzz-artifacts and printed in base64. Nothing is written into
# the source tree. See docs/security.md.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-smoke}
case $mode in
  smoke) seconds=${2:-20} ;;
  long) seconds=${2:-600} ;;
  build) seconds=0 ;;
  *)
    echo "usage: scripts/fuzz.sh smoke|long|build [SECONDS]" >&2
    exit 2
    ;;
esac

build_dir=${LEASEKEEPER_FUZZ_BUILD_DIR:-build-fuzz}
read -r -a harnesses <<<"${LEASEKEEPER_FUZZ_HARNESSES:-fuzz_license fuzz_lease_request fuzz_api_parse fuzz_postgres_address fuzz_http_answer}"

for tool in clang clang++; do
  if ! command -v "$tool" >/dev/null; then
    echo "fuzz: $tool is missing (scripts/install-deps.sh installs clang and libclang-rt-14-dev)" >&2
    exit 1
  fi
done

launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
started=$(date +%s)
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLEASEKEEPER_FUZZ=ON -DLEASEKEEPER_BUILD_TESTS=OFF -DLEASEKEEPER_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" --target fuzzers
echo "fuzz: harnesses built in $(($(date +%s) - started)) s"
[ "$mode" = build ] && exit 0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts="$build_dir/fuzz-artifacts"
summary="$build_dir/fuzz-summary.md"
if [ "$mode" = long ]; then
  {
    echo "# Fuzzing, $(date -u '+%Y-%m-%d %H:%M UTC'), $seconds s per harness"
    echo
    echo "| Harness | Executions | exec/s | Coverage (edges) | Features | Corpus | Result |"
    echo "|---|---:|---:|---:|---:|---:|---|"
  } >"$summary"
fi

failed=()
for harness in "${harnesses[@]}"; do
  seeds="tests/fuzz/corpus/$harness"
  if [ "$mode" = long ]; then
    corpus="$build_dir/fuzz-corpus/$harness"
    mkdir -p "$corpus"
  else
    corpus="$work/$harness/corpus"
    mkdir -p "$corpus"
  fi
  cp "$seeds"/* "$corpus/"
  mkdir -p "$work/$harness/artifacts"
  log="$work/$harness/log"
  status=0
  "$build_dir/bin/$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/$harness/artifacts/" "$corpus" >"$log" 2>&1 || status=$?

  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  done_line=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  coverage=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$done_line")
  features=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$done_line")
  units=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$done_line")
  result=ok
  if [ "$status" -ne 0 ]; then
    result="FAILED (exit $status)"
    failed+=("$harness")
    tail -n 60 "$log" >&2
    mkdir -p "$artifacts"
    for input in "$work/$harness/artifacts"/*; do
      [ -e "$input" ] || continue
      cp "$input" "$artifacts/$harness-$(basename "$input")"
      echo "fuzz: $harness: input kept as $artifacts/$harness-$(basename "$input"); base64:" >&2
      base64 -w 0 "$input" >&2
      echo >&2
    done
  fi
  printf 'fuzz: %-22s %10s runs %7s exec/s  cov %5s  ft %6s  corpus %5s  %s\n' "$harness" \
    "${executions:-?}" "${speed:-?}" "${coverage:-?}" "${features:-?}" "${units:-?}" "$result"
  if [ "$mode" = long ]; then
    echo "| $harness | ${executions:-?} | ${speed:-?} | ${coverage:-?} | ${features:-?} | ${units:-?} | $result |" >>"$summary"
  fi
done

if [ "$mode" = long ]; then
  echo "fuzz: summary in $summary"
fi
if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: failed: ${failed[*]} (reproduce with $build_dir/bin/HARNESS INPUT)" >&2
  exit 1
fi
echo "fuzz: all harnesses passed in $(($(date +%s) - started)) s"
