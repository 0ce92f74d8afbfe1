// What each page's model must hold after the test types the sample dossier's
// values: the dossier's own shapes, with the replica's choices where the
// profile leaves them open (radio 是/否 as text, uploads as file records,
// an open-ended 证件有效期 as {from, to: '', longTerm: true}).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server.mjs';

const sample = JSON.parse(readFileSync(join(ROOT, 'schemas', 'examples', 'sample-dossier.json'), 'utf8'));
const DIR = join(ROOT, 'schemas', 'examples', 'attachments');

export const fileOf = (name) => join(DIR, name);

// name → {name, sha256} from the dossier's attachment records.
export const ATTACHMENTS = {};
const collect = (v) => {
  if (Array.isArray(v)) v.forEach(collect);
  else if (v && typeof v === 'object') {
    if (v.path && v.sha256) {
      const name = v.path.split('/').pop();
      ATTACHMENTS[name] = { name, sha256: v.sha256 };
    } else Object.values(v).forEach(collect);
  }
};
collect(sample);
const file = (att) => [ATTACHMENTS[att.path.split('/').pop()]];
const yesNo = (b) => (b ? '是' : '否');

const e = sample.entity;
const alg = sample.algorithms[0];
const prod = sample.products[0];
const path = prod.accessPaths[0];

export const expected = {
  entity: {
    basic: { ...e.basic },
    certificate: {
      type: e.certificate.type,
      address: e.certificate.address,
      validity: { from: e.certificate.validity.from, to: '', longTerm: true },
    },
    legalRepresentative: { ...e.legalRepresentative },
    securityOfficer: { ...e.securityOfficer },
    attachments: {
      commitmentLetter: file(e.attachments.commitmentLetter),
      responsibilityReport: file(e.attachments.responsibilityReport),
      others: [],
    },
  },
  'algorithm-basic': {
    basic: {
      type: alg.basic.type,
      role: alg.basic.role,
      name: alg.basic.name,
      launchDate: alg.basic.launchDate,
      version: alg.basic.version,
      applicationDomains: alg.basic.applicationDomains,
      attachments: {
        selfAssessmentReport: file(alg.basic.attachments.selfAssessmentReport),
        publicDisclosure: file(alg.basic.attachments.publicDisclosure),
        others: alg.basic.attachments.others.map((a) => file(a)[0]),
      },
    },
  },
  product: {
    name: prod.name,
    serviceForms: prod.serviceForms,
    accessAddress: prod.accessAddress,
    serviceStatus: prod.serviceStatus,
    serviceAudience: prod.serviceAudience,
    requiresRealName: yesNo(prod.requiresRealName),
    preLicenses: prod.preLicenses.map((l) => l.kind),
    monthlyActiveUsers: prod.monthlyActiveUsers,
  },
  'algorithm-detail': {
    introduction: alg.detail.introduction.slice(0, 60),
    inputModalities: alg.detail.data.inputModalities,
    outputFormats: alg.detail.data.outputFormats, // txt and docx: docx is beyond the profile's list
    languages: alg.detail.data.languages,
    involvesBiometrics: yesNo(alg.detail.data.involvesBiometrics),
    modelName: alg.detail.model.name,
    algorithmFilingNumber: alg.detail.model.thirdParty.algorithmFilingNumber,
  },
  // The replica's practice list names functions as “产品名称 / 功能名称”.
  'algorithm-link': { links: [`${prod.name} / ${path.functions[0].name}`] },
  'access-path': { path: path.path },
  function: { name: path.functions[0].name, description: path.functions[0].description },
};
