#!/usr/bin/env node
// Regenerates schemas/calendar/holidays-cn.json, the holiday calendar compiled
// into beian-assist for "N个工作日内" deadlines, from the npm package
// chinese-days (a devDependency: its maintainers scrape the 国务院办公厅 notices
// daily and review each change). Run it every November, when the next year's
// notice appears, after bumping chinese-days in package.json:
//
//   npm install && node scripts/refresh-calendar.mjs [--check]
//
// Fails, writing nothing, when chinese-days disagrees with the hand-checked
// reference for 2024–2026 (or with itself): a silently wrong holiday moves a
// legal deadline. --check compares with the committed file instead of writing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(root, 'schemas', 'calendar', 'holidays-cn.json');
const FIRST_YEAR = 2024; // deadlines before the tool existed do not matter
// rules.md §5.1, checked by hand against the notices and a second package.
const REFERENCE_CANDIDATES = [
  process.env.BEIAN_CALENDAR_REFERENCE,
  join(root, '..', 'shared', 'reference', 'holidays_cn_2024_2026.json'),
].filter(Boolean);

// chinese-days names a day by its festival's short name; the notices name a
// holiday block by the festivals it holds ("国庆节、中秋节" in 2025).
const OFFICIAL_NAMES = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

function fail(message) {
  console.error(`refresh-calendar: ${message}`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
let pkg;
let data;
let api;
try {
  pkg = require('chinese-days/package.json');
  data = require('chinese-days/dist/chinese-days.json');
  api = require('chinese-days');
} catch (error) {
  fail(`cannot load chinese-days (${error.message}): run \`npm install\` first`);
}

const DAY_MS = 86400000;
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (date) => Date.parse(`${date}T00:00:00Z`);
const isWeekend = (date) => [0, 6].includes(new Date(dayMs(date)).getUTCDay());
const yearOf = (date) => Number(date.slice(0, 4));

// "Labour Day,劳动节,2" → "劳动节"
function shortName(value, date) {
  const parts = String(value).split(',');
  if (parts.length < 2 || !parts[1]) fail(`unexpected chinese-days entry for ${date}: ${value}`);
  return OFFICIAL_NAMES[parts[1]] ?? parts[1];
}

function buildYears() {
  const holidayDates = Object.keys(data.holidays ?? {}).sort();
  const workdayDates = Object.keys(data.workdays ?? {}).sort();
  if (!holidayDates.length) fail('chinese-days has no holiday data');
  const lastYear = Math.max(...holidayDates.map(yearOf), ...workdayDates.map(yearOf));
  if (lastYear < FIRST_YEAR) fail(`chinese-days ends in ${lastYear}`);

  const years = {};
  for (let year = FIRST_YEAR; year <= lastYear; year += 1) {
    const inYear = (date) => yearOf(date) === year;
    const holidays = holidayDates.filter(inYear);
    const workdays = workdayDates.filter(inYear);
    // A published year always has holidays; a gap would read as "no holidays".
    if (!holidays.length) fail(`chinese-days has no holidays for ${year}`);
    for (const date of workdays) {
      if (!isWeekend(date)) fail(`调休上班 day ${date} is not a weekend day`);
      if (data.holidays[date]) fail(`${date} is both a holiday and a working day`);
    }
    // Name each date by its block: consecutive holiday dates form one break.
    const named = [];
    let block = [];
    const flush = () => {
      const names = [...new Set(block.map((d) => shortName(data.holidays[d], d)))];
      for (const date of block) named.push({ date, name: names.join('、') });
      block = [];
    };
    for (const date of holidays) {
      if (block.length && dayMs(date) - dayMs(block[block.length - 1]) !== DAY_MS) flush();
      block.push(date);
    }
    flush();
    years[String(year)] = { holidays: named, workdays };
  }
  return years;
}

// The package's own isWorkday() must agree with the data read from its file,
// on every day: the file is only trusted because the library uses it.
function checkAgainstApi(years) {
  for (const [year, { holidays, workdays }] of Object.entries(years)) {
    const off = new Set(holidays.map((h) => h.date));
    const on = new Set(workdays);
    for (let ms = dayMs(`${year}-01-01`); ms <= dayMs(`${year}-12-31`); ms += DAY_MS) {
      const date = isoDate(ms);
      const expected = on.has(date) || (!isWeekend(date) && !off.has(date));
      if (api.isWorkday(date) !== expected) fail(`chinese-days isWorkday(${date}) disagrees with its data`);
    }
  }
}

function checkAgainstReference(years) {
  const path = REFERENCE_CANDIDATES.find((p) => existsSync(p));
  if (!path) fail(`reference calendar not found (looked at ${REFERENCE_CANDIDATES.join(', ')}); set BEIAN_CALENDAR_REFERENCE`);
  const reference = JSON.parse(readFileSync(path, 'utf8'));
  const problems = [];
  for (const year of Object.keys(reference).sort()) {
    const ours = years[year];
    if (!ours) {
      problems.push(`${year}: missing from chinese-days`);
      continue;
    }
    const refHolidays = new Map(reference[year].holidays.map((h) => [h.date, h.name]));
    const ourHolidays = new Map(ours.holidays.map((h) => [h.date, h.name]));
    for (const [date, name] of refHolidays) {
      if (!ourHolidays.has(date)) problems.push(`${date} 放假 (${name}) missing`);
      else if (ourHolidays.get(date) !== name) problems.push(`${date} named ${ourHolidays.get(date)}, reference ${name}`);
    }
    for (const date of ourHolidays.keys())
      if (!refHolidays.has(date)) problems.push(`${date} 放假 not in the reference`);
    const refWork = new Set(reference[year].workdays);
    for (const date of refWork) if (!ours.workdays.includes(date)) problems.push(`${date} 调休上班 missing`);
    for (const date of ours.workdays) if (!refWork.has(date)) problems.push(`${date} 调休上班 not in the reference`);
  }
  if (problems.length)
    fail(`chinese-days@${pkg.version} differs from ${path}:\n  ${problems.join('\n  ')}`);
  return path;
}

// One holiday per line: the file is reviewed as a diff every November.
function render(document) {
  const lines = ['{', `  "source": ${JSON.stringify(document.source)},`];
  lines.push(`  "generated": ${JSON.stringify(document.generated)},`, '  "years": {');
  const entries = Object.entries(document.years);
  entries.forEach(([year, { holidays, workdays }], i) => {
    lines.push(`    "${year}": {`, '      "holidays": [');
    holidays.forEach((h, j) =>
      lines.push(`        ${JSON.stringify(h).replace(/,"/g, ', "').replace(/":/g, '": ')}${j + 1 < holidays.length ? ',' : ''}`),
    );
    lines.push('      ],', `      "workdays": ${JSON.stringify(workdays).replace(/,/g, ', ')}`);
    lines.push(`    }${i + 1 < entries.length ? ',' : ''}`);
  });
  lines.push('  }', '}', '');
  return lines.join('\n');
}

const years = buildYears();
checkAgainstApi(years);
const referencePath = checkAgainstReference(years);
const source = `chinese-days@${pkg.version}`;

if (process.argv.includes('--check')) {
  const committed = JSON.parse(readFileSync(output, 'utf8'));
  if (committed.source !== source || JSON.stringify(committed.years) !== JSON.stringify(years))
    fail(`${output} is not what ${source} gives: run without --check`);
  console.log(`refresh-calendar: ${output} matches ${source}`);
} else {
  const generated = new Date().toISOString().slice(0, 10);
  writeFileSync(output, render({ source, generated, years }));
  const summary = Object.entries(years)
    .map(([y, v]) => `${y}: ${v.holidays.length} 放假, ${v.workdays.length} 调休上班`)
    .join('; ');
  console.log(`refresh-calendar: wrote ${output} from ${source} (${summary}); equals ${referencePath}`);
}
