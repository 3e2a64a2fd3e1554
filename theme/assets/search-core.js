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

  var SIZE = 160, LEAD = 60;
  function snippet(body, matchData) {
    var spans = [];
    var meta = (matchData && matchData.metadata) || {};
    Object.keys(meta).forEach(function (term) {
      var field = meta[term].body;
      if (field && field.position) field.position.forEach(function (p) { if (p) spans.push(p); });
    });
    spans.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
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

  // engine: { index: lunr.Index, docs: {ref: {t, s, u, y, k, b}}, synonyms: [[...]] }
  function search(engine, input, type) {
    var q = buildQuery(input, engine.synonyms);
    if (!q) return [];
    return engine.index.search(q)
      .map(function (r) { return { ref: r.ref, score: r.score, doc: engine.docs[r.ref], matchData: r.matchData }; })
      .filter(function (r) { return !type || r.doc.k === type; })
      .map(function (r) { return { ref: r.ref, score: r.score, doc: r.doc, snippet: snippet(r.doc.b, r.matchData) }; });
  }

  var api = { buildQuery: buildQuery, snippet: snippet, search: search, escapeHtml: esc };
  if (typeof module === "object" && module.exports) module.exports = api; else root.VbeSearchCore = api;
})(this);
