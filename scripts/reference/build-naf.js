'use strict';
// Writes naf2.csv (code NN.NNL, label, section) from @socialgouv/codes-naf's index.json, which
// lists every level of NAF rév. 2 (division, group, class, sub-class) with ids and labels only.
// The section letter is not in the package: it is derived from the division with the section
// ranges of the NAF rév. 2 structure (INSEE), the table below.
// Usage: node build-naf.js INDEX_JSON OUT_FILE
const path = require('path');
const { writeCsv, byCode } = require('./csv');

const [indexJson, outFile] = process.argv.slice(2);
if (!indexJson || !outFile) {
  console.error('usage: node build-naf.js INDEX_JSON OUT_FILE');
  process.exit(2);
}

// Section -> first and last division (NAF rév. 2 / NACE Rev. 2).
const SECTIONS = [
  ['A', 1, 3], ['B', 5, 9], ['C', 10, 33], ['D', 35, 35], ['E', 36, 39], ['F', 41, 43],
  ['G', 45, 47], ['H', 49, 53], ['I', 55, 56], ['J', 58, 63], ['K', 64, 66], ['L', 68, 68],
  ['M', 69, 75], ['N', 77, 82], ['O', 84, 84], ['P', 85, 85], ['Q', 86, 88], ['R', 90, 93],
  ['S', 94, 96], ['T', 97, 98], ['U', 99, 99],
];
function section(code) {
  const division = Number(code.slice(0, 2));
  const hit = SECTIONS.find(([, first, last]) => division >= first && division <= last);
  if (!hit) {
    console.error(`build-naf: division ${division} of ${code} is in no section`);
    process.exit(1);
  }
  return hit[0];
}

const entries = require(path.resolve(indexJson));
const subClasses = entries.filter((e) => /^\d\d\.\d\d[A-Z]$/.test(e.id));
writeCsv(
  outFile,
  ['code', 'label', 'section'],
  subClasses.map((e) => [e.id, e.label.trim(), section(e.id)]).sort((a, b) => byCode(a[0], b[0])));
