#!/usr/bin/env bash
# Configures and builds into build/: the host (warnings are errors when
# BEIAN_WERROR=ON) and the rehearsal portal's pages (build/rehearsal-portal).
set -euo pipefail
cd "$(dirname "$0")/.."
# BUILD_TYPE and BUILD_FLAGS choose the optimisation: scripts/test.sh builds
# with BUILD_TYPE=None BUILD_FLAGS=-O1 (no debug information: the tests' build
# takes about half the time of -O2 -g); benchmarks and the demo keep
# RelWithDebInfo.
cmake -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
  -DCMAKE_CXX_FLAGS="${BUILD_FLAGS:-}" -DCMAKE_C_FLAGS="${BUILD_FLAGS:-}" \
  -DBEIAN_WERROR="${BEIAN_WERROR:-ON}" >/dev/null
cmake --build build -j "$(nproc)"
node scripts/build-rehearsal.mjs build/rehearsal-portal
