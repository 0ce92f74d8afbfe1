#!/usr/bin/env bash
# The main job on the built-in sample: validate the sample dossier, then show
# the plan of the entity page (主体信息) the extension would fill.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
sample=schemas/examples/sample-dossier.json
echo "== beian-assist validate $sample"
build/native-host/beian-assist validate "$sample"
echo
echo "== beian-assist plan entity $sample"
build/native-host/beian-assist plan entity "$sample"
