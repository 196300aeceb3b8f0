/*
 * Colours and labels from one place, for every page: the SLD styles the WMS draws with (GET /api/styles/{name}/legend)
 * and the code lists of the register (GET /api/codes). A plain script that the public map imports as a module and the
 * staff pages load with <script>; both find it as window.ShelterStyles.
 */
(function (global) {
  'use strict';
  const cache = {};

  function getJson(url) {
    if (!cache[url]) {
      cache[url] = fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(r => {
        if (!r.ok) throw new Error('HTTP ' + r.status + ' ' + url);
        return r.json();
      });
      cache[url].catch(() => { delete cache[url]; });
    }
    return cache[url];
  }

  function draws(rule, kind) { return rule.symbolizers.some(s => s.kind === kind); }

  const ShelterStyles = {
    /** A style's rules: {name, layer, title: {zh, en}, rules: [{name, title, property, value, else_filter, symbolizers}]}. */
    legend: name => getJson('/api/styles/' + encodeURIComponent(name) + '/legend'),
    /** Every code list the caller may read: {list: [{code, label: {zh, en}}]}. */
    codes: () => getJson('/api/codes'),

    /**
     * The rule that draws a feature with `kind` symbols (polygon, line, point), as the WMS picks it: the first rule
     * whose `property = value` filter matches the feature's properties, else the else-rule; rules with other filters
     * are taken only as a last resort. Scale ranges are left to the caller (choose the kind that fits the zoom).
     */
    rule(legend, properties, kind) {
      const rules = legend.rules.filter(r => draws(r, kind));
      const props = properties || {};
      return rules.find(r => r.property && String(props[r.property]) === r.value)
        || rules.find(r => r.else_filter) || rules.find(r => !r.property) || rules[0] || null;
    },
    /** The `kind` symbolizer of that rule: {fill, fill_opacity, stroke, stroke_opacity, stroke_width, dash, mark, size}. */
    symbol(legend, properties, kind) {
      const rule = ShelterStyles.rule(legend, properties, kind);
      return rule ? rule.symbolizers.find(s => s.kind === kind) : null;
    },
    /** The fill colour that style gives a feature drawn as `kind` (grey when the style is not at hand). */
    fill(legend, properties, kind) {
      const symbol = legend && ShelterStyles.symbol(legend, properties, kind);
      return symbol && symbol.fill ? symbol.fill : '#888';
    },
    /** Leaflet path options for a polygon or line symbolizer. */
    pathStyle(symbol) {
      if (!symbol) return {};
      return {
        color: symbol.stroke || symbol.fill, weight: symbol.stroke_width ?? 1, opacity: symbol.stroke_opacity ?? 1,
        fillColor: symbol.fill || symbol.stroke, fillOpacity: symbol.fill ? (symbol.fill_opacity ?? 1) : 0,
        fill: !!symbol.fill, dashArray: symbol.dash ? symbol.dash.join(' ') : null
      };
    },
    /** A rule's title in the language. */
    title(rule, lang) { return rule ? (rule.title[lang] || rule.title.zh) : ''; },
    /** The label of a code in the language, or null when the list is not at hand. */
    label(codes, list, code, lang) {
      const hit = codes && codes[list] && codes[list].find(c => c.code === code);
      return hit ? (hit.label[lang] || hit.label.zh) : null;
    }
  };
  global.ShelterStyles = ShelterStyles;
})(globalThis);
