// The search logic shared by the browser (site.js) and the tests (Node): how typed text becomes a
// lunr query and how a hit's snippet is cut and highlighted. It mirrors, line for line,
// src/Content/Search/Site/UserQuery.cs and Snippet.cs, so the site and the API answer alike.
(function (root) {
  "use strict";
  var SEPARATOR = /[\s\-]+/;   // lunr.tokenizer.separator (lunr-index.md §3)

  function words(input) {
    return String(input || "").toLowerCase().split(SEPARATOR)
      .map(function (w) { return w.replace(/\*/g, ""); })
      .filter(function (w) { return w.length > 0; });
  }
  function escape(word) { return word.replace(/[\\:^~+]/g, "\\$&"); }

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

  function buildQuery(input, synonyms, termOf, knows) {
    var ws = words(input), clauses = [];
    function add(c) { if (clauses.indexOf(c) < 0) clauses.push(c); }
    ws.forEach(function (w) {
      var e = escape(w);
      add(e);
      if (w.length >= 2) add(e + "*");
      if (w.length >= 5) add(e + "~1");
      compoundParts(w, termOf, knows).forEach(function (p) { add(escape(p)); });
    });
    var joined = " " + ws.join(" ") + " ";
    (synonyms || []).forEach(function (group) {
      if (!group.some(function (m) { return joined.indexOf(" " + m + " ") >= 0; })) return;
      group.forEach(function (m) { words(m).forEach(function (w) { add(escape(w)); }); });
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
  function snippet(engine, hit) {
    var body = hit.doc.b, spans = highlights(engine, body, hit.matchData);
    var start = 0;
    if (spans.length > 0) {
      start = Math.max(0, spans[0][0] - LEAD);
      if (start > 0) { var space = body.indexOf(" ", start); if (space >= 0 && space < spans[0][0]) start = space + 1; }
    }
    var end = Math.min(body.length, start + SIZE);
    if (end < body.length) { var back = body.lastIndexOf(" ", end); if (back > start) end = back; }
    var html = "", at = start;
    spans.forEach(function (p) {
      var s = p[0], e = p[0] + p[1];
      if (s < at || e > end) return;
      html += esc(body.slice(at, s)) + "<mark>" + esc(body.slice(s, e)) + "</mark>";
      at = e;
    });
    html += esc(body.slice(at, end));
    return (start > 0 ? "…" : "") + html + (end < body.length ? "…" : "");
  }
  function esc(s) { return s.replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c]; }); }

  // The search data as the generator writes it ({index, docs: {ref: {t, s, u, y, k, b}}, synonyms}),
  // loaded with lunr and lunr.sv.
  function load(lunr, data) {
    var pages = {};   // page url → {ref, doc} of the page's own document
    Object.keys(data.docs).forEach(function (ref) { var d = data.docs[ref]; if (d.s === undefined) pages[d.u] = { ref: ref, doc: d }; });
    return { lunr: lunr, index: lunr.Index.load(data.index), docs: data.docs, pages: pages, synonyms: data.synonyms || [], termOf: termFinder(lunr), knows: knowsTerm(data.index) };
  }

  // Hits {ref, score, doc, matchData}; snippet(engine, hit) cuts a hit's snippet, only for hits shown.
  function search(engine, input, type) {
    var q = buildQuery(input, engine.synonyms, engine.termOf, engine.knows);
    if (!q) return [];
    return engine.index.search(q)
      .map(function (r) { return { ref: r.ref, score: r.score, doc: engine.docs[r.ref], matchData: r.matchData }; })
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
  // Up to three queries near what was typed, each of which finds something: every word the index does
  // not know is replaced by its nearest index terms (edit distance 1, or 2 from five letters), the
  // closest and most used first.
  function suggest(engine, input) {
    var ws = normalWords(input).map(function (w) { return w.replace(/\*/g, ""); }).filter(function (w) { return w.length > 0; });
    var inverted = engine.index.invertedIndex, terms = engine.terms || (engine.terms = Object.keys(inverted));
    function uses(term) { var n = 0, p = inverted[term]; Object.keys(p).forEach(function (f) { if (f !== "_index") n += Object.keys(p[f]).length; }); return n; }
    var options = ws.map(function (w) {
      var term = engine.termOf(w);
      if (term === null || inverted.hasOwnProperty(term)) return [w];
      var max = w.length >= 5 ? 2 : 1, near = [];
      terms.forEach(function (t) {
        if (t.length < 3 || /^\d+$/.test(t)) return;
        var d = distance(w, t, max);
        if (d <= max) near.push({ t: t, d: d, n: uses(t) });
      });
      near.sort(function (a, b) { return (a.d - b.d) || (b.n - a.n) || (a.t < b.t ? -1 : a.t > b.t ? 1 : 0); });
      return near.slice(0, 3).map(function (x) { return x.t; });
    });
    if (options.some(function (o) { return o.length === 0; }) || options.every(function (o, i) { return o.length === 1 && o[0] === ws[i]; })) return [];
    var out = [];
    for (var k = 0; k < 3; k++) {
      var q = options.map(function (o) { return o[Math.min(k, o.length - 1)]; }).join(" ");
      if (out.indexOf(q) < 0 && search(engine, q).length > 0) out.push(q);
    }
    return out;
  }

  var api = { load: load, buildQuery: buildQuery, snippet: snippet, search: search, group: group, suggest: suggest, aboutPublishing: aboutPublishing, escapeHtml: esc };
  if (typeof module === "object" && module.exports) module.exports = api; else root.VbeSearchCore = api;
})(this);
