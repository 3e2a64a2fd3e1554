'use strict';
// node query-latency.js SITE_DIR QUERIES.txt REPEAT
// Loads the built site's search data (assets/search-index.*.js, as the browser does: it sets
// window.VBE_SEARCH), lunr + lunr.sv and the theme's search-core.js, checks that the index loads
// and that the queries find pages, then times each query REPEAT times and prints one line per
// query: "QUERY<TAB>HITS<TAB>MEDIAN_MS<TAB>P99_MS". A query is what a keystroke costs in the
// header box: the search and the snippets of the 8 hits it shows. Needs NODE_PATH=<repo>/node_modules.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support.js')(lunr);
require('lunr-languages/lunr.sv.js')(lunr);

const [siteDir, queriesPath, repeatArg] = process.argv.slice(2);
const repeat = Number(repeatArg || 100);
const SHOWN = 8;   // theme/assets/site.js: the header popup's hits
const assets = path.join(siteDir, 'assets');
const file = fs.readdirSync(assets).find(f => /^search-index\..*\.js$/.test(f));
if (!file) { console.error('no assets/search-index.*.js in ' + siteDir); process.exit(1); }
const sandbox = { window: {} };
vm.runInNewContext(fs.readFileSync(path.join(assets, file), 'utf8'), sandbox);
const data = sandbox.window.VBE_SEARCH;
const core = require(path.resolve(__dirname, '../../theme/assets/search-core.js'));
const loadStart = process.hrtime.bigint();
const engine = core.load(lunr, data);
const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

const queries = fs.readFileSync(queriesPath, 'utf8').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'));
const empty = queries.filter(q => core.search(engine, q).length === 0);
if (empty.length > 0) { console.error('queries without hits (check the list or the index): ' + empty.join(', ')); process.exit(1); }

console.log('# ' + file + ': ' + Object.keys(data.docs).length + ' documents, Index.load ' + loadMs.toFixed(1) + ' ms');
for (const q of queries) {
  const answer = () => {
    const found = core.search(engine, q);
    for (const hit of found.slice(0, SHOWN)) core.snippet(engine, hit);
    return found.length;
  };
  for (let i = 0; i < 5; i++) answer();   // warm-up: JIT, as after the first keystroke
  const times = [];
  let hits = 0;
  for (let i = 0; i < repeat; i++) {
    const start = process.hrtime.bigint();
    hits = answer();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = p => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)];
  console.log(q + '\t' + hits + '\t' + at(0.5).toFixed(3) + '\t' + at(0.99).toFixed(3));
}
