#!/usr/bin/env bash
# The main job on the built-in sample: validate the sample dossier, show the
# plan of the entity page (主体信息), then serve the rehearsal portal with the
# sample's company until Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
sample=schemas/examples/sample-dossier.json
echo "== beian-assist validate $sample"
build/native-host/beian-assist validate "$sample"
echo
echo "== beian-assist plan entity $sample"
build/native-host/beian-assist plan entity "$sample"
echo
echo "== beian-assist rehearse (open the address below in a browser)"
exec build/native-host/beian-assist rehearse --port "${PORT:-0}"
