#!/usr/bin/env bash
# Configures build-fuzz/: clang with ASan, UBSan and libFuzzer's coverage,
# tests included (see scripts/sanitize.sh and scripts/fuzz.sh, which share it).
set -euo pipefail
cd "$(dirname "$0")/.."
# FUZZ_BUILD_TYPE / FUZZ_BUILD_FLAGS: scripts/test.sh builds the sanitized
# suite at -O1 with line tables only (reports keep file and line); long fuzz
# runs keep RelWithDebInfo.
cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
  -DCMAKE_BUILD_TYPE="${FUZZ_BUILD_TYPE:-RelWithDebInfo}" \
  -DCMAKE_CXX_FLAGS="${FUZZ_BUILD_FLAGS:-}" -DCMAKE_C_FLAGS="${FUZZ_BUILD_FLAGS:-}" \
  -DBEIAN_FUZZ=ON -DBEIAN_BUILD_TESTS=ON -DBEIAN_WERROR=ON >/dev/null
