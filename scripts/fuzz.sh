#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, ASan and UBSan into build-fuzz/ and
# runs each for SECONDS (default 60), starting from the seeds in the
# repository (tests/fuzz/seeds/, schemas/examples/). Findings (crash-*,
# leak-*, …) are left in build-fuzz/findings/; a finding fixed goes into the
# seeds. scripts/test.sh runs it for a short smoke run; long runs are
# scripts/fuzz-long.sh (docs/reliability.md).
#   scripts/fuzz.sh [SECONDS] [TARGET...]   (targets: frames dossier attachment rehearsal_http schema_agreement)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(frames dossier attachment rehearsal_http schema_agreement)
scripts/configure-fuzz.sh
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]/#/fuzz_}"
scripts/fuzz-corpus.sh build-fuzz/corpus
mkdir -p build-fuzz/findings

status=0
for target in "${targets[@]}"; do
  echo "== fuzz_$target for ${seconds}s"
  ASAN_OPTIONS=detect_leaks=1 build-fuzz/tests/fuzz/fuzz_$target "build-fuzz/corpus/$target" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix=build-fuzz/findings/$target- 2>build-fuzz/fuzz_$target.log || status=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY" build-fuzz/fuzz_$target.log || true
done
findings=$(find build-fuzz/findings -type f | wc -l)
echo "fuzz: $findings findings"
exit $(( status != 0 || findings != 0 ))
