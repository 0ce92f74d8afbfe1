#!/usr/bin/env bash
# Fills DIR/<target>/ with each fuzz target's seeds from the repository
# (tests/fuzz/seeds/, the example dossiers for fuzz_dossier, and those and
# the portal profile for fuzz_schema_agreement); files
# already there (what earlier runs found) are kept.
#   scripts/fuzz-corpus.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="$1"
mkdir -p "$corpus"/{frames,dossier,attachment,rehearsal_http,schema_agreement}
cp -n tests/fuzz/seeds/frames/* "$corpus/frames/"
# The example dossiers without their indentation (a quarter of their bytes),
# so a run with a smaller MAX_LEN still starts from whole documents.
compact_seed() {  # EXAMPLE SEED
  if command -v node >/dev/null; then
    node -e 'const fs = require("fs");
      fs.writeFileSync(process.argv[2], JSON.stringify(JSON.parse(fs.readFileSync(process.argv[1], "utf8"))))' \
      "$1" "$2"
  else
    cp "$1" "$2"
  fi
}
for example in schemas/examples/*.json schemas/examples/invalid/*.json; do
  seed="$corpus/dossier/$(basename "$example")"
  [ -e "$seed" ] || compact_seed "$example" "$seed"
done
for example in schemas/examples/*.json schemas/portal/profile.json; do
  seed="$corpus/schema_agreement/$(basename "$example")"
  [ -e "$seed" ] || compact_seed "$example" "$seed"
done
cp -n tests/fuzz/seeds/schema/* "$corpus/schema_agreement/"
cp -n tests/fuzz/seeds/dossier/* "$corpus/dossier/"
cp -n tests/fuzz/seeds/attachment/* "$corpus/attachment/"
cp -n tests/fuzz/seeds/http/* "$corpus/rehearsal_http/"
