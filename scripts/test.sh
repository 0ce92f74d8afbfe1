#!/usr/bin/env bash
# Every test: build with warnings as errors, run the CTest suite (Catch2 unit
# tests and the tests of the real host binary), the .docx drafts opened by
# LibreOffice (tests/documents/), the browser tests of the
# rehearsal portal in headless Chromium, the formatting check, and the
# extension's jsdom unit tests and browser tests with the real host (headless
# Chromium, and Firefox ESR when installed); then the CTest suite again under
# ASan and UBSan (clang) and a short run of each libFuzzer target
# (FUZZ_SECONDS, default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
# Tests need no debug information nor -O2: half the compile time of
# RelWithDebInfo (scripts/build.sh), for both builds CI makes.
export BUILD_TYPE=None BUILD_FLAGS=-O1 FUZZ_BUILD_TYPE=None FUZZ_BUILD_FLAGS="-O1 -gline-tables-only"
BEIAN_WERROR=ON scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
npm run --silent test:documents
npm run --silent test:e2e
scripts/check-format.sh
npm run --silent test:extension
npm run --silent test:extension-e2e
scripts/sanitize.sh
scripts/fuzz.sh "${FUZZ_SECONDS:-10}"
