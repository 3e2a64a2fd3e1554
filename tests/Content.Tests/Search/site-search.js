'use strict';
// Runs the browser's search (theme/assets/search-core.js on lunr.js + lunr.sv) for the parity test
// with the C# SiteSearch.
//   NODE_PATH=<repo>/node_modules node site-search.js SEARCH.json QUERIES.txt SEARCH_CORE.js
// SEARCH.json: {index, docs, synonyms} as the generator writes it. Prints a JSON array with, per
// query, {q, query, results: [{ref, score, snippet}], groups: {staff|editors|all: [[page ref, exact, hit refs…]]}}.
const fs = require('fs');
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support.js')(lunr);
require('lunr-languages/lunr.sv.js')(lunr);

const [dataFile, queriesFile, coreFile] = process.argv.slice(2);
const core = require(coreFile);
const data = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
const engine = core.load(lunr, data);
const queries = fs.readFileSync(queriesFile, 'utf8').split('\n').filter(l => l.length > 0);
process.stdout.write(JSON.stringify(queries.map(q => ({
  q,
  query: core.buildQuery(q, engine.synonyms, engine.termOf, engine.knows),
  results: core.search(engine, q).map(r => ({ ref: r.ref, score: r.score, snippet: core.snippet(engine, r) })),
  groups: Object.fromEntries(['staff', 'editors', 'all'].map(a => [a, core.group(engine, core.search(engine, q), q, a)
    .map(g => [g.page.ref, g.exact].concat((g.pageHit ? [g.pageHit] : []).concat(g.sections).map(h => h.ref)))])),
}))));
