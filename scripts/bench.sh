#!/usr/bin/env bash
# Prints the benchmark figures of docs/performance.md: the host against a
# minimal echo host in C, valijson against Ajv on the same dossier, peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
out=$(build/bench/bench_host build/native-host/beian-assist build/bench/echo_host "$PWD")
echo "$out" | grep -v '^AJV_INPUT'
large=$(echo "$out" | sed -n 's/^AJV_INPUT //p')
node bench/ajv_validate.mjs "$large"
rm -rf "$(dirname "$large")"
