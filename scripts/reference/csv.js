'use strict';
// CSV writing shared by the build scripts: RFC 4180 quoting, LF line ends, UTF-8, so that a
// rebuild from the same package gives the same bytes.
const fs = require('fs');
const path = require('path');

function field(value) {
  const s = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function writeCsv(file, header, rows) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const lines = [header, ...rows].map((r) => r.map(field).join(','));
  fs.writeFileSync(file, lines.join('\n') + '\n', 'utf8');
  console.log(`${file}: ${rows.length} rows`);
}

// Compares codes as the pipeline does (plain string order), whatever the locale.
function byCode(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Reads a CSV written by writeCsv into objects keyed by the header's names.
function readCsv(file) {
  const records = [];
  let record = [];
  let value = '';
  let quoted = false;
  const text = fs.readFileSync(file, 'utf8');
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { value += '"'; i++; }
      else if (ch === '"') quoted = false;
      else value += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { record.push(value); value = ''; }
    else if (ch === '\n') { record.push(value); records.push(record); record = []; value = ''; }
    else value += ch;
  }
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

module.exports = { writeCsv, readCsv, byCode };
