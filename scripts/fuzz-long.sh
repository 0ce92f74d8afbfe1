#!/usr/bin/env bash
# The long fuzzing runs on record (docs/reliability.md): each target until
# RUNS executions (default 10 million) or SECONDS_CAP seconds (default none),
# under nice -n 15, one after another or those named; logs, the grown corpus
# and findings in build-fuzz/long/. MAX_LEN caps an input's bytes (libFuzzer's
# default: the largest seed). Not part of CI (scripts/fuzz.sh is its short run).
#   RUNS=10000000 SECONDS_CAP=0 MAX_LEN= scripts/fuzz-long.sh [TARGET...]
# The body is one compound command, read whole before it runs: bash reads a
# plain script as it goes, so an edit during a run of hours made it run the
# wrong lines at the end (and write over a finished run's log).
{
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-10000000}"
cap="${SECONDS_CAP:-0}"
max_len=()
[ -z "${MAX_LEN:-}" ] || max_len=(-max_len="$MAX_LEN")
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(frames dossier attachment rehearsal_http schema_agreement)
scripts/configure-fuzz.sh
nice -n 15 cmake --build build-fuzz -j 1 --target "${targets[@]/#/fuzz_}"
out=build-fuzz/long
# fuzz_frames keeps its data directory under TMPDIR: in memory, the host's
# fsyncs cost nothing there and the run spends its time on the code.
[ -w /dev/shm ] && export TMPDIR=/dev/shm
scripts/fuzz-corpus.sh "$out/corpus"
mkdir -p "$out/findings"
for target in "${targets[@]}"; do
  echo "== fuzz_$target: $runs runs (log: $out/$target.log)"
  # With the kernel's autogroup scheduling, nice yields only within a session:
  # the run gets a session of its own whose group is niced too, so a build
  # or a benchmark in another terminal keeps its CPU.
  ASAN_OPTIONS=detect_leaks=1 setsid --wait sh -c \
    '[ -w /proc/self/autogroup ] && echo 19 >/proc/self/autogroup; exec nice -n 15 "$@"' fuzz \
    build-fuzz/tests/fuzz/fuzz_$target "$out/corpus/$target" \
    -runs="$runs" -max_total_time="$cap" "${max_len[@]}" -rss_limit_mb=2048 -print_final_stats=1 \
    -print_pcs=0 -artifact_prefix="$out/findings/$target-" >"$out/$target.log" 2>&1 || true
  grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|cov: |ERROR|SUMMARY" \
    "$out/$target.log" | tail -6
done
echo "findings: $(find "$out/findings" -type f | wc -l)"
exit
}
