// The baseline of the validation benchmark: Ajv validating the same dossier
// with the same schema (draft-07). Prints the median of 9 runs after warm-up.
//   node bench/ajv_validate.mjs LARGE.json
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';

const root = new URL('..', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schemas/dossier.schema.json', root)));
const dossier = JSON.parse(readFileSync(process.argv[2]));
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
validate(dossier);
const samples = [];
for (let i = 0; i < 9; i += 1) {
  const start = process.hrtime.bigint();
  validate(dossier);
  samples.push(Number(process.hrtime.bigint() - start) / 1e6);
}
samples.sort((a, b) => a - b);
const valid = validate(dossier);
console.log(`${'schema validation (Ajv, allErrors)'.padEnd(34)} ${samples[4].toFixed(3).padStart(9)} ms   valid=${valid}`);
