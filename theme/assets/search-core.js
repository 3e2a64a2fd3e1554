// The search logic shared by the browser (site.js) and the tests (Node): how typed text becomes a
// lunr query, how the hits are re-ranked by proximity and how a hit's snippet is cut and highlighted.
// It mirrors, line for line, src/Content/Search/Site/UserQuery.cs, Proximity.cs and Snippet.cs, so the
// site and the API answer alike.
(function (root) {
  "use strict";
  var SEPARATOR = /[\s\-]+/;   // lunr.tokenizer.separator (lunr-index.md §3)

  // Mirrors UserQuery.cs: see there for why each word gives the clauses it gives.
  var EXACT = 100, PREFIX = 20, EDIT = 10, SYNONYM = 50, STOP_WORD = 1;
  var QUOTES = "\"\u201C\u201D\u201E\u00AB\u00BB";
  function pipe(lunr, step, w) { var t = step(new lunr.Token(w, {})); return t ? t.toString() : null; }

  // Lowercased words split where lunr splits, without quotes and '*', trimmed as trimmer-sv trims: [{text, quoted}].
  function words(lunr, input) {
    var out = [], current = "", inQuotes = false, startedInQuotes = false;
    function end() {
      var w = pipe(lunr, lunr.sv.trimmer, current);
      if (w) out.push({ text: w, quoted: startedInQuotes });
      current = "";
    }
    var text = String(input || "").toLowerCase();
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (/[\s\-]/.test(c)) end();
      else if (QUOTES.indexOf(c) >= 0) inQuotes = !inQuotes;
      else if (c !== "*") {
        if (current.length === 0) startedInQuotes = inQuotes;
        current += c;
      }
    }
    end();
    return out;
  }
  function escape(word) { return word.replace(/[\\:^~+]/g, "\\$&"); }
  function isStopWord(lunr, w) { return !pipe(lunr, lunr.sv.stopWordFilter, w); }
  // What a word is compared by for synonyms: without diacritics, then stemmed (stemmer-sv).
  var FOLD = { "å": "a", "ä": "a", "á": "a", "à": "a", "â": "a", "ö": "o", "ó": "o", "ò": "o", "ô": "o", "ø": "o", "é": "e", "è": "e", "ê": "e", "ë": "e", "ü": "u", "ú": "u" };
  function key(lunr, w) { return pipe(lunr, lunr.sv.stemmer, w.replace(/[åäáàâöóòôøéèêëüú]/g, function (c) { return FOLD[c]; })); }
  function standsIn(whole, part) {
    if (part.length === 0) return false;
    for (var i = 0; i + part.length <= whole.length; i++)
      if (part.every(function (p, j) { return whole[i + j] === p; })) return true;
    return false;
  }

  // A compound the index does not know, split against the index's own terms: the longest first part (3+
  // letters) the index has, an optional linking -s- or -e-, and a last part (3+) it has. Mirrors
  // UserQuery.CompoundParts. termOf: a word's index term (null for a stop word); knows: is it indexed.
  function compoundParts(word, termOf, knows) {
    if (!knows || word.length < 6) return [];
    var whole = termOf(word);
    if (whole === null || knows(whole)) return [];
    function has(part) { var t = termOf(part); return t !== null && t.length > 0 && knows(t); }
    for (var i = word.length - 3; i >= 3; i--) {
      var links = ["", "s", "e"];
      for (var k = 0; k < links.length; k++) {
        var rest = i + links[k].length;
        if (word.length - rest < 3 || word.substr(i, links[k].length) !== links[k]) continue;
        if (has(word.slice(0, i)) && has(word.slice(rest))) return [word.slice(0, i), word.slice(rest)];
      }
    }
    return [];
  }

  function buildQuery(engine, input) {
    var lunr = engine.lunr, ws = words(lunr, input), clauses = [], exact = {};
    function add(c) { if (clauses.indexOf(c) < 0) clauses.push(c); }
    ws.forEach(function (w) {
      var e = escape(w.text);
      if (isStopWord(lunr, w.text)) { add(e + "^" + STOP_WORD); return; }
      exact[w.text] = true;
      if (w.quoted) { add("+" + e + "^" + EXACT); return; }
      add(e + "^" + EXACT);
      if (w.text.length >= 2) add(e + "*^" + PREFIX);
      if (w.text.length >= 5) add(e + "~1^" + EDIT);
      compoundParts(w.text, engine.termOf, engine.knows).forEach(function (p) { add(escape(p) + "^" + PREFIX); });
    });
    var keys = ws.map(function (w) { return key(lunr, w.text); });
    function keysOf(m) { return words(lunr, m).map(function (w) { return key(lunr, w.text); }); }
    engine.synonyms.forEach(function (group) {
      if (!group.some(function (m) { return standsIn(keys, keysOf(m)); })) return;
      group.forEach(function (m) {
        words(lunr, m).forEach(function (w) { if (!isStopWord(lunr, w.text) && !exact.hasOwnProperty(w.text)) add(escape(w.text) + "^" + SYNONYM); });
      });
    });
    return clauses.join(" ");
  }

  // The site's index stores no positions (Snippet.cs says why): the words to mark are the tokens of
  // the text whose index term, by lunr.sv's build pipeline, is one of the terms that matched in the
  // body. lunr.tokenizer gives them the very positions lunr would have stored.
  function highlights(engine, body, matchData) {
    var meta = (matchData && matchData.metadata) || {};
    var terms = {}, any = false;
    Object.keys(meta).forEach(function (term) { if (meta[term].body) { terms[term] = true; any = true; } });
    var spans = [];
    if (!any) return spans;
    engine.lunr.tokenizer(body).forEach(function (token) {
      var term = engine.termOf(token.toString());
      if (term !== null && terms.hasOwnProperty(term)) spans.push(token.metadata.position);
    });
    return spans;
  }

  // A token's index term (trimmer-sv, stopWordFilter-sv, stemmer-sv), or null for a stop word; cached.
  function termFinder(lunr) {
    var cache = new Map(), steps = [lunr.sv.trimmer, lunr.sv.stopWordFilter, lunr.sv.stemmer];
    return function (raw) {
      if (cache.has(raw)) return cache.get(raw);
      var token = new lunr.Token(raw, {});
      for (var i = 0; token && i < steps.length; i++) token = steps[i](token, i, [token]);
      var term = token ? token.toString() : null;
      cache.set(raw, term);
      return term;
    };
  }

  function knowsTerm(indexJson) {
    var terms = new Set(indexJson.invertedIndex.map(function (e) { return e[0]; }));
    return function (term) { return terms.has(term); };
  }

  var SIZE = 160, LEAD = 60;
  // No word of the body matched (the title or tags did): the hit's summary (doc.m, [start, end] in doc.b),
  // or for a section without prose its page's, rather than the first words of the text (a run of list items).
  function snippet(engine, hit) {
    var body = hit.doc.b, spans = highlights(engine, body, hit.matchData);
    if (spans.length === 0) {
      if (hit.doc.m) return summary(body, hit.doc.m);
      var page = pageOf(engine, hit.doc);
      if (page && page.doc.m) return summary(page.doc.b, page.doc.m);
    }
    var start = 0;
    if (spans.length > 0) {
      start = Math.max(0, spans[0][0] - LEAD);
      if (start > 0) { var space = body.indexOf(" ", start); if (space >= 0 && space < spans[0][0]) start = space + 1; }
    }
    var end = Math.min(body.length, start + SIZE);
    if (end < body.length) { var back = body.lastIndexOf(" ", end); if (back > start) end = back; }
    var html = "", at = start;
    spans.forEach(function (p) {
      var w = word(engine, body, p), s = w[0], e = w[1];
      if (s < at || e > end || s === e) return;
      html += esc(body.slice(at, s)) + "<mark>" + esc(body.slice(s, e)) + "</mark>";
      at = e;
    });
    html += esc(body.slice(at, end));
    return (start > 0 ? "…" : "") + html + (end < body.length ? "…" : "");
  }
  // A highlight covers the token's word without the punctuation lunr.sv's trimmer takes off ("polis," → "polis").
  function word(engine, body, p) {
    var raw = body.slice(p[0], p[0] + p[1]), trimmed = engine.lunr.sv.trimmer(new engine.lunr.Token(raw, {})).toString();
    var s = p[0] + raw.indexOf(trimmed);
    return trimmed.length === 0 ? [p[0], p[0]] : [s, s + trimmed.length];
  }
  function summary(text, m) {
    var end = Math.min(m[1], m[0] + SIZE);
    if (end < m[1]) { var back = text.lastIndexOf(" ", end); if (back > m[0]) end = back; }
    return esc(text.slice(m[0], end)) + (end < m[1] ? "…" : "");
  }
  function esc(s) { return s.replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c]; }); }

  // The search data as the generator writes it ({index, docs: {ref: {t, s, u, y, k, b}}, synonyms}),
  // loaded with lunr and lunr.sv.
  function load(lunr, data) {
    var pages = {};   // page url → {ref, doc} of the page's own document
    Object.keys(data.docs).forEach(function (ref) { var d = data.docs[ref]; if (d.s === undefined) pages[d.u] = { ref: ref, doc: d }; });
    return { lunr: lunr, index: lunr.Index.load(data.index), docs: data.docs, pages: pages, synonyms: data.synonyms || [], termOf: termFinder(lunr), knows: knowsTerm(data.index) };
  }

  // --- Proximity: mirrors src/Content/Search/Site/Proximity.cs (see there for why) ------------
  var DEPTH = 50, PHRASE_BONUS = 1, NEAR_BONUS = 0.5, TITLE_BONUS = 0.5, NEAR_SLACK = 2;
  function queryTerms(engine, input) {
    var terms = [];
    words(engine.lunr, input).forEach(function (w) { var t = engine.termOf(w.text); if (t && terms.indexOf(t) < 0) terms.push(t); });
    return terms;
  }
  // A text's index terms in order, without stop words and what the trimmer empties; cached per text.
  function termsOf(engine, text) {
    var cache = engine.textTerms || (engine.textTerms = new Map()), out = cache.get(text);
    if (out) return out;
    out = [];
    engine.lunr.tokenizer(text).forEach(function (token) { var t = engine.termOf(token.toString()); if (t) out.push(t); });
    cache.set(text, out);
    return out;
  }
  function hasPhrase(terms, text) {
    for (var i = 0; i + terms.length <= text.length; i++) {
      var j = 0;
      while (j < terms.length && text[i + j] === terms[j]) j++;
      if (j === terms.length) return true;
    }
    return false;
  }
  // The fewest consecutive words of text that hold all terms; Infinity if none.
  function span(terms, text) {
    var last = terms.map(function () { return -1; }), best = Infinity;
    for (var i = 0; i < text.length; i++) {
      var k = terms.indexOf(text[i]);
      if (k < 0) continue;
      last[k] = i;
      var first = Math.min.apply(null, last);
      if (first >= 0) best = Math.min(best, i - first + 1);
    }
    return best;
  }
  // title: the page's title, also for a section's hit; heading: the hit's title field (the section's heading or the page's title).
  function factor(engine, terms, title, heading, body) {
    var inTitle = termsOf(engine, title);
    var shared = terms.filter(function (t) { return inTitle.indexOf(t) >= 0; }).length;
    var proximity = 0;
    if (terms.length >= 2) {
      var texts = [termsOf(engine, heading), termsOf(engine, body)];
      var near = Math.min(span(terms, texts[0]), span(terms, texts[1])) <= terms.length + NEAR_SLACK;
      proximity = hasPhrase(terms, texts[0]) || hasPhrase(terms, texts[1]) ? PHRASE_BONUS : near ? NEAR_BONUS : 0;
    }
    return 1 + proximity + TITLE_BONUS * shared / terms.length;
  }
  function rerank(engine, input, hits) {
    var terms = queryTerms(engine, input);
    if (terms.length === 0) return hits;
    hits.slice(0, DEPTH).forEach(function (h) { h.score = h.score * factor(engine, terms, h.doc.t, h.doc.s !== undefined ? h.doc.s : h.doc.t, h.doc.b); });
    return hits.map(function (h, i) { return { h: h, i: i }; })
      .sort(function (a, b) { return (b.h.score - a.h.score) || (a.i - b.i); })
      .map(function (x) { return x.h; });
  }

  // Hits {ref, score, doc, matchData}, re-ranked by proximity; snippet(engine, hit) cuts a hit's snippet, only for hits shown.
  function search(engine, input, type) {
    var q = buildQuery(engine, input);
    if (!q) return [];
    var hits = engine.index.search(q)
      .map(function (r) { return { ref: r.ref, score: r.score, doc: engine.docs[r.ref], matchData: r.matchData }; });
    return rerank(engine, input, hits)
      .filter(function (r) { return !type || r.doc.k === type; });
  }

  // --- After scoring: one result per page, the audience, exact names first ----------------------
  // Mirrors src/Content/Search/Site/ResultGrouping.cs and SearchAudience.cs line for line.
  var EDITOR_WORDS = ["publicer", "redaktör", "redaktor", "markdown", "frontmatter"];
  function normalWords(input) { return String(input || "").toLowerCase().split(SEPARATOR).filter(function (w) { return w.length > 0; }); }
  function normalize(text) { return normalWords(text).join(" "); }
  function aboutPublishing(input) {
    var ws = normalWords(input);
    if (ws.some(function (w) { return EDITOR_WORDS.some(function (e) { return w.indexOf(e) === 0; }); })) return true;
    return (" " + ws.join(" ") + " ").indexOf(" front matter ") >= 0;
  }
  function pageOf(engine, doc) { return engine.pages[doc.u.split("#")[0]]; }

  // Groups hits (from search) per page: [{page: {ref, doc}, pageHit, sections: [hits], score, exact}], best
  // first. audience: "staff" (default: pages for editors only for a query about publishing), "editors", "all".
  function group(engine, hits, input, audience) {
    audience = audience || "staff";
    var editorsWanted = audience === "all" || (audience === "staff" && aboutPublishing(input));
    var order = [], byPage = {};
    hits.forEach(function (hit) {
      var page = pageOf(engine, hit.doc), forEditors = page.doc.e === 1;
      if (audience === "editors" ? !forEditors : forEditors && !editorsWanted) return;
      var g = byPage[page.ref];
      if (!g) { g = byPage[page.ref] = { page: page, pageHit: null, sections: [], score: hit.score, exact: false }; order.push(g); }
      if (hit.doc.s === undefined) g.pageHit = hit; else g.sections.push(hit);
      g.score = Math.max(g.score, hit.score);
    });
    var query = normalize(input);
    order.forEach(function (g, i) { g.index = i; g.exact = query.length > 0 && (g.page.doc.n || []).indexOf(query) >= 0; });
    return order.slice().sort(function (a, b) {
      return (b.exact - a.exact) || (b.score - a.score) || (a.index - b.index);
    });
  }

  // --- No hits: "Menade du …?" from the index's own terms --------------------------------------
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev = [], cur = [], i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i]; var low = i;
      for (j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (cur[j] < low) low = cur[j];
      }
      if (low > max) return max + 1;
      prev = cur;
    }
    return prev[b.length];
  }
  // The words of the indexed text (titles, headings, text), each with how often it occurs; built on
  // the first search that finds nothing.
  function vocabulary(engine) {
    if (engine.words) return engine.words;
    var counts = new Map();
    Object.keys(engine.docs).forEach(function (ref) {
      var d = engine.docs[ref];
      [d.t, d.s || "", d.b].join(" ").toLowerCase().split(/[^\p{L}\p{N}]+/u).forEach(function (w) {
        if (w.length >= 3 && !/^\d+$/.test(w)) counts.set(w, (counts.get(w) || 0) + 1);
      });
    });
    var words = [];
    counts.forEach(function (n, w) { if (engine.termOf(w) !== null) words.push({ w: w, n: n }); });
    return (engine.words = words);
  }
  // Up to three queries near what was typed, each of which finds a page a staff search shows (group):
  // every word whose index term the index lacks is replaced by the nearest words of the indexed text
  // (edit distance 1, or 2 from five letters), the closest and most used first.
  function suggest(engine, input) {
    var ws = normalWords(input).map(function (w) { return w.replace(/\*/g, ""); }).filter(function (w) { return w.length > 0; });
    var inverted = engine.index.invertedIndex, words = null;
    var options = ws.map(function (w) {
      var term = engine.termOf(w);
      if (term === null || Object.prototype.hasOwnProperty.call(inverted, term)) return [w];
      var max = w.length >= 5 ? 2 : 1, near = [];
      (words || (words = vocabulary(engine))).forEach(function (x) {
        var d = distance(w, x.w, max);
        if (d <= max) near.push({ w: x.w, d: d, n: x.n });
      });
      near.sort(function (a, b) { return (a.d - b.d) || (b.n - a.n) || (a.w < b.w ? -1 : a.w > b.w ? 1 : 0); });
      return near.slice(0, 3).map(function (x) { return x.w; });
    });
    if (options.some(function (o) { return o.length === 0; }) || options.every(function (o, i) { return o.length === 1 && o[0] === ws[i]; })) return [];
    var out = [];
    for (var k = 0; k < 3; k++) {
      var q = options.map(function (o) { return o[Math.min(k, o.length - 1)]; }).join(" ");
      if (out.indexOf(q) < 0 && group(engine, search(engine, q), q).length > 0) out.push(q);
    }
    return out;
  }

  var api = { load: load, buildQuery: buildQuery, snippet: snippet, search: search, group: group, suggest: suggest, aboutPublishing: aboutPublishing, escapeHtml: esc };
  if (typeof module === "object" && module.exports) module.exports = api; else root.VbeSearchCore = api;
})(this);
