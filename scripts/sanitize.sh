#!/usr/bin/env bash
# The whole CTest suite built with clang, AddressSanitizer and UBSan, in
# build-fuzz/: one build directory makes both this suite and the libFuzzer
# targets (scripts/fuzz.sh), so CI compiles the core with clang only once.
# The tests start the sanitized host binary too, so its errors fail them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/configure-fuzz.sh
cmake --build build-fuzz -j "$(nproc)"
# detect_leaks: the host and the tests must free what they allocate.
# abort_on_error=0 keeps ASan's exit code (1) rather than a core dump.
# strict_memcmp=0: Boost.Process 1.74's environment find() (used by the tests
# to start the host) memcmp()s the whole key against shorter "K=V" entries;
# the result is decided at the first differing byte, which is all ASan then
# checks. Every other memcmp is still checked up to that byte.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_memcmp=0:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The sanitized host starts several times slower; 200 kills keep the crash
# test inside its timeout. The 1000-kill run is the gcc build's (scripts/test.sh).
export BEIAN_CRASH_KILLS=200
ctest --test-dir build-fuzz --output-on-failure -j "$(nproc)"
