// Kunskapsbanken: progressive enhancement only. Every page works without this file except search.
(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "";

  // --- "/" focuses the search box (unless the reader is typing somewhere) ---------------------
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    var input = document.querySelector("[data-search-input]");
    if (input) { e.preventDefault(); input.focus(); }
  });

  // --- Filters: symbol environments and support-unit functions --------------------------------
  document.querySelectorAll("[data-filter-group]").forEach(function (group) {
    var options = group.querySelectorAll("[data-filter]");
    var status = group.querySelector("[data-filter-status]");
    var isSymbols = group.getAttribute("data-filter-group") === "symbols";
    options.forEach(function (option) {
      option.setAttribute("role", "button");
      option.addEventListener("click", function (e) {
        e.preventDefault();
        var key = option.getAttribute("data-filter");
        options.forEach(function (o) { o.setAttribute("aria-pressed", String(o === option)); });
        var shown = 0;
        if (isSymbols) {
          document.querySelectorAll("[data-filter-section]").forEach(function (s) {
            var match = key === "all" || s.getAttribute("data-filter-section") === key;
            if (match) { s.removeAttribute("data-filtered-out"); shown += s.querySelectorAll("[data-card]").length; }
            else s.setAttribute("data-filtered-out", "");
          });
        } else {
          document.querySelectorAll("[data-functions]").forEach(function (c) {
            var match = key === "all" || c.getAttribute("data-functions").split(" ").indexOf(key) >= 0;
            if (match) { c.removeAttribute("data-filtered-out"); shown++; } else c.setAttribute("data-filtered-out", "");
          });
        }
        if (status) status.textContent = "Visar " + shown + (isSymbols ? " symboler." : " enheter.");
      });
      option.addEventListener("keydown", function (e) { if (e.key === " ") { e.preventDefault(); option.click(); } });
    });
  });

  // --- Introduction path: progress kept in this browser only (localStorage) -------------------
  var KEY = "vbe-introduktion-v1";
  function loadDone() { try { return JSON.parse(localStorage.getItem(KEY) || "[]"); } catch (e) { return []; } }
  function saveDone(done) { try { localStorage.setItem(KEY, JSON.stringify(done)); } catch (e) { /* private mode: progress is not kept */ } }
  var done = loadDone();

  // A step page's own progress bar counts only the steps the path has now (data-intro-steps).
  function showStepProgress() {
    var box = document.querySelector("[data-intro-steps]");
    if (!box) return;
    var ids = box.getAttribute("data-intro-steps").split(" ");
    var count = ids.filter(function (id) { return done.indexOf(id) >= 0; }).length;
    box.querySelector("[data-intro-done]").textContent = String(count);
    box.querySelector("[data-intro-bar]").value = count;
    box.hidden = false;
  }
  document.querySelectorAll("[data-step-done]").forEach(function (box) {
    var id = box.getAttribute("data-step-done");
    box.checked = done.indexOf(id) >= 0;
    box.closest("[data-step-done-box]").hidden = false;
    box.addEventListener("change", function () {
      done = loadDone().filter(function (d) { return d !== id; });
      if (box.checked) done.push(id);
      saveDone(done);
      showStepProgress();
    });
  });
  showStepProgress();
  var path = document.querySelector("[data-intro-path]");
  if (path) {
    var steps = path.querySelectorAll("[data-step-id]");
    var count = 0;
    steps.forEach(function (s) {
      var isDone = done.indexOf(s.getAttribute("data-step-id")) >= 0;
      if (isDone) count++;
      var badge = s.querySelector("[data-step-done-badge]");
      if (badge) badge.hidden = !isDone;
    });
    var box = path.querySelector("[data-intro-progress]");
    box.hidden = false;
    path.querySelector("[data-intro-done]").textContent = String(count);
    path.querySelector("[data-intro-bar]").value = count;
  }
  // The start page's door "Jag är ny" leads to the first step not yet done (data-intro-door-steps: "id number url …").
  var resume = document.querySelector("[data-intro-resume]");
  var newDoor = resume && resume.closest("[data-intro-door-steps]");
  var stepList = newDoor ? newDoor.getAttribute("data-intro-door-steps").split(" ").filter(Boolean) : [];
  var pathSteps = [];
  for (var i = 0; i + 2 < stepList.length; i += 3) pathSteps.push({ id: stepList[i], number: stepList[i + 1], url: stepList[i + 2] });
  var doneOnPath = pathSteps.filter(function (st) { return done.indexOf(st.id) >= 0; }).length;
  if (resume && doneOnPath > 0) {
    var nextStep = pathSteps.filter(function (st) { return done.indexOf(st.id) < 0; })[0];
    if (nextStep) {
      resume.textContent = "Du har gjort " + doneOnPath + " av " + pathSteps.length + " steg – fortsätt med steg " + nextStep.number + ".";
      newDoor.setAttribute("href", nextStep.url);
    } else resume.textContent = "Du har gjort alla " + pathSteps.length + " steg.";
    resume.hidden = false;
  }

  // --- Print: the page's full address and today's date at the foot of the paper ---------------
  var printUrl = document.querySelector("[data-print-url]");
  if (printUrl && /^https?:$/.test(location.protocol)) printUrl.textContent = location.origin + location.pathname;
  var printDate = document.querySelector("[data-print-date]");
  if (printDate) printDate.textContent = " den " + new Date().toLocaleDateString("sv-SE", { day: "numeric", month: "long", year: "numeric" });

  // --- Search --------------------------------------------------------------------------------
  var searchReady = null;
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = root + src; s.onload = resolve; s.onerror = function () { reject(new Error(src)); };
      document.head.appendChild(s);
    });
  }
  // The index loads only when the reader starts to search.
  function ensureSearch() {
    if (!searchReady) {
      var b = document.body;
      // A site built with --no-search has no index to load.
      if (!b.getAttribute("data-search-index")) return (searchReady = Promise.reject(new Error("no search index")));
      searchReady = loadScript(b.getAttribute("data-lunr"))
        .then(function () { return loadScript(b.getAttribute("data-search-index")); })
        .then(function () {
          return core.load(window.lunr, window.VBE_SEARCH);
        });
    }
    return searchReady;
  }
  var core = window.VbeSearchCore;
  var esc = core.escapeHtml;
  // One number everywhere: results are pages (core.group), each with its sections under it.
  function count(n) { return n === 1 ? "1 träff" : n + " träffar"; }
  function searchUrl(q) { return root + "sok.html?q=" + encodeURIComponent(q); }
  var EDITORS = "redaktorer";   // the search page's filter for pages for editors (?typ=redaktorer)

  // In the header popup the link itself is the listbox's option (an option may hold no link: axe
  // nested-interactive), kept out of the Tab order as focus stays in the combobox; a page's sections
  // follow it as options of their own. On the search page a result is a list item with a link and
  // its sections in a list under it.
  function link(href, html, isOption, id) {
    var a = document.createElement("a");
    a.href = href;
    if (isOption) { a.id = "search-result-" + id; a.setAttribute("role", "option"); a.tabIndex = -1; }
    a.innerHTML = html;
    return a;
  }
  function pageHtml(engine, g) {
    return '<span class="search-result__type">' + esc(g.page.doc.y) + '</span><span class="search-result__title">' + esc(g.page.doc.t) + "</span>" +
      (g.pageHit ? '<span class="search-result__snippet">' + core.snippet(engine, g.pageHit) + "</span>" : "");
  }
  function sectionHtml(engine, h) {
    return '<span class="search-result__section">› ' + esc(h.doc.s) + '</span><span class="search-result__snippet">' + core.snippet(engine, h) + "</span>";
  }
  function sectionItem(engine, h, isOption, id) {
    var li = document.createElement("li");
    li.className = "search-result-section";
    li.setAttribute("data-result-ref", h.ref);
    if (isOption) li.setAttribute("role", "presentation");
    li.appendChild(link(root + h.doc.u, sectionHtml(engine, h), isOption, id));
    return li;
  }
  function popupItems(engine, g, next, maxSections) {
    var li = document.createElement("li");
    li.className = "search-result";
    li.setAttribute("role", "presentation");
    li.setAttribute("data-result-ref", g.page.ref);
    li.appendChild(link(root + g.page.doc.u, pageHtml(engine, g), true, next()));
    var items = [li];
    g.sections.slice(0, maxSections).forEach(function (h) { items.push(sectionItem(engine, h, true, next())); });
    return items;
  }
  var PAGE_SECTIONS = 3;
  function pageItem(engine, g) {
    var li = document.createElement("li");
    li.className = "search-result";
    li.setAttribute("data-result-ref", g.page.ref);
    li.appendChild(link(root + g.page.doc.u, pageHtml(engine, g), false));
    if (g.sections.length > 0) {
      var ul = document.createElement("ul");
      ul.className = "search-result__sections";
      g.sections.slice(0, PAGE_SECTIONS).forEach(function (h) { ul.appendChild(sectionItem(engine, h, false)); });
      li.appendChild(ul);
      if (g.sections.length > PAGE_SECTIONS) {
        var more = document.createElement("details");
        more.className = "search-result__more";
        var rest = g.sections.length - PAGE_SECTIONS;
        more.innerHTML = "<summary>" + (rest === 1 ? "1 avsnitt till" : rest + " avsnitt till") + "</summary>";
        var moreList = document.createElement("ul");
        moreList.className = "search-result__sections";
        g.sections.slice(PAGE_SECTIONS).forEach(function (h) { moreList.appendChild(sectionItem(engine, h, false)); });
        more.appendChild(moreList);
        li.appendChild(more);
      }
    }
    return li;
  }
  // "Menade du …?": links that run the nearest searches the index can answer.
  function didYouMean(suggestions, isOption, next) {
    return suggestions.map(function (q) {
      var li = document.createElement("li");
      li.className = "search-suggestion";
      if (isOption) li.setAttribute("role", "presentation");
      var a = link(searchUrl(q), "Menade du <strong>" + esc(q) + "</strong>?", isOption, isOption ? next() : 0);
      a.setAttribute("data-did-you-mean", q);
      li.appendChild(a);
      return li;
    });
  }

  function debounce(fn, ms) { var t; return function () { var args = arguments; clearTimeout(t); t = setTimeout(function () { fn.apply(null, args); }, ms); }; }

  // Header search: results as you type, arrow keys move, Enter opens, Escape closes.
  var input = document.querySelector("[data-search-input]");
  if (input && !document.querySelector("[data-search-page]")) {
    var popup = document.querySelector("[data-search-popup]");
    var list = document.querySelector("[data-search-list]");
    var live = document.querySelector("[data-search-live]");
    var selected = -1;
    var POPUP_PAGES = 6, POPUP_SECTIONS = 2;
    function close() { popup.hidden = true; input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant"); selected = -1; }
    function select(i) {
      var items = list.querySelectorAll("[role=option]");
      if (items.length === 0) return;
      selected = (i + items.length) % items.length;
      items.forEach(function (it, j) { it.setAttribute("aria-selected", String(j === selected)); });
      input.setAttribute("aria-activedescendant", items[selected].id);
      items[selected].scrollIntoView({ block: "nearest" });
    }
    var run = debounce(function () {
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      ensureSearch().then(function (engine) {
        var groups = core.group(engine, core.search(engine, q), q);
        var n = 0;
        function next() { return n++; }
        list.textContent = "";
        groups.slice(0, POPUP_PAGES).forEach(function (g) {
          popupItems(engine, g, next, POPUP_SECTIONS).forEach(function (li) { list.appendChild(li); });
        });
        // The last option always leads to the search page: all the pages found, or, when nothing
        // was found, its ways on (the glossary and the start page's three doors).
        function toSearchPage(text, attribute) {
          var li = document.createElement("li");
          li.className = "search-popup__all";
          li.setAttribute("role", "presentation");
          var a = link(searchUrl(q), text, true, next());
          a.setAttribute(attribute, "");
          li.appendChild(a);
          list.appendChild(li);
        }
        if (groups.length > 0) {
          toSearchPage(groups.length === 1 ? "Visa 1 träff på söksidan" : "Visa alla " + count(groups.length), "data-search-all");
          live.textContent = count(groups.length) + ". Pil ned för att välja.";
        } else {
          var suggestions = core.suggest(engine, q);
          didYouMean(suggestions, true, next).forEach(function (li) { list.appendChild(li); });
          toSearchPage("Fler vägar vidare på söksidan", "data-search-ways-on");
          live.textContent = "Inga träffar för " + q + ". Pil ned för " + (suggestions.length ? "förslag." : "fler vägar vidare.");
        }
        popup.hidden = false; input.setAttribute("aria-expanded", "true"); selected = -1;
      }, function () { live.textContent = "Sökningen kunde inte laddas."; popup.hidden = false; });
    }, 120);
    input.addEventListener("focus", function () { ensureSearch(); });
    input.addEventListener("input", run);
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { e.preventDefault(); select(selected + 1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); select(selected < 0 ? -1 : selected - 1); }   // from none: the last
      else if (e.key === "Escape") { close(); }
      else if (e.key === "Enter" && selected >= 0) {
        e.preventDefault();
        var a = list.querySelectorAll("[role=option]")[selected];
        if (a) window.location.href = a.href;
      }
    });
    document.addEventListener("click", function (e) { if (!e.target.closest("[data-search-form]")) close(); });
  }

  // Search page: ?q= can be shared; filters by content type, or for the pages for editors
  // (?typ=redaktorer). On a narrow screen the filters fold into one <select> (site.css).
  var page = document.querySelector("[data-search-page]");
  if (page) {
    var pageInput = page.querySelector("[data-search-page-input]");
    var out = page.querySelector("[data-search-page-results]");
    var status = page.querySelector("[data-search-status]");
    var filters = page.querySelector("[data-search-type-filters]");
    var buttons = page.querySelector("[data-search-type-buttons]");
    var picker = page.querySelector("[data-search-type-select]");
    var empty = page.querySelector("[data-search-empty]");
    var suggestionBox = page.querySelector("[data-search-suggestions]");
    var activeType = "";
    var params = new URLSearchParams(window.location.search);
    pageInput.value = params.get("q") || "";
    activeType = params.get("typ") || "";
    picker.addEventListener("change", function () { activeType = picker.value; render(); });
    function render() {
      var q = pageInput.value.trim();
      var url = new URL(window.location.href);
      if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
      if (activeType) url.searchParams.set("typ", activeType); else url.searchParams.delete("typ");
      history.replaceState(null, "", url);
      suggestionBox.textContent = ""; suggestionBox.hidden = true;
      if (!q) { out.textContent = ""; status.textContent = ""; filters.hidden = true; empty.hidden = false; return; }
      ensureSearch().then(function (engine) {
        var hits = core.search(engine, q);
        var staff = core.group(engine, hits, q, "staff");
        var editors = core.group(engine, hits, q, "editors");
        var types = {};
        staff.forEach(function (g) { var k = g.page.doc.k; types[k] = types[k] || { label: g.page.doc.y, n: 0 }; types[k].n++; });
        var options = [["", "Alla", staff.length]].concat(Object.keys(types).sort().map(function (k) { return [k, types[k].label, types[k].n]; }));
        if (editors.length > 0) options.push([EDITORS, "För redaktörer", editors.length]);
        if (!options.some(function (f) { return f[0] === activeType; })) activeType = "";
        buttons.textContent = ""; picker.textContent = "";
        options.forEach(function (f) {
          var b = document.createElement("button");
          b.type = "button"; b.textContent = f[1] + " (" + f[2] + ")"; b.setAttribute("data-type-filter", f[0]);
          b.setAttribute("aria-pressed", String(f[0] === activeType));
          b.addEventListener("click", function () { activeType = f[0]; render(); });
          buttons.appendChild(b);
          var o = document.createElement("option");
          o.value = f[0]; o.textContent = f[1] + " (" + f[2] + ")"; o.selected = f[0] === activeType;
          picker.appendChild(o);
        });
        filters.hidden = staff.length === 0 && editors.length === 0;
        var shown = activeType === EDITORS ? editors : staff.filter(function (g) { return !activeType || g.page.doc.k === activeType; });
        out.textContent = "";
        shown.forEach(function (g) { out.appendChild(pageItem(engine, g)); });
        if (shown.length > 0) {
          status.textContent = count(shown.length) + " för ”" + q + "”.";
          empty.hidden = true;
        } else {
          var suggestions = staff.length === 0 ? core.suggest(engine, q) : [];
          status.textContent = "Inga träffar för ”" + q + "”." + (suggestions.length ? "" : " Prova ett annat ord, slå upp det i ordlistan eller börja från någon av dörrarna nedan.");
          if (suggestions.length) {
            var ul = document.createElement("ul");
            ul.className = "search-suggestions";
            didYouMean(suggestions, false).forEach(function (li) { ul.appendChild(li); });
            suggestionBox.appendChild(ul);
            suggestionBox.hidden = false;
          }
          empty.hidden = false;
        }
      });
    }
    page.querySelector("[data-search-page-form]").addEventListener("submit", function (e) { e.preventDefault(); render(); });
    pageInput.addEventListener("input", debounce(render, 150));
    render();
  }
})();
