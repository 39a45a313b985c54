/* Conflict Evidence: the offline evidence map. Leaflet draws the map; this file only joins the case's data to
   it. Every text from the store is put in the page as text (textContent), never as HTML. */
(function () {
  "use strict";
  var data = window.CE_CASE, S = window.CE_STRINGS, basemap = window.CE_BASEMAP;
  var STANCES = ["asserts", "disputes", "denies", "qualifies", "context"];
  var AGAINST = {disputes: true, denies: true};
  var DAY = 86400000;
  var CLICK_PX = 12;
  var LONG_QUOTE = 1500;
  var SVG_SHAPES = 1000;  // up to this many features, each shape is an SVG element; above, all go on one canvas
  var LISTED = 50;  // features in view listed in the panel, as links a keyboard reaches

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null && text !== "") { node.textContent = String(text); }
    return node;
  }
  // A text from the store in its own direction (an English quote in the Arabic page, an Arabic one in English)
  function own(tag, className, text) {
    var node = el(tag, className, text);
    node.dir = "auto";
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function safeUrl(url) { return /^https?:\/\//i.test(url || "") ? url : null; }
  function day(iso) { return iso ? iso.slice(0, 10) : ""; }
  function time(iso) { return iso ? Date.parse(iso.length === 10 ? iso + "T00:00:00Z" : iso) : NaN; }

  var panel = document.getElementById("panel");
  var features = data.features;
  var byUid = {}, byId = {};
  features.forEach(function (f) {
    byId[f.id] = f;
    if (!(f.uid in byUid)) { byUid[f.uid] = f; }
  });
  var layerStyle = {};
  data.layers.forEach(function (l) { layerStyle[l.name] = l; });

  // --- the map: Natural Earth outlines, then the features as QGIS draws them
  // What is only paint (the uncertainty drawn on the ground, the contested ring and halo, the outlines) goes on
  // one canvas. Up to SVG_SHAPES features, each shape is an SVG element a reader can click, tab to and open with
  // Enter; above, the shapes go on the canvas too (Leaflet finds the shape under a click), and the panel lists
  // the features in view as links. The view is fitted before anything is drawn, so that each shape is drawn
  // once, at the zoom it is seen at (docs/web-map.md: where the time goes at 10,000 features).
  performance.mark("ce-data");
  var map = L.map("map", {attributionControl: false, worldCopyJump: true});
  var paint = L.canvas({padding: 0.1});  // Leaflet's default: a wider canvas costs more to paint than it saves
  var onCanvas = features.length > SVG_SHAPES;
  var drawn = {};  // feature id -> {shape: the layer a reader clicks, ground: its paint on the canvas, bounds}
  var shapes = L.featureGroup().addTo(map);
  features.forEach(function (f) {
    var style = layerStyle[f.layer] || {colour: "#555555"};
    var kind = "ce-feature ce-" + f.layer + (f.contested ? " ce-contested" : "");
    var ground = [], shape, bounds;
    f.t0 = time(f.t_start);
    f.t1 = time(f.t_end);
    if (f.geometry.type === "Point") {
      var ll = L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
      if (f.uncertainty_m > 0) {
        // an outline only: features at one place with one uncertainty (a country, a province) draw one circle
        ground.push(L.circle(ll, {radius: f.uncertainty_m, color: style.colour, weight: 1.2, opacity: 0.6,
          dashArray: "5 4", fill: false, interactive: false, renderer: paint}));
      }
      if (f.contested) {
        ground.push(L.circleMarker(ll, {radius: 10, color: data.contested_colour, weight: 3, fill: false,
          interactive: false, renderer: paint}));
      }
      shape = L.circleMarker(ll, {radius: 6, color: "#ffffff", weight: 1.5, fillColor: style.colour,
        fillOpacity: 1, className: kind, renderer: onCanvas ? paint : undefined});
      bounds = f.uncertainty_m > 0 ? ll.toBounds(2 * f.uncertainty_m) : L.latLngBounds(ll, ll);
    } else {
      if (f.contested) {
        ground.push(L.GeoJSON.geometryToLayer({type: "Feature", geometry: f.geometry}, {interactive: false,
          renderer: paint, color: data.contested_colour, weight: 8, opacity: 0.7, fill: false}));
      }
      var look = {color: style.colour, weight: 3, fillColor: style.colour, fillOpacity: 0.2,
        dashArray: style.dashed ? "8 6" : null, className: kind, renderer: onCanvas ? paint : undefined};
      look.pointToLayer = function (_, at) { return L.circleMarker(at, look); };  // a part that is a point
      shape = L.GeoJSON.geometryToLayer({type: "Feature", geometry: f.geometry}, look);
      bounds = shape.getBounds();
    }
    shape.feature = f;
    drawn[f.id] = {shape: shape, ground: ground, bounds: bounds};
  });
  var everything = L.latLngBounds([]);
  features.forEach(function (f) { everything.extend(drawn[f.id].bounds); });
  if (everything.isValid()) {
    map.fitBounds(everything, {padding: [20, 20], animate: false});
  } else {
    map.setView([20, 0], 2);
  }
  L.geoJSON(basemap, {interactive: false, renderer: paint,
    style: {color: "#9e9e9e", weight: 0.6, fillColor: "#f5f2ea", fillOpacity: 1}}).addTo(map);
  shapes.on("click", function (event) { clicked(event.layer.feature, event.latlng); });
  // Enter on a shape reached with Tab opens it: one listener for every shape
  var shapeOf = {};  // feature id -> its SVG layer (set by label)
  map.getPane("overlayPane").addEventListener("keydown", function (event) {
    var layer = event.key === "Enter" && shapeOf[event.target.getAttribute("data-id")];
    if (layer) { clicked(layer.feature, layer.getLatLng ? layer.getLatLng() : layer.getBounds().getCenter()); }
  });
  performance.mark("ce-layers");

  // What a reader (and a screen reader) is told about each shape: set as attributes, never as markup
  function label(f) {
    var layer = drawn[f.id].shape;
    (layer.eachLayer ? layer.getLayers() : [layer]).forEach(function (part) {
      var node = part.getElement && part.getElement();
      if (!node) { return; }
      node.setAttribute("data-uid", f.uid);
      node.setAttribute("data-id", f.id);
      node.setAttribute("aria-label", f.title + (f.contested ? " (" + S.contested + ")" : ""));
      node.setAttribute("role", "button");
      node.setAttribute("tabindex", "0");
      shapeOf[f.id] = part;
      part.feature = f;
    });
  }

  function anchor(f) {
    if (f.geometry.type === "Point") { return L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]); }
    return null;
  }

  // Features drawn on top of each other stay reachable: a click lists every shown feature under it.
  function clicked(f, latlng) {
    var here = map.latLngToContainerPoint(latlng);
    var near = features.filter(function (g) {
      if (!visible[g.id]) { return false; }
      if (g === f) { return true; }
      var a = anchor(g);
      return a !== null && map.latLngToContainerPoint(a).distanceTo(here) <= CLICK_PX;
    });
    if (near.length > 1) { showChooser(near); } else { location.hash = "#" + encodeURIComponent(f.uid); }
  }

  // The features shown that lie in the map's view, as links (what Tab reaches when the shapes are on a canvas)
  function showInView() {
    clear(panel);
    panel.appendChild(el("p", null, S.choose));
    var view = map.getBounds(), listed = 0, more = 0;
    var ul = el("ul", "in-view");
    features.forEach(function (f) {
      if (!visible[f.id] || !view.intersects(drawn[f.id].bounds)) { return; }
      if (listed >= LISTED) { more += 1; return; }
      var a = own("a", null, f.title);
      a.href = "#" + encodeURIComponent(f.uid);
      ul.appendChild(el("li")).appendChild(a);
      listed += 1;
    });
    if (listed) {
      panel.appendChild(el("h2", null, S.in_view));
      panel.appendChild(ul);
    }
    if (more) { panel.appendChild(el("p", null, S.more_in_view.replace("{}", more))); }
  }
  map.on("moveend", function () { if (listing) { showInView(); } });
  var listing = false;

  function showChooser(list) {
    listing = false;
    clear(panel);
    panel.appendChild(el("h2", null, S.features_here));
    var ul = el("ul", "chooser");
    list.forEach(function (f) {
      var li = own("li", null, f.title + " (" + (S.layers[f.layer] || f.layer) + ")");
      li.tabIndex = 0;
      li.addEventListener("click", function () { location.hash = "#" + encodeURIComponent(f.uid); });
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }

  // --- filters: affiliation and stance
  var affiliationBox = document.getElementById("affiliation");
  var affiliations = {};
  Object.keys(data.statements).forEach(function (sid) {
    var a = data.statements[sid].affiliation;
    if (a) { affiliations[a] = true; }
  });
  affiliationBox.appendChild(new Option(S.all_affiliations, ""));
  Object.keys(affiliations).sort().forEach(function (a) { affiliationBox.appendChild(new Option(a, a)); });
  var stanceBoxes = {};
  var stancesNode = document.getElementById("stances");
  stancesNode.appendChild(el("span", null, S.stances + ": "));
  STANCES.forEach(function (stance) {
    var label = el("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.id = "stance-" + stance;
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + S[stance]));
    stancesNode.appendChild(label);
    stanceBoxes[stance] = box;
    box.addEventListener("change", refresh);
  });
  affiliationBox.addEventListener("change", refresh);
  var printButton = document.getElementById("print");
  printButton.textContent = S.print;
  printButton.addEventListener("click", function () { window.print(); });

  function passes(link) {
    var s = data.statements[link.sid];
    return stanceBoxes[link.stance] && stanceBoxes[link.stance].checked &&
      (!affiliationBox.value || s.affiliation === affiliationBox.value);
  }
  function filtering() {
    return !!affiliationBox.value || STANCES.some(function (s) { return !stanceBoxes[s].checked; });
  }

  // --- the timeline: a window of days; moving it filters the map
  var first = Infinity, last = -Infinity;
  features.forEach(function (f) {
    if (isFinite(f.t0)) { first = Math.min(first, Math.floor(f.t0 / DAY)); }
    if (isFinite(f.t1)) { last = Math.max(last, Math.ceil(f.t1 / DAY)); }
  });
  if (!isFinite(first) || !isFinite(last)) { first = 0; last = 0; }
  var from = document.getElementById("from"), to = document.getElementById("to");
  [from, to].forEach(function (input) {
    input.min = 0;
    input.max = String(Math.max(0, last - first));
    input.addEventListener("input", refresh);
  });
  from.value = "0";
  to.value = to.max;
  document.getElementById("timeline-label").textContent = S.timeline;
  document.getElementById("from-label").textContent = S.from;
  document.getElementById("to-label").textContent = S.to;
  document.getElementById("credits").textContent = S.generated + " · " + S.basemap;

  function dayText(n) { return new Date((first + n) * DAY).toISOString().slice(0, 10); }

  // Moving the timeline or a filter only adds and removes the shapes whose state changed; the times were read once.
  var visible = {};
  function refresh() {
    var a = Math.min(+from.value, +to.value), b = Math.max(+from.value, +to.value);
    var lo = (first + a) * DAY, hi = (first + b + 1) * DAY;
    document.getElementById("window").textContent = dayText(a) + " – " + dayText(b);
    var count = 0, filtered = filtering();
    features.forEach(function (f) {
      var show = !(f.t0 >= hi || f.t1 < lo) && (!filtered || f.links.some(passes));
      if (show && !visible[f.id]) { shown(f, true); }
      if (!show && visible[f.id]) { shown(f, false); }
      visible[f.id] = show;
      count += show ? 1 : 0;
    });
    document.getElementById("count").textContent = count + " / " + features.length + " " + S.shown;
    route();
  }
  function shown(f, show) {
    var d = drawn[f.id];
    d.ground.forEach(function (layer) { if (show) { layer.addTo(map); } else { map.removeLayer(layer); } });
    if (show) { shapes.addLayer(d.shape); label(f); } else { shapes.removeLayer(d.shape); }
  }

  // --- the panel: a feature with its statements by stance, or a document with the quote highlighted
  function fact(list, term, value) {
    if (value === undefined || value === null || value === "") { return; }
    list.appendChild(el("dt", null, term));
    list.appendChild(el("dd", null, value));
  }

  function showFeature(f) {
    clear(panel);
    panel.appendChild(own("h2", null, f.title));
    var badge = el("span", "badge " + (f.contested ? "contested" : "quiet"), f.contested ? S.contested : S.not_contested);
    panel.appendChild(badge);
    var facts = el("dl", "facts");
    fact(facts, S.type, (S.layers[f.layer] || f.layer) + " · " + (f.event_label || f.event_type));
    fact(facts, S.actor, f.actor);
    fact(facts, S.time, day(f.t_start) + (day(f.t_end) !== day(f.t_start) ? " – " + day(f.t_end) : "") +
      " (" + S.precision + ": " + (f.time_label || f.time_precision) + ")");
    fact(facts, S.location, (f.loc_label || f.loc_precision) + (f.uncertainty_m ? " · " + S.uncertainty + " " +
      (f.uncertainty_m >= 1000 ? (f.uncertainty_m / 1000).toFixed(1) + " km" : Math.round(f.uncertainty_m) + " m") : ""));
    panel.appendChild(facts);
    if (f.description) { panel.appendChild(own("p", null, f.description)); }
    var link = el("a", "no-print", S.link);
    link.href = "#" + encodeURIComponent(f.uid);
    panel.appendChild(link);
    var shown = 0;
    STANCES.forEach(function (stance) {
      var links = f.links.filter(function (l) { return l.stance === stance && passes(l); });
      if (!links.length) { return; }
      var group = el("section", "stance-group " + (AGAINST[stance] ? "against" : stance === "asserts" ? "for" : ""));
      group.appendChild(el("h3", null, S[stance] + " (" + links.length + ")"));
      links.forEach(function (l) { group.appendChild(statementCard(l)); shown += 1; });
      panel.appendChild(group);
    });
    if (!shown) { panel.appendChild(el("p", null, S.no_statement)); }
    if (f.checks.length) {
      panel.appendChild(el("h3", null, S.claim_checks));
      var ul = el("ul", "checks");
      f.checks.forEach(function (c) {
        ul.appendChild(el("li", null, c.check + ": " + c.speaker + " — " + c.claimed + " / " + c.measured + " " +
          (c.unit || "") + " → " + c.verdict));
      });
      panel.appendChild(ul);
    }
  }

  function statementCard(l) {
    var s = data.statements[l.sid];
    var card = el("article", "statement");
    card.id = "statement-" + s.sid;
    var quote = own("blockquote", null, s.quote.length > LONG_QUOTE ? s.quote.slice(0, LONG_QUOTE) + " …" : s.quote);
    if (s.language && s.language !== "und") { quote.lang = s.language; }
    card.appendChild(quote);
    if (s.quote.length > LONG_QUOTE) {  // a very long quote would bury the statements after it
      var more = el("button", "no-print more", S.show_all);
      more.type = "button";
      more.addEventListener("click", function () { quote.textContent = s.quote; card.removeChild(more); });
      card.appendChild(more);
    }
    if (s.translation) {  // the analyst's, after the original, marked as a translation with who and when
      var translated = el("div", "translation");
      var mark = S.translation_by.split("{}");
      translated.appendChild(el("p", "translation-mark",
        mark[0] + s.translated_by + (mark[1] || "") + s.translated_at.slice(0, 16).replace("T", " ") + " UTC" +
        (mark[2] || "")));
      translated.appendChild(el("blockquote", null, s.translation));
      card.appendChild(translated);
    }
    var meta = el("div", "meta");
    meta.appendChild(own("span", "speaker", s.speaker));
    if (s.role) { meta.appendChild(el("span", null, S.role + ": " + s.role)); }
    if (s.affiliation) { meta.appendChild(el("span", null, S.affiliation + ": " + s.affiliation)); }
    if (s.relays.length) {
      var chain = el("span", null, S.relayed_by + ": ");
      s.relays.forEach(function (relay, index) {
        if (index) { chain.appendChild(document.createTextNode(" › ")); }
        chain.appendChild(own("bdi", null, relay));
      });
      meta.appendChild(chain);
    }
    if (s.stated_on) { meta.appendChild(el("span", null, S.stated_on + ": " + day(s.stated_on))); }
    if (l.claim) { meta.appendChild(el("span", null, S.claim + ": " + l.claim)); }
    if (s.grading) { meta.appendChild(el("span", null, S.grading + ": " + s.grading)); }
    if (s.language) { meta.appendChild(el("span", null, S.language + ": " + s.language)); }
    meta.appendChild(el("span", null, s.direct ? S.quote_direct : S.quote_reported));
    card.appendChild(meta);
    var open = el("a", "no-print", S.document);
    open.href = "#doc=" + encodeURIComponent(s.did) + "&sid=" + encodeURIComponent(s.sid);
    card.appendChild(open);
    return card;
  }

  function showDocument(did, sid) {
    var d = data.documents[did], s = data.statements[sid];
    if (!d) { return false; }
    clear(panel);
    var feature = features.filter(function (f) {
      return f.links.some(function (l) { return l.sid === sid; });
    })[0];
    if (feature) {
      var back = el("a", "no-print", S.back);
      back.href = "#" + encodeURIComponent(feature.uid);
      panel.appendChild(back);
    }
    panel.appendChild(own("h2", null, d.title || d.outlet));
    var facts = el("dl", "facts");
    fact(facts, S.outlet, d.outlet);
    fact(facts, S.published_at, d.published_at ? d.published_at.replace("T", " ") : "");
    fact(facts, S.sha256, d.sha256);
    facts.lastChild.className = "hash";
    if (d.original) {
      fact(facts, S.original, d.original.file_name + " (" + d.original.media_type + ", " + d.original.size + " B)");
      fact(facts, S.sha256, d.original.sha256);
      facts.lastChild.className = "hash";
      fact(facts, S.captured_at, d.original.captured_at ? d.original.captured_at.replace("T", " ") : "");
    }
    panel.appendChild(facts);
    [["url", S.source_url], ["archive_url", S.archive_url]].forEach(function (pair) {
      var url = safeUrl(d[pair[0]]);
      if (!url) { return; }
      var a = el("a", null, pair[1] + ": " + url);
      a.href = url;
      a.rel = "noopener noreferrer";
      panel.appendChild(el("p")).appendChild(a);
    });
    var marked = null;
    if (d.text !== undefined) {
      var body = own("div", "document-text");
      if (s && s.did === did) {
        body.appendChild(document.createTextNode(codePoints(d.text, 0, s.quote_start)));
        marked = el("mark", null, codePoints(d.text, s.quote_start, s.quote_end));
        body.appendChild(marked);
        body.appendChild(document.createTextNode(codePoints(d.text, s.quote_end)));
      } else {
        body.textContent = d.text;
      }
      panel.appendChild(body);
    } else {
      panel.appendChild(el("p", null, S.passages_only));
      d.passages.forEach(function (p) {
        var chosen = s && s.did === did && p.start === s.quote_start && p.end === s.quote_end;
        var node = own("blockquote", "passage" + (chosen ? " chosen" : ""));
        if (chosen) { marked = el("mark", null, p.text); node.appendChild(marked); } else { node.textContent = p.text; }
        panel.appendChild(node);
      });
    }
    if (marked) { marked.scrollIntoView({block: "center"}); }
    return true;
  }

  // Offsets in the store count code points (Python's str); JavaScript strings count UTF-16 units.
  function codePoints(text, start, end) {
    var points = Array.from(text);
    return points.slice(start, end === undefined ? points.length : end).join("");
  }

  var framed = null;
  function route() {
    listing = false;
    var hash = decodeURIComponent(location.hash.slice(1));
    if (hash.indexOf("doc=") === 0) {
      var params = {};
      location.hash.slice(1).split("&").forEach(function (part) {
        var kv = part.split("=");
        params[kv[0]] = decodeURIComponent(kv.slice(1).join("="));
      });
      if (showDocument(params.doc, params.sid)) { return; }
    }
    var f = byUid[hash] || byId[hash];
    if (f) {
      showFeature(f);
      if (visible[f.id] && framed !== f.id) { map.fitBounds(drawn[f.id].bounds, {maxZoom: 9, padding: [30, 30], animate: false}); }
      framed = f.id;
      return;
    }
    listing = true;
    showInView();
  }

  window.addEventListener("hashchange", route);
  refresh();
  performance.mark("ce-drawn");
  document.body.setAttribute("data-ready", "1");
})();
