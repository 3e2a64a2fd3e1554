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

  function buildQuery(input, synonyms) {
    var ws = words(input), clauses = [];
    function add(c) { if (clauses.indexOf(c) < 0) clauses.push(c); }
    ws.forEach(function (w) {
      var e = escape(w);
      add(e);
      if (w.length >= 2) add(e + "*");
      if (w.length >= 5) add(e + "~1");
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
    return { lunr: lunr, index: lunr.Index.load(data.index), docs: data.docs, synonyms: data.synonyms || [], termOf: termFinder(lunr) };
  }

  // Hits {ref, score, doc, matchData}; snippet(engine, hit) cuts a hit's snippet, only for hits shown.
  function search(engine, input, type) {
    var q = buildQuery(input, engine.synonyms);
    if (!q) return [];
    return engine.index.search(q)
      .map(function (r) { return { ref: r.ref, score: r.score, doc: engine.docs[r.ref], matchData: r.matchData }; })
      .filter(function (r) { return !type || r.doc.k === type; });
  }

  var api = { load: load, buildQuery: buildQuery, snippet: snippet, search: search, escapeHtml: esc };
  if (typeof module === "object" && module.exports) module.exports = api; else root.VbeSearchCore = api;
})(this);
