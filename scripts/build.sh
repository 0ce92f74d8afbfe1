#!/usr/bin/env bash
# Configures and builds into build/ (warnings are errors when BEIAN_WERROR=ON).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
  -DBEIAN_WERROR="${BEIAN_WERROR:-ON}" >/dev/null
cmake --build build -j "$(nproc)"
