#!/usr/bin/env bash
# Configures build-fuzz/: clang with ASan, UBSan and libFuzzer's coverage,
# tests included (see scripts/sanitize.sh and scripts/fuzz.sh, which share it).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBEIAN_FUZZ=ON -DBEIAN_BUILD_TESTS=ON \
  -DBEIAN_WERROR=ON >/dev/null
