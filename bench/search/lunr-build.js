'use strict';
// node lunr-build.js DOCS.json OUT.json RUNS
// lunr.js 2.3.9 with lunr.sv builds the index of DOCS.json RUNS times in this process, with the
// oracle's configuration (fields title 10, tags 5, body 1; metadataWhitelist ['position']), prints
// "run SECONDS CPU_SECONDS" per build (CPU: user + system of the process, GC threads included, as
// vbe-bench index prints it) and writes the last index to OUT.json for the byte-for-byte check.
// Needs NODE_PATH=<repo>/node_modules (npm ci at the repo root).
const fs = require('fs');
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support.js')(lunr);
require('lunr-languages/lunr.sv.js')(lunr);

const [docsPath, outPath, runsArg] = process.argv.slice(2);
if (!docsPath || !outPath) { console.error('usage: node lunr-build.js DOCS.json OUT.json RUNS'); process.exit(2); }
const docs = JSON.parse(fs.readFileSync(docsPath, 'utf8'));
const runs = Number(runsArg || 3);

function build() {
  return lunr(function () {
    this.use(lunr.sv);
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('tags', { boost: 5 });
    this.field('body', { boost: 1 });
    this.metadataWhitelist = ['position'];
    for (const doc of docs) this.add(doc);
  });
}

let index;
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  index = build();
  const used = process.cpuUsage(cpu);
  console.log('run ' + (Number(process.hrtime.bigint() - start) / 1e9).toFixed(4) + ' ' + ((used.user + used.system) / 1e6).toFixed(4));
}
fs.writeFileSync(outPath, JSON.stringify(index));
