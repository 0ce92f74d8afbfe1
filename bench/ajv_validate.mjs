// The baseline of the validation benchmark: Ajv validating the same dossier
// with the same schema (draft-07), collecting every error as valijson does.
// Run by bench_host; prints one line: the median of 21 runs after 50 to warm up
// (compiling the schema is not timed, as valijson's parse is not).
//   node bench/ajv_validate.mjs LARGE.json
//   → ajv-median-ms=8.123 valid=true
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';

const root = new URL('..', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schemas/dossier.schema.json', root)));
const dossier = JSON.parse(readFileSync(process.argv[2]));
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
// Warmed up until V8 has optimised the generated code: the baseline at its best.
for (let i = 0; i < 50; i += 1) validate(dossier);
const samples = [];
for (let i = 0; i < 21; i += 1) {
  const start = process.hrtime.bigint();
  validate(dossier);
  samples.push(Number(process.hrtime.bigint() - start) / 1e6);
}
samples.sort((a, b) => a - b);
console.log(`ajv-median-ms=${samples[10].toFixed(3)} valid=${validate(dossier)}`);
