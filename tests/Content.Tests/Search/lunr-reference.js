'use strict';
// The project's reference around lunr.js 2.3.9 + lunr.sv (lunr-languages 1.22.0) from npm: what the
// C# index builder, loader and query engine are checked against (see src/Content/Search and the
// lunr index spec). Run with NODE_PATH=<repo>/node_modules (NodeTools.Node does).
//
//   node lunr-reference.js build DOCS.json OUT.json [--metadata=KEY,…]  lunr's own index (title 10, tags 5, body),
//                                                 with positions unless --metadata names other keys (or none)
//   node lunr-reference.js compare A.json B.json QUERIES.txt same ordered refs, scores within 1e-3
//   node lunr-reference.js diff A.json B.json                structural differences, or "indexes are equivalent"
//   node lunr-reference.js terms < WORDS                     each token's lunr.sv term and position
//   node lunr-reference.js sample OUT.json SOURCES_DIR       a deterministic corpus from the source documents
//
// Exit codes: 0 ok, 1 a difference or failed query, 2 unusable input.
const fs = require('fs');
const path = require('path');
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support.js')(lunr);
require('lunr-languages/lunr.sv.js')(lunr);

const TOLERANCE = 1e-3;

function fail(message) {
  process.stderr.write('lunr-reference: ' + message + '\n');
  process.exit(2);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    fail(file + ': ' + e.message);
  }
}

function build([docsFile, outFile, metadata]) {
  if (!docsFile || !outFile || (metadata !== undefined && !metadata.startsWith('--metadata='))) fail('usage: build DOCS.json OUT.json [--metadata=KEY,…]');
  const whitelist = metadata === undefined ? ['position'] : metadata.slice('--metadata='.length).split(',').filter(k => k);
  const docs = readJson(docsFile);
  if (!Array.isArray(docs)) fail(docsFile + ': expected an array of documents');
  const ids = new Set();
  for (const doc of docs) {
    const id = String(doc.id);
    if (ids.has(id)) fail(docsFile + ': duplicate id ' + id);
    ids.add(id);
  }
  const index = lunr(function () {
    this.use(lunr.sv);
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('tags', { boost: 5 });
    this.field('body', { boost: 1 });
    this.metadataWhitelist = whitelist;
    for (const doc of docs) this.add(doc);
  });
  fs.writeFileSync(outFile, JSON.stringify(index));
  console.log(outFile + ': ' + docs.length + ' documents');
}

function answers(index, query) {
  try {
    return { hits: index.search(query).map(r => ({ ref: r.ref, score: r.score })) };
  } catch (e) {
    return { error: String(e && e.message !== undefined ? e.message : e) };
  }
}

function sameAnswers(a, b) {
  if (a.error || b.error) return a.error === b.error ? null : 'A: ' + (a.error || 'no error') + ', B: ' + (b.error || 'no error');
  if (a.hits.length !== b.hits.length) return a.hits.length + ' hits in A, ' + b.hits.length + ' in B';
  for (let i = 0; i < a.hits.length; i++) {
    const x = a.hits[i], y = b.hits[i];
    if (x.ref !== y.ref) return 'rank ' + (i + 1) + ': A ' + x.ref + ', B ' + y.ref;
    if (Math.abs(x.score - y.score) > TOLERANCE + 1e-9) return x.ref + ': A ' + x.score + ', B ' + y.score;
  }
  return null;
}

function compare([aFile, bFile, queriesFile]) {
  if (!aFile || !bFile || !queriesFile) fail('usage: compare A.json B.json QUERIES.txt');
  const a = lunr.Index.load(readJson(aFile)), b = lunr.Index.load(readJson(bFile));
  const queries = fs.readFileSync(queriesFile, 'utf8').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'));
  let passed = 0, failed = 0;
  for (const query of queries) {
    const problem = sameAnswers(answers(a, query), answers(b, query));
    if (problem === null) passed++;
    else { failed++; console.log('FAIL ' + JSON.stringify(query) + ': ' + problem); }
  }
  console.log(passed + ' passed, ' + failed + ' failed');
  process.exit(failed === 0 ? 0 : 1);
}

// Postings and field vectors by term, so that a renumbered _index does not count as a difference.
function shape(json) {
  const terms = new Map();
  for (const [term, posting] of json.invertedIndex) {
    const { _index, ...fields } = posting;
    terms.set(term, { index: _index, fields: JSON.stringify(fields) });
  }
  const byIndex = new Map([...terms].map(([term, t]) => [t.index, term]));
  const vectors = new Map();
  for (const [ref, elements] of json.fieldVectors) {
    const weights = [];
    for (let i = 0; i < elements.length; i += 2) weights.push(byIndex.get(elements[i]) + '=' + elements[i + 1]);
    vectors.set(ref, weights.join(' '));
  }
  return { terms, vectors };
}

