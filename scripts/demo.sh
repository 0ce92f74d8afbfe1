#!/usr/bin/env bash
# The main job on the built-in sample: validate the sample dossier, show the
# plan of the entity page (主体信息), then open Chromium with the extension on
# the rehearsal portal's entity page and the sample dossier
# (scripts/demo-browser.mjs): a window until it is closed or Ctrl+C, or, with
# no display, a headless 核对 + 全部填写 that prints each field's result.
# BEIAN_ASSIST_BIN=PATH uses an already built host and skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BEIAN_ASSIST_BIN:-}" ]; then
  scripts/build.sh
  export BEIAN_ASSIST_BIN=build/native-host/beian-assist
fi
host=$BEIAN_ASSIST_BIN
sample=schemas/examples/sample-dossier.json
echo "== beian-assist validate $sample"
"$host" validate "$sample"
echo
echo "== beian-assist plan entity $sample"
"$host" plan entity "$sample"
echo
echo "== the extension in Chromium on the rehearsal portal (scripts/demo-browser.mjs)"
exec node scripts/demo-browser.mjs
