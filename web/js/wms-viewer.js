/*
 * A small Leaflet page showing any layer the caller may see through L.tileLayer.wms against this service: the check
 * that a web client can use the WMS as it is, and a quick look for whoever publishes a new style.
 * ?layer=name:style picks the layer, ?version= the WMS version, ?lat=&lon=&z= the view.
 */
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  const map = L.map('map').setView([32.01, 120.87], 14);
  const select = document.getElementById('layer');
  window.tileErrors = 0;
  window.tilesLoaded = 0;
  let overlay = null;
  let en = false;
  let moving = false;
  // For the tile benchmark's recorder: how many moves have ended, and whether the map is still with every tile drawn.
  window.viewer = { moves: 0, idle: () => !moving && overlay !== null && !overlay.isLoading() };
  map.on('movestart', () => { moving = true; }).on('moveend', () => { moving = false; window.viewer.moves++; });

  function show() {
    const [layer, style] = select.value.split(':');
    if (overlay) map.removeLayer(overlay);
    overlay = L.tileLayer.wms('/wms', {
      layers: 'districts,' + layer, styles: ',' + style, format: 'image/png', transparent: true,
      version: params.get('version') || '1.3.0', maxZoom: 19
    }).on('tileerror', () => window.tileErrors++).on('tileload', () => window.tilesLoaded++).addTo(map);
  }

  function label(option) {
    option.textContent = en ? option.dataset.en : option.dataset.zh;
  }

  // The catalog lists only the layers this caller may see, with their styles (the first is the default).
  fetch('/api/layers', { headers: { Accept: 'application/json' } }).then(r => r.json()).then(layers => {
    for (const l of layers) {
      for (const style of l.styles) {
        const o = document.createElement('option');
        o.value = l.name + ':' + style;
        o.dataset.zh = l.title.zh + ' · ' + style;
        o.dataset.en = l.title.en + ' · ' + style;
        label(o);
        select.appendChild(o);
      }
    }
    if (params.get('layer')) select.value = params.get('layer');
    if (params.get('lat')) map.setView([+params.get('lat'), +params.get('lon')], +(params.get('z') || 16));
    show();
  });

  select.addEventListener('change', show);
  document.getElementById('lang').addEventListener('click', () => {
    en = !en;
    document.documentElement.lang = en ? 'en' : 'zh-CN';
    document.getElementById('t').textContent = en ? 'Civil-defence WMS viewer' : '人防 WMS 图层预览';
    document.getElementById('lang').textContent = en ? '中文' : 'English';
    for (const o of select.options) label(o);
  });
})();
