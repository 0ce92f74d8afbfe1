// Fills one field of a generated layout the way a person would, from what the
// spec says is drawn: types the value in the page's unit, clicks the option
// shown for a canonical value, picks a range, ticks 长期, uploads a file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server.mjs';
import { fileOf } from './expected.mjs';
import { shownFileName, fileCountText } from '../../../native-host/rehearsal-portal/shared/layout/index.js';

const sample = JSON.parse(readFileSync(join(ROOT, 'schemas', 'examples', 'sample-dossier.json'), 'utf8'));
const e = sample.entity;
const alg = sample.algorithms[0];
const prod = sample.products[0];

// Dossier values in the page's form (as the host's plan `fill` has them).
export const FILLS = {
  'entity.basic.name': e.basic.name,
  'entity.basic.entityType': e.basic.entityType,
  'entity.basic.registeredRegion': e.basic.registeredRegion,
  'entity.basic.monthlyActiveUsers': e.basic.monthlyActiveUsers,
  'entity.certificate.validity': e.certificate.validity,
  'entity.legalRepresentative.idType': e.legalRepresentative.idType,
  'entity.attachments.commitmentLetter': e.attachments.commitmentLetter,
  'algorithm.basic.type': alg.basic.type,
  'algorithm.basic.launchDate': alg.basic.launchDate,
  'algorithm.basic.applicationDomains': alg.basic.applicationDomains,
  'product.serviceForms': prod.serviceForms,
  'product.requiresRealName': prod.requiresRealName ? '是' : '否',
  'product.monthlyActiveUsers': prod.monthlyActiveUsers,
};

const textOf = (sf, value) => sf.options.find((o) => o.value === value).text;

export async function fillLayoutField(d, spec, id, want) {
  const sf = spec.fields[id];
  const label = sf.label.position === 'placeholder' ? { placeholder: sf.label.placeholder } : sf.label.text;
  const section = spec.screens.find((s) => s.id === sf.screen).sections[sf.section];
  const group = section.heading.style === 'none' ? '' : section.heading.text;
  switch (sf.control) {
    case 'text':
    case 'textarea':
    case 'number':
      return d.text(label, group, want);
    case 'select':
    case 'range-select':
      return d.select(label, group, textOf(sf, want));
    case 'multi-select':
      return d.select(label, group, want.map((v) => textOf(sf, v)));
    case 'grouped-select':
      return d.select(label, group, want.map(([, leaf]) => leaf));
    case 'radio':
      return d.choose(label, group, textOf(sf, want));
    case 'checkbox-group':
      return d.choose(label, group, want.map((v) => textOf(sf, v)));
    case 'grouped-checkbox':
      return d.groupedChecks(label, group, want);
    case 'cascader':
      return d.cascader(label, group, want, sf.multiple);
    case 'chained-selects':
      return d.chain(label, group, want);
    case 'date':
      return d.date(label, group, want, sf.dateFormat || undefined);
    case 'date-range':
      if (!want.longTerm) throw new Error('the sample has an open-ended 证件有效期 only');
      return d.dateRangeLongTerm(label, group, want.from, sf.dateFormat || undefined);
    case 'upload': {
      const name = want[0].name;
      const shown = sf.upload.names === 'count' ? fileCountText(sf.upload, 1) : shownFileName(sf.upload, name, 1);
      return d.upload(label, group, fileOf(name), shown);
    }
    default:
      throw new Error(`no way to fill a ${sf.control}`);
  }
}

// Lists compare as sets, uploads by name and SHA-256.
export function sameModelValue(got, want) {
  const norm = (v) =>
    Array.isArray(v)
      ? v.map(norm).map((x) => JSON.stringify(x)).sort()
      : v && typeof v === 'object'
        ? 'sha256' in v
          ? { name: v.name, sha256: v.sha256 }
          : Object.fromEntries(Object.keys(v).sort().map((k) => [k, norm(v[k])]))
        : v;
  return JSON.stringify(norm(got)) === JSON.stringify(norm(want));
}
