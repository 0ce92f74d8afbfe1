#!/usr/bin/env bash
# Prints the benchmark figures of docs/performance.md, each next to its
# baseline measured in the same run: the host against a minimal echo host in
# C, valijson against Ajv (node, from node_modules: run `npm ci` once) on the
# same dossier, the warm plan against a host that reads and parses the same
# reply from a file, peak RSS. Builds only what it runs, optimised
# (BUILD_TYPE=RelWithDebInfo unless set), in build/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f node_modules/ajv/package.json ]]; then
  echo "bench.sh: node_modules/ajv is missing (npm ci); the Ajv baseline will read n/a" >&2
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
  -DBEIAN_WERROR="${BEIAN_WERROR:-ON}" >/dev/null
cmake --build build -j "$(nproc)" --target beian-assist echo_host parse_host bench_host >/dev/null
build/bench/bench_host build/native-host/beian-assist build/bench/echo_host build/bench/parse_host \
  "$PWD"
