#!/usr/bin/env bash
# Configures and builds into build/: the host (warnings are errors when
# BEIAN_WERROR=ON) and the rehearsal portal's pages (build/rehearsal-portal).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
  -DBEIAN_WERROR="${BEIAN_WERROR:-ON}" >/dev/null
cmake --build build -j "$(nproc)"
node scripts/build-rehearsal.mjs build/rehearsal-portal
