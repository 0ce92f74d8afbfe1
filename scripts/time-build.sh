#!/usr/bin/env bash
# Times a cold build of the whole C++ tree, translation unit by translation
# unit: configures DIR (default build-time/) with this script as the
# compiler launcher (no ccache), builds with -j2 and prints the wall time, the
# CPU time of every compile and link summed, and the twenty costliest units.
#   scripts/time-build.sh [DIR] [-- CMAKE_ARGS...]   e.g. -- -DCMAKE_CXX_COMPILER=clang++ ...
# Run as a launcher (internal): time-build.sh --launch LOG COMMAND...
set -euo pipefail
if [ "${1:-}" = "--launch" ]; then
  log="$2"
  shift 2
  # The object (after -o) names the unit; TIMEFORMAT gives wall, user, sys.
  unit="link"
  for ((i = 1; i <= $#; i++)); do
    if [ "${!i}" = "-o" ]; then j=$((i + 1)); unit="${!j}"; fi
  done
  TIMEFORMAT="%R %U %S"
  { time "$@" 2>&3; } 3>&2 2>>"$log.times.$$" || { rc=$?; rm -f "$log.times.$$"; exit $rc; }
  printf '%s %s\n' "$(tail -1 "$log.times.$$")" "$unit" >>"$log"
  rm -f "$log.times.$$"
  exit 0
fi
cd "$(dirname "$0")/.."
dir="${1:-build-time}"
shift || true
[ "${1:-}" = "--" ] && shift
launcher="$PWD/scripts/time-build.sh"
log="$PWD/$dir/units.log"
rm -rf "$dir"
mkdir -p "$dir"
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBEIAN_WERROR=ON \
  "-DCMAKE_CXX_COMPILER_LAUNCHER=$launcher;--launch;$log" \
  "-DCMAKE_C_COMPILER_LAUNCHER=$launcher;--launch;$log" \
  "-DCMAKE_CXX_LINKER_LAUNCHER=$launcher;--launch;$log" "$@" >/dev/null
start=$(date +%s.%N)
CCACHE_DISABLE=1 cmake --build "$dir" -j 2 >"$dir/build.log"
end=$(date +%s.%N)
awk -v wall="$(echo "$end - $start" | bc)" '
  { cpu += $2 + $3; n++ }
  END { printf "wall %.0f s, CPU %.0f s in %d compiles (load %s)\n", wall, cpu, n, "'"$(cut -d' ' -f1-3 /proc/loadavg)"'" }' "$log"
sort -k2 -n -r "$log" | head -20 | awk '{ printf "%7.1f s CPU  %s\n", $2 + $3, $4 }'
