'use strict';
// Writes naf2025.csv (code NN.NNL, label, section) and naf2_naf2025.csv (naf_rev2, naf_2025: one
// row per pair of the correspondence) from the transcription of INSEE's correspondence table,
// which has one row per (rév. 2 sous-classe, NAF 2025 sous-classe) pair with columns code_2008,
// code_2025, libelle_2025, type_correspondance and type_officiel ("Unique" when the rév. 2 code
// has one image). Every NAF 2025 sous-classe is the image of at least one rév. 2 one, so the
// distinct code_2025 values are the whole NAF 2025 list. The build fails on anything that breaks
// the rules the pipeline relies on (see SOURCES.md).
// Usage: node build-naf2025.js SOURCE_CSV NAF2025_OUT CORRESPONDENCE_OUT
const { writeCsv, readCsv, byCode } = require('./csv');

const [sourceCsv, codesOut, pairsOut] = process.argv.slice(2);
if (!sourceCsv || !codesOut || !pairsOut) {
  console.error('usage: node build-naf2025.js SOURCE_CSV NAF2025_OUT CORRESPONDENCE_OUT');
  process.exit(2);
}

// NACE Rev. 2.1 sections (NAF 2025): section -> first and last division. Divisions 05-39 are
// still sections B-E; trade lost division 45 (vehicle repair went to 95), and the letters after E
// moved (J split into J publishing/broadcasting and K telecom/IT, ...).
const SECTIONS = [
  ['A', 1, 3], ['B', 5, 9], ['C', 10, 33], ['D', 35, 35], ['E', 36, 39], ['F', 41, 43],
  ['G', 46, 47], ['H', 49, 53], ['I', 55, 56], ['J', 58, 60], ['K', 61, 63], ['L', 64, 66],
  ['M', 68, 68], ['N', 69, 75], ['O', 77, 82], ['P', 84, 84], ['Q', 85, 85], ['R', 86, 88],
  ['S', 90, 93], ['T', 94, 96], ['U', 97, 98], ['V', 99, 99],
];
// The final letter tells the nomenclatures apart (shared/spec/survey-return-format.md).
const REV2 = /^\d\d\.\d\d[ZA-F]$/;
const NAF2025 = /^\d\d\.\d\d[YGHJKL]$/;

function fail(message) {
  console.error(`build-naf2025: ${message}`);
  process.exit(1);
}

function section(code) {
  const division = Number(code.slice(0, 2));
  const hit = SECTIONS.find(([, first, last]) => division >= first && division <= last);
  if (!hit) fail(`division ${division} of ${code} is in no section`);
  return hit[0];
}

const rows = readCsv(sourceCsv).map((r) => {
  const clean = {};
  for (const [k, v] of Object.entries(r)) clean[k.trim()] = (v || '').replace(/\r$/, '').trim();
  return clean;
});
const labels = new Map();
const pairs = new Map();
const images = new Map();
for (const r of rows) {
  const from = r.code_2008;
  const to = r.code_2025;
  if (!REV2.test(from)) fail(`rév. 2 code '${from}' does not end in Z or A-F`);
  if (!NAF2025.test(to)) fail(`NAF 2025 code '${to}' does not end in Y, G, H, J, K or L`);
  if (!labels.has(to)) labels.set(to, r.libelle_2025);
  pairs.set(`${from}>${to}`, [from, to]);
  images.set(from, (images.get(from) || new Set()).add(to));
}
for (const r of rows) {
  const unique = images.get(r.code_2008).size === 1;
  if (r.type_officiel && (r.type_officiel === 'Unique') !== unique) {
    fail(`${r.code_2008}: type_officiel ${r.type_officiel} but ${images.get(r.code_2008).size} image(s)`);
  }
}

writeCsv(
  codesOut,
  ['code', 'label', 'section'],
  [...labels.entries()].map(([c, l]) => [c, l, section(c)]).sort((a, b) => byCode(a[0], b[0])));
writeCsv(
  pairsOut,
  ['naf_rev2', 'naf_2025'],
  [...pairs.values()].sort((a, b) => byCode(a[0], b[0]) || byCode(a[1], b[1])));

// The rows SOURCES.md records as checked by hand: the images of today's excluded classes.
for (const c of ['38.11Z', '38.12Z', '10.13B', '10.71B', '10.71C', '10.71D']) {
  console.log(`${c} -> ${[...(images.get(c) || [])].sort().join(', ')}`);
}
console.log(`rév. 2 codes: ${images.size}, with a unique image: `
  + `${[...images.values()].filter((s) => s.size === 1).length}`);