function diff([aFile, bFile]) {
  if (!aFile || !bFile) fail('usage: diff A.json B.json');
  const a = readJson(aFile), b = readJson(bFile);
  const problems = [];
  for (const key of ['version', 'fields', 'pipeline']) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) problems.push(key + ': A ' + JSON.stringify(a[key]) + ', B ' + JSON.stringify(b[key]));
  }
  for (const [label, json] of [['A', a], ['B', b]]) {
    const terms = json.invertedIndex.map(entry => entry[0]);
    for (let i = 1; i < terms.length; i++) if (!(terms[i - 1] < terms[i])) { problems.push(label + ': terms out of order at ' + terms[i]); break; }
    try { lunr.Index.load(json); } catch (e) { problems.push(label + ': lunr.Index.load fails: ' + e.message); }
  }
  const sa = shape(a), sb = shape(b);
  for (const [term, t] of sa.terms) {
    if (!sb.terms.has(term)) problems.push('term only in A: ' + term);
    else if (sb.terms.get(term).fields !== t.fields) problems.push('postings of ' + term + ' differ');
  }
  for (const term of sb.terms.keys()) if (!sa.terms.has(term)) problems.push('term only in B: ' + term);
  const refsA = [...sa.vectors.keys()], refsB = [...sb.vectors.keys()];
  if (refsA.join('\n') !== refsB.join('\n')) problems.push('field vectors are not the same refs in the same order');
  for (const [ref, weights] of sa.vectors) if (sb.vectors.has(ref) && sb.vectors.get(ref) !== weights) problems.push('field vector ' + ref + ' differs');
  for (const problem of problems.slice(0, 40)) console.log(problem);
  console.log(problems.length === 0 ? 'indexes are equivalent' : problems.length + ' differences');
  process.exit(problems.length === 0 ? 0 : 1);
}

function terms(args) {
  const text = args.length > 0 ? args.join(' ') : fs.readFileSync(0, 'utf8');
  const pipeline = new lunr.Pipeline();
  pipeline.add(lunr.sv.trimmer, lunr.sv.stopWordFilter, lunr.sv.stemmer);
  for (const token of pipeline.run(lunr.tokenizer(text))) {
    console.log(JSON.stringify(token.toString()) + '\t' + JSON.stringify(token.metadata.position));
  }
}

// Three sentences a document, 40 documents a source file; a few numeric ids (lunr orders refs as
// strings) and every fifth document's tags as an array (lunr makes one token per element).
function sample([outFile, sourcesDir]) {
  if (!outFile || !sourcesDir) fail('usage: sample OUT.json SOURCES_DIR');
  const keywords = ['samordnare', 'orosanmälan', 'avhoppare', 'sekretess', 'handlingsplan', 'symbol', 'vit makt',
    'autonoma', 'islamistisk', 'utbildning', 'socialtjänst', 'polis', 'samverkan', 'skola', 'föreningsbidrag',
    'lägesbild', 'radikalisering', 'Säkerhetspolisen', 'riktlinjer', 'uppföljning'];
  const files = fs.readdirSync(sourcesDir).filter(f => /^\d{3}_.*\.txt$/.test(f)).sort();
  if (files.length === 0) fail('no source documents (NNN_*.txt) in ' + sourcesDir);
  const docs = [];
  for (const file of files) {
    const flat = fs.readFileSync(path.join(sourcesDir, file), 'utf8')
      .replace(/<[^>]+>/g, ' ').replace(/\*\*|__|#{1,6} /g, ' ').replace(/\.{3,}/g, ' ').replace(/\s+/g, ' ');
    const sentences = flat.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9"»–-])/).map(s => s.trim()).filter(s => s.length >= 20);
    for (let i = 0, k = 0; i + 3 <= sentences.length && k < 40; i += 3, k++) {
      const n = docs.length + 1;
      const body = sentences.slice(i, i + 3).join(' ');
      const lower = body.toLowerCase();
      const tags = keywords.filter(w => lower.includes(w.toLowerCase().slice(0, Math.max(5, w.length - 2))));
      const doc = {
        id: n % 17 === 0 ? String(n) : file.slice(0, 3) + '-' + String(k + 1).padStart(2, '0'),
        title: sentences[i].split(/\s+/).slice(0, 7).join(' ').replace(/[,;:]$/, ''),
        body: body,
      };
      if (tags.length) doc.tags = n % 5 === 0 ? tags : tags.join(' ');
      docs.push(doc);
    }
  }
  fs.writeFileSync(outFile, JSON.stringify(docs, null, 1) + '\n');
  console.log(outFile + ': ' + docs.length + ' documents from ' + files.length + ' source documents');
}

const commands = { build, compare, diff, terms, sample };
const [name, ...rest] = process.argv.slice(2);
if (!commands[name]) fail('usage: node lunr-reference.js build|compare|diff|terms|sample …');
commands[name](rest);
