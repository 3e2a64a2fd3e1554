'use strict';
// Builds lunr.js 2.3.9 + lunr.sv's own index of DOCS.json with the reference fields (title 10,
// tags 5, body) and the given metadata whitelist, for the C# conformance tests of configurations
// the oracle does not offer (it always whitelists 'position').
//   NODE_PATH=<repo>/node_modules node lunr-build.js DOCS.json OUT.json [KEY,KEY…]
const fs = require('fs');
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support.js')(lunr);
require('lunr-languages/lunr.sv.js')(lunr);

const [docsFile, outFile, whitelist] = process.argv.slice(2);
if (!docsFile || !outFile) {
  process.stderr.write('usage: node lunr-build.js DOCS.json OUT.json [KEY,KEY…]\n');
  process.exit(2);
}
const docs = JSON.parse(fs.readFileSync(docsFile, 'utf8'));
const index = lunr(function () {
  this.use(lunr.sv);
  this.ref('id');
  this.field('title', { boost: 10 });
  this.field('tags', { boost: 5 });
  this.field('body', { boost: 1 });
  this.metadataWhitelist = whitelist ? whitelist.split(',') : [];
  for (const doc of docs) this.add(doc);
});
fs.writeFileSync(outFile, JSON.stringify(index));
