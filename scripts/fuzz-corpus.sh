#!/usr/bin/env bash
# Fills DIR/<target>/ with each fuzz target's seeds from the repository
# (tests/fuzz/seeds/, and the example dossiers for fuzz_dossier); files
# already there (what earlier runs found) are kept.
#   scripts/fuzz-corpus.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="$1"
mkdir -p "$corpus"/{frames,dossier,attachment,rehearsal_http}
cp -n tests/fuzz/seeds/frames/* "$corpus/frames/"
# The example dossiers without their indentation (a quarter of their bytes),
# so a run with a smaller MAX_LEN still starts from whole documents.
for example in schemas/examples/*.json schemas/examples/invalid/*.json; do
  seed="$corpus/dossier/$(basename "$example")"
  [ -e "$seed" ] && continue
  if command -v node >/dev/null; then
    node -e 'const fs = require("fs");
      fs.writeFileSync(process.argv[2], JSON.stringify(JSON.parse(fs.readFileSync(process.argv[1], "utf8"))))' \
      "$example" "$seed"
  else
    cp "$example" "$seed"
  fi
done
cp -n tests/fuzz/seeds/dossier/* "$corpus/dossier/"
cp -n tests/fuzz/seeds/attachment/* "$corpus/attachment/"
cp -n tests/fuzz/seeds/http/* "$corpus/rehearsal_http/"
