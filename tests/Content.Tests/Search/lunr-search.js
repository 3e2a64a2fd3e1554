'use strict';
// Runs lunr.js 2.3.9 + lunr.sv searches for the C# query-engine conformance tests.
//   NODE_PATH=<repo>/node_modules node lunr-search.js INDEX.json QUERIES.txt
// QUERIES.txt: one query per line (blank lines and # lines skipped). Prints a JSON array with, per
// query, {q, results: [{ref, score, matchData}]} or {q, error: "<name>: <message>"}.
const fs = require('fs');
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support.js')(lunr);
require('lunr-languages/lunr.sv.js')(lunr);

const [indexFile, queriesFile] = process.argv.slice(2);
if (!indexFile || !queriesFile) {
  process.stderr.write('usage: node lunr-search.js INDEX.json QUERIES.txt\n');
  process.exit(2);
}
const idx = lunr.Index.load(JSON.parse(fs.readFileSync(indexFile, 'utf8')));
const queries = fs.readFileSync(queriesFile, 'utf8').split(/\r?\n/).filter(l => l.trim() !== '' && !/^\s*#/.test(l));
const out = queries.map(q => {
  try {
    return { q, results: idx.search(q).map(r => ({ ref: r.ref, score: r.score, matchData: r.matchData.metadata })) };
  } catch (e) {
    return { q, error: (e && e.name ? e.name + ': ' : '') + (e && e.message !== undefined ? e.message : String(e)) };
  }
});
process.stdout.write(JSON.stringify(out));
