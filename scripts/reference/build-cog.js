'use strict';
// Writes the COG resources from the data folder of @etalab/decoupage-administratif:
//   regions.csv, departements.csv  (régions, départements and collectivités d'outre-mer with names)
//   communes.csv                   (current communes with names)
//   commune_resolution.csv         (every code an input may carry -> the current commune, its
//                                   département, région and EPCI)
//   epci.csv                       (EPCI: SIREN, name, legal form)
// Usage: node build-cog.js DATA_DIR OUT_DIR
const path = require('path');
const { writeCsv, byCode } = require('./csv');

const [dataDir, outDir] = process.argv.slice(2);
if (!dataDir || !outDir) {
  console.error('usage: node build-cog.js DATA_DIR OUT_DIR');
  process.exit(2);
}
const read = (name) => require(path.resolve(dataDir, name));
const communes = read('communes.json');
const departements = read('departements.json');
const regions = read('regions.json');
const epcis = read('epci.json');

function fail(message) {
  console.error('build-cog: ' + message);
  process.exit(1);
}

// Current communes by code: the targets of every resolution. The 584 codes that are also a
// commune déléguée are kept here under their current-commune entry (key is type + code).
const current = new Map();
for (const c of communes.filter((c) => c.type === 'commune-actuelle')) {
  if (current.has(c.code)) fail(`current commune ${c.code} listed twice`);
  current.set(c.code, c);
}
const departementCodes = new Set(departements.map((d) => d.code));

// The EPCI of each current commune (the package's epci.json lists each EPCI's member communes).
// A commune is in at most one EPCI; a few are in none (island communes, the collectivités
// d'outre-mer): their events go under ZZ at the EPCI level.
const epciOf = new Map();
for (const e of epcis) {
  if (!/^[0-9]{9}$/.test(e.code)) fail(`EPCI code ${e.code} is not a 9-digit SIREN`);
  for (const m of e.membres) {
    if (!current.has(m.code)) fail(`EPCI ${e.code} lists ${m.code}, which is no current commune`);
    if (epciOf.has(m.code)) fail(`commune ${m.code} is in EPCI ${epciOf.get(m.code)} and ${e.code}`);
    epciOf.set(m.code, e.code);
  }
}

// Resolution, by decreasing priority: the first kind that claims a code keeps it.
const resolution = new Map();
function claim(code, kind, target) {
  const commune = current.get(target);
  if (!commune) fail(`${kind} ${code} points to ${target}, which is no current commune`);
  if (!departementCodes.has(commune.departement)) {
    fail(`commune ${target} is in unknown département ${commune.departement}`);
  }
  if (!resolution.has(code)) {
    resolution.set(code, [code, kind, target, commune.departement, commune.region, epciOf.get(target) || '']);
  }
}
for (const c of current.values()) claim(c.code, 'commune', c.code);
for (const c of communes.filter((c) => c.type === 'arrondissement-municipal')) {
  claim(c.code, 'arrondissement', c.commune);
}
for (const c of communes.filter((c) => c.type === 'commune-deleguee')) {
  claim(c.code, 'deleguee', c.chefLieu);
}
for (const c of communes.filter((c) => c.type === 'commune-associee')) {
  claim(c.code, 'associee', c.chefLieu);
}
// A former code absorbed by several current communes (a split) goes to the lowest current code:
// arbitrary but stable from one COG to the next, unlike populations.
const formerTargets = new Map();
for (const c of current.values()) {
  for (const former of c.anciensCodes || []) {
    const targets = formerTargets.get(former) || [];
    targets.push(c.code);
    formerTargets.set(former, targets);
  }
}
let split = 0;
for (const [former, targets] of formerTargets) {
  if (targets.length > 1) split++;
  claim(former, 'ancien', targets.sort(byCode)[0]);
}

const zone = (z) => z || '';
writeCsv(
  path.join(outDir, 'regions.csv'),
  ['region_code', 'region_name', 'zone'],
  regions.map((r) => [r.code, r.nom, zone(r.zone)]).sort((a, b) => byCode(a[0], b[0])));
writeCsv(
  path.join(outDir, 'departements.csv'),
  ['department_code', 'department_name', 'region_code', 'zone'],
  departements.map((d) => [d.code, d.nom, d.region, zone(d.zone)]).sort((a, b) => byCode(a[0], b[0])));
writeCsv(
  path.join(outDir, 'communes.csv'),
  ['commune_code', 'commune_name'],
  [...current.values()].map((c) => [c.code, c.nom]).sort((a, b) => byCode(a[0], b[0])));
writeCsv(
  path.join(outDir, 'commune_resolution.csv'),
  ['code', 'kind', 'commune_code', 'department_code', 'region_code', 'epci_code'],
  [...resolution.values()].sort((a, b) => byCode(a[0], b[0])));
writeCsv(
  path.join(outDir, 'epci.csv'),
  ['epci_code', 'epci_name', 'epci_type'],
  epcis.map((e) => [e.code, e.nom, e.type]).sort((a, b) => byCode(a[0], b[0])));
console.log(`former codes shared by several current communes: ${split}`);
console.log(`current communes outside every EPCI: ${[...current.keys()].filter((c) => !epciOf.has(c)).length}`);
