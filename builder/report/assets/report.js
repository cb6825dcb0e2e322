/* corpus-builder's dataset report: draws the pages from the data scripts (data/*.js), offline.
 *
 * Article text is data, never markup: every node is made with createElement and filled with
 * textContent (text nodes); nothing here parses HTML, so a headline like <img onerror=...> shows
 * as text. Attributes are set by name from this file, never from data; the only links made from
 * data are "#record/" + an encoded id. The data scripts call CB.put(key, value),
 * CB.chunk(n, records) and CB.part(list, n, items); a record's chunk, and a page of a long list
 * (rejects, duplicates, clusters, added, removed, moved), is loaded with a <script> element when it
 * is shown (fetch() and ES modules do not work from file://).
 */
"use strict";

var CB = (function () {
  var data = {};
  var parts = {};  // list -> part number -> items (the records' chunks are the list "records")
  var waiting = {};  // "list/n" -> callbacks waiting for that part
  var state = { query: "", split: "", quotes: false, noAuthor: false, look: "", shown: 100, rejectType: "", rejectPage: 0 };
  var PAGE = 100;

  function put(key, value) { data[key] = value; }

  function part(list, n, items) {
    (parts[list] = parts[list] || {})[n] = items;
    var key = list + "/" + n;
    (waiting[key] || []).forEach(function (done) { done(null); });
    delete waiting[key];
  }

  function chunk(n, records) { part("records", n, records); }

  // data/<list>-NNNNN.js, loaded once: done(items), or done(null, why) if it cannot be loaded.
  function loadPart(list, n, done) {
    if (parts[list] && parts[list][n]) { done(parts[list][n]); return; }
    var key = list + "/" + n;
    if (!waiting[key]) {
      waiting[key] = [];
      var script = el("script", { src: "data/" + list + "-" + String(n).padStart(5, "0") + ".js", charset: "utf-8" });
      script.addEventListener("error", function () {
        (waiting[key] || []).forEach(function (cb) { cb("data/" + list + "-" + String(n).padStart(5, "0") + ".js could not be loaded"); });
        delete waiting[key];
      });
      document.head.appendChild(script);
    }
    waiting[key].push(function (error) { if (error) done(null, error); else done(parts[list][n]); });
  }

  // --- building the DOM safely --------------------------------------------------------------

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    add(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) return;
      if (name === "class") node.className = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    });
  }

  function add(node, children) {
    if (children === null || children === undefined || children === false) return node;
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  function fill(node, children) {
    node.replaceChildren();
    return add(node, children);
  }

  function num(n) { return n === null || n === undefined ? "–" : Number(n).toLocaleString("en-US"); }
  function plural(n, word) { return num(n) + " " + word + (n === 1 ? "" : "s"); }
  function code(text) { return el("code", null, text); }
  function recordHref(id) { return "#record/" + encodeURIComponent(id); }

  function table(head, rows, caption) {
    var t = el("table", null, [
      caption ? el("caption", null, caption) : null,
      el("thead", null, el("tr", null, head.map(function (h) { return el("th", { scope: "col" }, h); }))),
      el("tbody", null, rows.map(function (cells) {
        return el("tr", null, cells.map(function (c) { return el("td", null, c); }));
      }))
    ]);
    return el("div", { "class": "scroll" }, t);
  }

  function dl(pairs) {
    var list = el("dl", { "class": "facts" });
    pairs.forEach(function (pair) {
      if (pair === null) return;
      add(list, [el("dt", null, pair[0]), el("dd", null, pair[1])]);
    });
    return list;
  }

  function section(title, children, attrs) {
    return el("section", attrs || null, [el("h2", null, title)].concat(children));
  }

  // --- held records --------------------------------------------------------------------------

  var byId = null;
  function heldIndex() {
    if (byId === null) {
      byId = {};
      (data.records || []).forEach(function (entry, i) { byId[entry[0]] = i; });
    }
    return byId;
  }

  function recordLink(id, text) {
    return heldIndex()[id] !== undefined ? el("a", { href: recordHref(id) }, text || id) : code(text || id);
  }

  function loadRecord(id, done) {
    var position = heldIndex()[id];
    if (position === undefined) { done(null); return; }
    var size = data.overview.selection.chunk_records;
    loadPart("records", Math.floor(position / size), function (records, error) {
      if (!records) done(null, error);
      else done(records[position % size] || null);
    });
  }

  // --- long lists, a page at a time -----------------------------------------------------------

  // Items first..first+count-1 of a list whose part files hold `size` items each: done(items), or
  // done(null, why). A page is one part, or the end of one and the start of the next.
  function loadRange(meta, first, count, done) {
    var from = Math.floor(first / meta.size), to = Math.floor((first + count - 1) / meta.size);
    var got = {}, left = to - from + 1, failed = null;
    for (var n = from; n <= to; n++) {
      (function (n) {
        loadPart(meta.list, n, function (items, error) {
          got[n] = items;
          if (!items) failed = error;
          if (--left) return;
          if (failed) { done(null, failed); return; }
          var all = [];
          for (var k = from; k <= to; k++) all = all.concat(got[k]);
          done(all.slice(first - from * meta.size, first - from * meta.size + count));
        });
      })(n);
    }
  }

  // Positions first..first+count-1 of a list (meta: {list, count, size}, from the Python side),
  // shown meta.size to a page, each page loaded when it is shown. opts: meta, first, count, noun,
  // head (column names), row(item, position) -> cells, page (the page to show first), onPage(page),
  // id. The holder's data-shown is the page on screen once its items are drawn.
  function pagedList(opts) {
    var meta = opts.meta, size = meta.size;
    var first = opts.first || 0, total = opts.count === undefined ? meta.count : opts.count;
    var holder = el("div", { "class": "paged", id: opts.id || null });
    if (!total) return add(holder, el("p", null, "none"));
    var pages = Math.ceil(total / size);
    var status = el("p", { "class": "count", role: "status" });
    var body = el("div");
    var prev = el("button", { type: "button", "class": "prev" }, "← previous page");
    var next = el("button", { type: "button", "class": "next" }, "next page →");
    var options = [];
    for (var i = 0; i < pages; i++) options.push(el("option", { value: String(i) }, "page " + (i + 1) + " of " + pages));
    var pick = el("select", { "class": "page-pick", "aria-label": "Page of " + opts.noun + "s" }, options);
    var current = -1;
    function show(page) {
      current = page;
      pick.value = String(page);
      prev.disabled = page === 0;
      next.disabled = page === pages - 1;
      holder.removeAttribute("data-shown");
      var from = page * size, to = Math.min(total, from + size);
      status.textContent = pages > 1 ? (from + 1 === to ? num(to) : num(from + 1) + "–" + num(to)) + " of " + plural(total, opts.noun) +
        " (page " + (page + 1) + " of " + pages + ")" : total === 1 ? "1 " + opts.noun : "All " + plural(total, opts.noun);
      fill(body, el("p", null, "Loading…"));
      loadRange(meta, first + from, to - from, function (items, error) {
        if (current !== page) return;  // another page was asked for meanwhile
        if (!items) { fill(body, el("p", { "class": "problems" }, error)); return; }
        fill(body, table(opts.head, items.map(function (item, k) { return opts.row(item, first + from + k); })));
        holder.setAttribute("data-shown", String(page));
        if (opts.onPage) opts.onPage(page);
      });
    }
    prev.addEventListener("click", function () { if (current > 0) show(current - 1); });
    next.addEventListener("click", function () { if (current < pages - 1) show(current + 1); });
    pick.addEventListener("change", function () { show(Number(pick.value)); });
    add(holder, [status, pages > 1 ? el("nav", { "class": "pager pages", "aria-label": "Pages of " + opts.noun + "s" }, [prev, pick, next]) : null, body]);
    show(Math.min(Math.max(opts.page || 0, 0), pages - 1));
    return holder;
  }

  // A <details> that loads its list when it is first opened.
  function lazyList(summary, make) {
    var details = el("details", null, el("summary", null, summary));
    details.addEventListener("toggle", function () {
      if (details.open && details.childNodes.length === 1) add(details, make());
    });
    return details;
  }

  // --- charts: plain HTML bars, with the numbers in a table beside them ---------------------

  function barChart(title, labels, values, note) {
    var max = Math.max.apply(null, values.concat([1]));
    var bars = el("div", { "class": "bars", "aria-hidden": "true" });
    values.forEach(function (v, i) {
      var bar = el("div", { "class": "bar", title: labels[i] + ": " + num(v) });
      bar.style.height = (v / max * 100) + "%";
      add(bars, el("div", { "class": "col" }, bar));
    });
    var axis = labels.length ? el("div", { "class": "axis", "aria-hidden": "true" },
      [el("span", null, labels[0]), el("span", null, labels[labels.length - 1])]) : null;
    return el("figure", { "class": "chart" }, [
      el("figcaption", null, title),
      values.length ? bars : el("p", null, "no data"), axis,
      note ? el("p", { "class": "note" }, note) : null,
      el("details", null, [el("summary", null, "numbers"),
        table(["", "count"], labels.map(function (l, i) { return [l, num(values[i])]; }))])
    ]);
  }

  function hbarChart(title, labels, values) {
    var max = Math.max.apply(null, values.concat([1]));
    var rows = labels.map(function (label, i) {
      var bar = el("span", { "class": "hbar", "aria-hidden": "true" });
      bar.style.width = (values[i] / max * 100) + "%";
      return el("li", null, [el("span", { "class": "hlabel" }, label), el("span", { "class": "htrack" }, bar),
        el("span", { "class": "hvalue" }, num(values[i]))]);
    });
    return el("figure", { "class": "chart" }, [el("figcaption", null, title),
      rows.length ? el("ul", { "class": "hbars" }, rows) : el("p", null, "no data")]);
  }

  function histogram(title, hist, unit) {
    var labels = hist.counts.map(function (_, i) {
      return hist.bin_width === 1 ? String(hist.edges[i]) : hist.edges[i] + "–" + (hist.edges[i + 1] - 1);
    });
    return barChart(title, labels, hist.counts, hist.bin_width ? "bins of " + plural(hist.bin_width, unit) : null);
  }

  // --- pages ---------------------------------------------------------------------------------

  function overviewPage() {
    var o = data.overview;
    var s = o.stats;
    var rel = o.release;
    var splits = Object.keys(o.records_by_split);
    var rejectTypes = Object.keys(o.rejects_by_type);
    var share = s.quotes.attributed_share;
    var meter = el("div", { "class": "share", "aria-hidden": "true" }, el("span"));
    meter.firstChild.style.width = ((share || 0) * 100) + "%";
    var nd = o.near_duplicates;
    return [
      el("h1", { tabindex: "-1" }, "Overview"),
      dl([
        rel ? ["release", "v" + rel.version + " of " + rel.date + (rel.previous_version ? " (" + rel.bump + " from v" + rel.previous_version + ")" : " (first release)")] : ["release", "not a release (a build)"],
        ["builder version", o.builder_version],
        ["schema sha256", code(o.schema_sha256)],
        ["files read", num(o.files_read)],
        ["records", num(o.records)],
        ["split ratios", o.splits]
      ]),
      el("div", { "class": "cards" }, [
        section("Records per split", [table(["split", "records", "in this report"], splits.map(function (name) {
          var sel = o.selection.by_split[name] || { held: 0 };
          return [name, num(o.records_by_split[name]), num(sel.held)];
        }))], { "class": "card" }),
        section("Rejects by type", [rejectTypes.length ? table(["type", "files"], rejectTypes.map(function (t) {
          return [el("a", { href: "#rejects/" + encodeURIComponent(t) }, t), num(o.rejects_by_type[t])];
        })) : el("p", null, "No file was rejected."), el("p", null, el("a", { href: "#rejects" }, "All " + plural(o.rejected, "reject")))],
        { "class": "card" }),
        section("Duplicates", [
          el("p", null, plural(o.duplicates, "exact duplicate file") + " (the same article as an earlier file; not in the dataset)."),
          o.duplicate_files.count ? lazyList("files (" + num(o.duplicate_files.count) + ")", function () {
            return pagedList({ id: "duplicate-list", meta: o.duplicate_files, noun: "duplicate file",
              head: ["file", "copy of", "record"], row: function (d) { return [code(d[0]), code(d[1]), recordLink(d[2])]; } });
          }) : null,
          el("p", null, plural(nd.clusters, "near-duplicate cluster") + " holding " + plural(nd.records, "record") + " (each cluster in one split)."),
          nd.listed.count ? lazyList("clusters (" + num(nd.listed.count) + ")", function () {
            return pagedList({ id: "cluster-list", meta: nd.listed, noun: "cluster",
              head: ["split", "records"], row: function (c) {
                var items = [];
                c[1].forEach(function (id, i) { if (i) items.push(", "); items.push(recordLink(id)); });
                return [c[0], items];
              } });
          }) : null
        ], { "class": "card" })
      ]),
      section("Which records this report holds", [el("p", { id: "selection" }, o.selection.text),
        table(["needs a look because", "records", "held", "left out"], Object.keys(o.selection.look).map(function (k) {
          var v = o.selection.look[k];
          return [v.label, num(v.records), num(v.held), num(v.left_out)];
        }))]),
      section("Statistics", [
        el("p", null, "Over all " + plural(o.selection.total, "record") + " of the dataset, as in the dataset card. Words per article: p5 " +
          num(s.words.p5) + ", median " + num(s.words.p50) + ", p95 " + num(s.words.p95) + ", mean " + num(s.words.mean) + "."),
        el("div", { "class": "charts" }, [
          histogram("Words per article (body paragraphs)", s.words_histogram, "word"),
          histogram("Quotes per article", s.quotes_histogram, "quote"),
          el("figure", { "class": "chart" }, [el("figcaption", null, "Attributed quotes (with a speaker)"), meter,
            el("p", null, s.quotes.total ? num(s.quotes.attributed) + " of " + num(s.quotes.total) + " (" + (share * 100).toFixed(1) + "%); " +
              plural(s.quotes.distinct_speakers, "distinct speaker") : "no quotes")]),
          hbarChart("Top speakers (quotes)", s.quotes.top_speakers.map(function (t) { return t.speaker; }),
            s.quotes.top_speakers.map(function (t) { return t.quotes; })),
          barChart("Related-link dates by " + s.link_dates.unit, s.link_dates.items.map(function (x) { return x[0]; }),
            s.link_dates.items.map(function (x) { return x[1]; }),
            plural(s.related_links.total, "link") + (s.related_links.unparseable_dates ? "; " + num(s.related_links.unparseable_dates) + " dates unparseable" : ""))
        ]),
        dl([["distinct authors", num(s.authors.distinct)], ["records without an author", num(s.authors.records_without_author)],
          ["records with a bio", num(s.bios.records_with_bio)]])
      ])
    ];
  }

  function rawLines(raw) {
    if (raw === null || raw === undefined) return null;
    if (raw.lines) {
      return [el("ol", { "class": "raw" }, raw.lines.map(function (line) { return el("li", null, el("code", null, line)); })),
        raw.more_lines ? el("p", { "class": "note" }, "… and " + plural(raw.more_lines, "more line") + ".") : null];
    }
    return [el("p", null, raw.note), raw.hex ? el("pre", { "class": "hex" }, raw.hex) : null];
  }

  function excerptNote(index) {
    return "the first " + index.preview_lines + " lines of the raw file as the builder decoded them (before cleaning), " +
      "each cut to " + index.preview_chars + " characters (a cut line ends in …)";
  }

  function rejectsPage(type) {
    var o = data.overview;
    var index = data.rejects;
    if (type !== undefined && type !== state.rejectType) { state.rejectType = type; state.rejectPage = 0; }
    var select = el("select", { id: "reject-type" }, [el("option", { value: "" }, "all types")].concat(
      Object.keys(o.rejects_by_type).map(function (t) { return el("option", { value: t }, t + " (" + num(o.rejects_by_type[t]) + ")"); })));
    select.value = state.rejectType;
    var list = el("div", { id: "reject-list" });
    function draw() {
      var range = [0, index.count];
      index.types.forEach(function (t) { if (t[0] === state.rejectType) range = [t[1], t[2]]; });
      fill(list, pagedList({ id: "reject-pages", meta: index, first: range[0], count: range[1], noun: "reject", page: state.rejectPage,
        onPage: function (i) { state.rejectPage = i; },
        head: ["file", "type", "message", "first lines"], row: function (r, position) {
          var raw = rawLines(r.raw);
          return [el("a", { href: "#reject/" + position, "class": "reject-link" }, r.file), el("span", { "class": "type" }, r.type), r.message,
            raw ? el("details", { "class": "first-lines" }, [el("summary", null, "show")].concat(raw)) : el("em", null, "not shown")];
        } }));
    }
    select.addEventListener("change", function () { state.rejectType = select.value; state.rejectPage = 0; draw(); });
    draw();
    return [
      el("h1", { tabindex: "-1" }, "Rejects"),
      el("p", { id: "rejects-intro" }, plural(o.rejected, "file") + " did not become a record. Every one is listed, grouped by type " +
        "(in path order within a type)" + (index.count > index.size ? ", " + num(index.size) + " to a page" : "") + ", with its message and " +
        (index.raw_shown ? excerptNote(index) + "." : "its type; the raw folder was not given to this report, so no raw lines are shown (corpus-builder report DATASET --raw RAW).")),
      el("p", { "class": "filters" }, [el("label", { "for": "reject-type" }, "Type "), select]),
      list
    ];
  }

  function rejectPage(position) {
    var index = data.rejects;
    var at = Number(position);
    var back = el("p", null, el("a", { href: "#rejects/" + encodeURIComponent(state.rejectType) }, "← all rejects"));
    if (!(at >= 0 && at < index.count && String(at) === position)) return [el("h1", { tabindex: "-1" }, "No such reject"), back];
    var holder = el("div", null, el("p", { role: "status" }, "Loading the reject…"));
    loadRange(index, at, 1, function (items, error) {
      var r = items && items[0];
      if (!r) { fill(holder, [el("h1", { tabindex: "-1" }, "Reject " + position), el("p", null, error || "not found"), back]); return; }
      var raw;
      if (r.raw === null || r.raw === undefined) {
        raw = el("p", null, "The raw folder was not given to this report, so its lines are not shown (corpus-builder report DATASET --raw RAW).");
      } else if (r.raw.lines) {
        raw = [el("p", null, "The first lines as the builder decoded them (" + r.raw.encoding + "), before cleaning, " +
          "at most " + index.preview_lines + ", each cut to " + index.preview_chars + " characters:")].concat(rawLines(r.raw));
      } else {
        raw = rawLines(r.raw);
      }
      var focused = document.activeElement;
      fill(holder, [
        back,
        el("h1", { tabindex: "-1", "class": "path" }, r.file),
        dl([["type", el("span", { "class": "type", id: "reject-type-value" }, r.type)], ["message", r.message]]),
        r.issues ? section("Problems found", [table(["type", "rule", "where", "message"], r.issues.map(function (i) {
          return [i.type, i.rule, code(i.path), i.message];
        }))]) : null,
        section("The raw file", [].concat(raw))
      ]);
      document.title = r.file + " – Dataset report";
      if (focused === document.getElementById("main")) holder.querySelector("h1").focus();
    });
    return [holder];
  }

  function matches(entry) {
    var q = state.query.trim().toLowerCase();
    if (q) {
      var hay = [entry[0], entry[1], entry[2] || "", entry[6] || ""].join("\n").toLowerCase();
      if (hay.indexOf(q) < 0) return false;
    }
    if (state.split && entry[3] !== state.split) return false;
    if (state.quotes && !entry[4]) return false;
    if (state.noAuthor && entry[2]) return false;
    if (state.look === "any" && !entry[8].length) return false;
    if (state.look && state.look !== "any" && entry[8].indexOf(state.look) < 0) return false;
    return true;
  }

  function recordsPage() {
    var o = data.overview;
    var entries = data.records || [];
    var search = el("input", { type: "search", id: "q", placeholder: "words in headline, author, id or path", autocomplete: "off" });
    search.value = state.query;
    var split = el("select", { id: "split" }, [el("option", { value: "" }, "all splits")].concat(
      Object.keys(o.records_by_split).map(function (s) { return el("option", { value: s }, s); })));
    split.value = state.split;
    var quotes = el("input", { type: "checkbox", id: "has-quotes" });
    quotes.checked = state.quotes;
    var noAuthor = el("input", { type: "checkbox", id: "no-author" });
    noAuthor.checked = state.noAuthor;
    var look = el("select", { id: "look" }, [el("option", { value: "" }, "any record"), el("option", { value: "any" }, "needs a look (any reason)")].concat(
      Object.keys(o.selection.look).map(function (k) { return el("option", { value: k }, o.selection.look[k].label); })));
    look.value = state.look;
    var results = el("div", { id: "results" });
    function draw() {
      var found = entries.filter(matches);
      var shown = found.slice(0, state.shown);
      var more = null;
      if (found.length > shown.length) {
        more = el("button", { type: "button", id: "more" }, "Show " + Math.min(PAGE, found.length - shown.length) + " more");
        more.addEventListener("click", function () { state.shown += PAGE; draw(); });
      }
      fill(results, [
        el("p", { "class": "count", role: "status" }, plural(found.length, "record") + " match" + (found.length === 1 ? "es" : "") +
          (found.length > shown.length ? "; showing the first " + num(shown.length) : "")),
        el("ul", { "class": "records" }, shown.map(function (e) {
          return el("li", { "data-id": e[0] }, [
            el("a", { href: recordHref(e[0]), "class": "headline" }, e[1]),
            el("span", { "class": "meta" }, [e[2] ? e[2] : el("em", null, "no author"), " · ", e[3], " · ",
              plural(e[4], "quote") + (e[4] ? " (" + num(e[5]) + " with a speaker)" : "")].concat(
              e[8].map(function (k) { return el("span", { "class": "badge" }, o.selection.look[k].label); })))
          ]);
        })),
        more]);
    }
    function changed() {
      state.query = search.value; state.split = split.value; state.quotes = quotes.checked;
      state.noAuthor = noAuthor.checked; state.look = look.value; state.shown = PAGE;
      draw();
    }
    [search, split, quotes, noAuthor, look].forEach(function (input) {
      input.addEventListener(input.tagName === "SELECT" || input.type === "checkbox" ? "change" : "input", changed);
    });
    draw();
    return [
      el("h1", { tabindex: "-1" }, "Records"),
      el("p", null, o.selection.text),
      el("form", { "class": "filters", role: "search" }, [
        el("label", { "for": "q" }, "Search "), search,
        el("label", { "for": "split" }, "Split "), split,
        el("span", { "class": "check" }, [quotes, el("label", { "for": "has-quotes" }, "has quotes")]),
        el("span", { "class": "check" }, [noAuthor, el("label", { "for": "no-author" }, "no author")]),
        el("label", { "for": "look" }, "Show "), look
      ]),
      results
    ];
  }

  function paragraphNode(text, index, quotes, problems) {
    var chars = Array.from(text);  // offsets count characters (code points), as Python does
    var p = el("p", { "class": "para", "data-p": index });
    var at = 0;
    quotes.forEach(function (q) {
      var quote = q[0];
      if (quote[1] < at || quote[2] > chars.length || quote[1] >= quote[2]) {
        problems.push("quote " + (q[1] + 1) + " has offsets " + quote[1] + "–" + quote[2] + " outside its paragraph or overlapping another: not highlighted");
        return;
      }
      if (quote[1] > at) add(p, chars.slice(at, quote[1]).join(""));
      add(p, el("mark", { "class": quote[3] === null ? "q q-none" : "q", tabindex: "0", "data-q": q[1], "aria-describedby": "tip" },
        chars.slice(quote[1], quote[2]).join("")));
      at = quote[2];
    });
    if (at < chars.length) add(p, chars.slice(at).join(""));
    return p;
  }

  function tipText(quote) {
    return quote[3] === null ? "no speaker" + (quote[4] ? " · cue: " + quote[4] : "")
      : "speaker: " + quote[3] + (quote[4] ? " · cue: " + quote[4] : " · no cue of its own");
  }

  function recordPage(id) {
    var holder = el("div", null, el("p", { role: "status" }, "Loading the record…"));
    loadRecord(id, function (r, error) {
      if (!r) {
        fill(holder, [el("h1", { tabindex: "-1" }, "Record " + id), el("p", null, error ||
          "This record is not held in the report (see “Which records this report holds” on the overview)."),
          el("p", null, el("a", { href: "#records" }, "← all records"))]);
        return;
      }
      var focused = document.activeElement;
      fill(holder, renderRecord(r));
      document.getElementById("main").setAttribute("data-record", r.id);
      document.title = r.headline + " – Dataset report";
      if (focused === document.getElementById("main")) document.getElementById("headline").focus();
    });
    return [holder];
  }

  function renderRecord(r) {
    var o = data.overview;
    var position = heldIndex()[r.id];
    var prev = data.records[position - 1], next = data.records[position + 1];
    var byParagraph = {};
    r.quotes.forEach(function (q, k) { (byParagraph[q[0]] = byParagraph[q[0]] || []).push([q, k]); });
    var problems = [];
    var paragraphs = r.paragraphs.map(function (text, i) {
      var qs = (byParagraph[i] || []).slice().sort(function (a, b) { return a[0][1] - b[0][1]; });
      return paragraphNode(text, i, qs, problems);
    });
    var why = { all: "every record is held", sample: "in the sample", look: "needs a look" }[r.why];
    var quoteRows = r.quotes.map(function (q, k) {
      var chars = Array.from(r.paragraphs[q[0]] || "");
      return [String(k + 1), el("q", null, chars.slice(q[1], q[2]).join("")), q[3] === null ? el("em", null, "none") : q[3],
        q[4] === null ? el("em", null, "none") : q[4], String(q[0] + 1)];
    });
    return [
      el("nav", { "class": "pager", "aria-label": "Records" }, [
        el("a", { href: "#records" }, "← all records"),
        prev ? el("a", { href: recordHref(prev[0]), rel: "prev" }, "previous") : null,
        next ? el("a", { href: recordHref(next[0]), rel: "next" }, "next") : null]),
      el("h1", { tabindex: "-1", id: "headline" }, r.headline),
      dl([
        ["author", r.author === null ? el("em", null, "none") : r.author],
        ["image credit", r.image_credit === null ? el("em", null, "none") : r.image_credit],
        ["split", r.split],
        ["id", code(r.id)],
        ["in this report because", [why].concat(r.look.map(function (k) { return el("span", { "class": "badge" }, o.selection.look[k].label); }))],
        ["source", code(r.source[0])],
        ["sha256", code(r.source[1])],
        ["encoding", r.source[2]]
      ]),
      section("Text", [
        el("p", { "class": "note" }, "Quotes are highlighted; hover over one or move to it with Tab to see its speaker and cue. " +
          "Quotes without a speaker are grey."),
        problems.length ? el("ul", { "class": "problems" }, problems.map(function (p) { return el("li", null, p); })) : null,
        el("div", { "class": "article" }, paragraphs)
      ]),
      section("Quotes (" + r.quotes.length + ")", [r.quotes.length ? table(["#", "text", "speaker", "cue", "paragraph"], quoteRows) : el("p", null, "none")]),
      section("Bio", [r.bio === null ? el("p", null, el("em", null, "none")) :
        el("div", { "class": "bio" }, r.bio.split("\n\n").map(function (t) { return el("p", null, t); }))]),
      section("Related links (" + r.links.length + ")", [r.links.length ? table(["date", "author", "title"], r.links) : el("p", null, "none")]),
      section("Lines removed as boilerplate (" + r.boilerplate.length + ")", [
        el("p", { "class": "note" }, "Every non-blank raw line that is in no field, with the rule that removed it and how many related links stood before it."),
        r.boilerplate.length ? table(["line", "rule", "links before"], r.boilerplate.map(function (b) { return [b[0], code(b[1]), String(b[2])]; }))
          : el("p", null, "none")]),
      Object.keys(r.extra).length ? section("Other fields", [el("pre", null, JSON.stringify(r.extra, null, 2))]) : null
    ];
  }

  function opsNode(tag, ops, attrs) {
    var node = el(tag, attrs);
    ops.forEach(function (op) {
      add(node, op[0] === "=" ? op[1] : el(op[0] === "-" ? "del" : "ins", null, op[1]));
    });
    return node;
  }

  function changeNode(change) {
    var body;
    if (change.kind === "text") {
      body = [change.old_null ? el("p", { "class": "note" }, "was null") : null,
        change.new_null ? el("p", { "class": "note" }, "is now null") : null,
        opsNode("p", change.ops, { "class": "wdiff" })];
    } else if (change.kind === "lines") {
      body = [el("p", { "class": "note" }, num(change.unchanged) + " unchanged")].concat(change.blocks.map(function (b) {
        var where = b.old_at === null ? "added as " + (b.new_at + 1) : b.new_at === null ? (b.old_at + 1) + " removed"
          : b.old_at === b.new_at ? String(b.new_at + 1) : (b.old_at + 1) + " → " + (b.new_at + 1);
        return el("div", { "class": "block" }, [el("p", { "class": "where" }, where),
          opsNode("p", b.ops, { "class": "wdiff", "data-old": b.old_at === null ? "" : b.old_at, "data-new": b.new_at === null ? "" : b.new_at })]);
      }));
    } else {
      var same = change.ops.filter(function (op) { return op[0] === "="; }).length;
      body = [same ? el("p", { "class": "note" }, num(same) + " unchanged") : null,
        el("pre", { "class": "jdiff" }, change.ops.filter(function (op) { return op[0] !== "="; }).map(function (op) {
          return el(op[0] === "-" ? "del" : "ins", null, op[0] + " " + op[1] + "\n");
        }))];
    }
    return el("div", { "class": "change", "data-field": change.field }, [el("h4", null, change.field)].concat(body));
  }

  function diffPage() {
    var d = data.diff;
    if (!d) {
      return [el("h1", { tabindex: "-1" }, "Changes"), el("p", null,
        "This report was written without an older dataset to compare with (corpus-builder report DATASET --against OLDER; every release compares with the release before it).")];
    }
    function list(id, meta, noun, head, row) {
      return pagedList({ id: id + "-list", meta: meta, noun: noun, head: head, row: row });
    }
    var left = d.changed.count - d.changed.items.length;
    return [
      el("h1", { tabindex: "-1" }, "Changes since " + d.against),
      dl([["records", num(d.counts.old) + " → " + num(d.counts.new)],
        ["bump the changes require", d.bump || "none"],
        ["schema", d.schema.changed ? "changed (sha256 " + d.schema.new_sha256 + ")" : "unchanged"],
        ["dataset card", d.card_changed ? "changed" : "unchanged"]]),
      d.reasons.length ? el("ul", { "class": "reasons" }, d.reasons.map(function (r) { return el("li", null, r.level + ": " + r.reason); })) : null,
      d.schema.lines.length ? el("ul", null, d.schema.lines.map(function (l) { return el("li", null, l); })) : null,
      section("Added (" + num(d.added.count) + ")", [list("added", d.added, "added record", ["record", "split"], function (x) {
        return [recordLink(x[0], x[1]), x[2]];
      })], { id: "added" }),
      section("Removed (" + num(d.removed.count) + ")", [list("removed", d.removed, "removed record", ["record", "id", "split"], function (x) {
        return [x[1], code(x[0]), x[2]];
      })], { id: "removed" }),
      section("Moved to another split (" + num(d.moves.count) + ")", [list("moves", d.moves, "moved record", ["record", "from", "to"], function (x) {
        return [recordLink(x[0], x[1]), x[2], x[3]];
      })], { id: "moves" }),
      section("Changed (" + num(d.changed.count) + ")", [
        el("p", { "class": "note" }, "Word by word: struck-through text was removed, underlined text added."),
        d.changed.items.length ? el("div", null, d.changed.items.map(function (c) {
          return el("article", { "class": "changed", "data-id": c.id }, [
            el("h3", null, recordLink(c.id, c.headline)),
            el("p", { "class": "meta" }, [code(c.id), " · " + c.split + " · fields changed: " + c.fields.join(", ")])
          ].concat(c.changes.map(changeNode)));
        })) : el("p", null, "none"),
        left ? el("p", { "class": "note", id: "changed-left-out" }, "The first " + num(d.changed.items.length) + " changed records are shown with their diff; " +
          num(left) + " more are left out here (a diff has no size bound); corpus-builder diff --json lists them all.") : null], { id: "changed" })
    ];
  }

  // --- the quote tooltip --------------------------------------------------------------------

  var currentRecord = null;
  function showTip(mark) {
    var tip = document.getElementById("tip");
    var record = currentRecord;
    if (!record) return;
    var quote = record.quotes[Number(mark.getAttribute("data-q"))];
    if (!quote) return;
    tip.textContent = tipText(quote);
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    var width = Math.min(320, document.documentElement.clientWidth - 16);
    tip.style.maxWidth = width + "px";
    tip.style.left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8)) + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
  }
  function hideTip() { document.getElementById("tip").hidden = true; }

  function watchTips(main) {
    ["mouseover", "focusin"].forEach(function (type) {
      main.addEventListener(type, function (event) {
        var mark = event.target.closest && event.target.closest("mark.q");
        if (mark) showTip(mark);
      });
    });
    ["mouseout", "focusout"].forEach(function (type) {
      main.addEventListener(type, function (event) {
        if (event.target.closest && event.target.closest("mark.q")) hideTip();
      });
    });
    document.addEventListener("keydown", function (event) { if (event.key === "Escape") hideTip(); });
  }

  // --- navigation ----------------------------------------------------------------------------

  function nav(current) {
    var items = [["overview", "Overview"], ["rejects", "Rejects (" + num(data.overview.rejected) + ")"],
      ["records", "Records (" + num(data.overview.selection.held) + " of " + num(data.overview.selection.total) + ")"]];
    if (data.diff) items.push(["diff", "Changes since " + data.diff.against]);
    fill(document.getElementById("nav"), items.map(function (item) {
      return el("li", null, el("a", { href: "#" + item[0], "aria-current": item[0] === current ? "page" : null }, item[1]));
    }));
  }

  function route(moveFocus) {
    var main = document.getElementById("main");
    var hash = location.hash.replace(/^#/, "");
    var cut = hash.indexOf("/");
    var page = cut < 0 ? hash : hash.slice(0, cut);
    var arg = cut < 0 ? undefined : hash.slice(cut + 1);
    try { if (arg !== undefined) arg = decodeURIComponent(arg); } catch (e) { /* a malformed address: taken as written */ }
    var content, section = page;
    hideTip();
    currentRecord = null;
    main.removeAttribute("data-record");
    if (page === "rejects") content = rejectsPage(arg === undefined ? "" : arg);
    else if (page === "reject") { content = rejectPage(arg); section = "rejects"; }
    else if (page === "records") content = recordsPage();
    else if (page === "record") {
      content = recordPage(arg); section = "records";
      loadRecord(arg, function (r) { currentRecord = r; });
    }
    else if (page === "diff") content = diffPage();
    else { content = overviewPage(); section = "overview"; }
    nav(section);
    fill(main, content);
    var title = main.querySelector("h1");
    document.title = (title ? title.textContent + " – " : "") + "Dataset report";
    if (moveFocus) (title || main).focus();
    if (moveFocus && page !== "record") window.scrollTo(0, 0);
  }

  function start() {
    if (!data.overview) {
      fill(document.getElementById("main"), el("p", null, "The report's data files (data/*.js) are missing."));
      return;
    }
    var rel = data.overview.release;
    document.getElementById("release").textContent = rel ? "v" + rel.version : "";
    watchTips(document.getElementById("main"));
    window.addEventListener("hashchange", function () { route(true); });
    route(false);
  }

  document.addEventListener("DOMContentLoaded", start);
  return { put: put, chunk: chunk, part: part };
})();
