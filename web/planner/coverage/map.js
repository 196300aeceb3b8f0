// The map: plan units coloured by coverage or area balance, uncovered areas, service-radius rings, what-if works.
'use strict';
const CoverageMap = (() => {
  const COVERAGE_CLASSES = [
    { min: 0.95, color: '#1a9850', label: '≥ 95%' }, { min: 0.8, color: '#91cf60', label: '80–95%' },
    { min: 0.6, color: '#fee08b', label: '60–80%' }, { min: 0.4, color: '#fc8d59', label: '40–60%' },
    { min: -1, color: '#d73027', label: '< 40%' }];
  // Area per staying person relative to the standard (m² per person of the run).
  const BALANCE_CLASSES = [
    { min: 1.5, color: '#1a9850', label: '≥ 1.5×' }, { min: 1.0, color: '#91cf60', label: '1.0–1.5×' },
    { min: 0.75, color: '#fee08b', label: '0.75–1.0×' }, { min: 0.5, color: '#fc8d59', label: '0.5–0.75×' },
    { min: -1, color: '#d73027', label: '< 0.5×' }];
  let map, unitsLayer, gapsLayer, ringsLayer, whatIfLayer, pendingLayer, legend;
  let mode = 'coverage', run = null, placing = null, lastScope = null, selected = null;
  const byUnit = new Map();

  function init(onSelectUnit) {
    map = L.map('map', { preferCanvas: true, zoomControl: true, attributionControl: false, zoomSnap: 0.25, zoomDelta: 0.5 }).setView([32.0, 120.87], 12);
    L.control.scale({ imperial: false }).addTo(map);
    const canvas = L.canvas({ padding: 0.3 });
    fetch('/api/layers/districts/features?limit=100').then(r => r.ok ? r.json() : null).then(fc => {
      if (fc) L.geoJSON(fc, { style: { color: '#777', weight: 1.5, fill: false, dashArray: '4 3' }, interactive: false })
        .addTo(map).bringToBack();
    }).catch(() => {});
    unitsLayer = L.geoJSON(null, { style: unitStyle, onEachFeature: (f, l) => {
      l.on('click', () => onSelectUnit(f.properties.unitId));
      l.bindTooltip(() => tooltip(f.properties), { sticky: true });
    } }).addTo(map);
    ringsLayer = L.layerGroup().addTo(map);
    ringsLayer.renderer = canvas;
    gapsLayer = L.geoJSON(null, { style: { color: '#111', weight: 0.8, fillColor: '#252525', fillOpacity: 0.5 },
      onEachFeature: (f, l) => l.bindPopup(() => I18N.t('gapPopup', { unit: f.properties.unitName, n: f.properties.gap,
        pop: I18N.num(f.properties.population), area: I18N.num(f.properties.areaM2) })) }).addTo(map);
    whatIfLayer = L.geoJSON(null, { style: { color: '#6a3d9a', weight: 2, fillOpacity: 0.4 },
      pointToLayer: (f, ll) => L.circleMarker(ll, { radius: 7, color: '#fff', weight: 2, fillColor: '#6a3d9a', fillOpacity: 1 }),
      onEachFeature: (f, l) => l.bindTooltip(`${f.properties.name} · ${I18N.num(f.properties.shelteringArea)} m²`) }).addTo(map);
    pendingLayer = L.layerGroup().addTo(map);
    legend = L.control({ position: 'bottomright' });
    legend.onAdd = () => L.DomUtil.create('div', 'legend');
    legend.addTo(map);
    map.on('click', e => { if (placing) { const f = placing; placing = null; map.getContainer().classList.remove('placing'); f(e.latlng); } });
    I18N.onChange(() => { drawLegend(); if (run) unitsLayer.setStyle(unitStyle); });
  }

  function classes() { return mode === 'coverage' ? COVERAGE_CLASSES : BALANCE_CLASSES; }

  function valueOf(p) {
    if (mode === 'coverage') return p.coveredShare;
    const std = run ? run.run.parameters.m2PerPerson : 1;
    return p.areaPerStaying === null || p.areaPerStaying === undefined ? (p.providedArea > 0 ? 99 : null) : p.areaPerStaying / std;
  }

  function colour(v) {
    if (v === null || v === undefined) return '#cccccc';
    return classes().find(c => v >= c.min).color;
  }

  function unitStyle(f) {
    const sel = f.properties.unitId === selected;
    return { color: sel ? '#000' : '#555', weight: sel ? 3 : 1, fillColor: colour(valueOf(f.properties)), fillOpacity: 0.6 };
  }

  function tooltip(p) {
    return `<b>${p.unitName}</b> (${p.unitCode})<br>${I18N.t('coveredShare')}: ${I18N.pct(p.coveredShare)}`
      + `<br>${I18N.t('balanceArea')}: ${I18N.num(p.balanceArea)}<br>${I18N.t('uncoveredPopulation')}: ${I18N.num(p.uncoveredPopulation)}`;
  }

  function drawLegend() {
    const div = legend.getContainer();
    const title = mode === 'coverage' ? I18N.t('legendCoverage') : I18N.t('legendBalance');
    div.innerHTML = `<b>${title}</b>` + classes().map(c => `<div><i style="background:${c.color}"></i>${c.label}</div>`).join('')
      + `<div><i style="background:#252525;opacity:.6"></i>${I18N.t('gapLegend')}</div>`
      + `<div><i class="ring"></i>${I18N.t('ringLegend')}${run ? ' ' + run.run.parameters.radiusM + ' m' : ''}</div>`;
  }

  function show(data, supply) {
    run = data;
    byUnit.clear();
    unitsLayer.clearLayers();
    unitsLayer.addData(data.units);
    unitsLayer.eachLayer(l => byUnit.set(l.feature.properties.unitId, l));
    gapsLayer.clearLayers();
    gapsLayer.addData(data.uncovered);
    whatIfLayer.clearLayers();
    whatIfLayer.addData(data.whatIf);
    ringsLayer.clearLayers();
    const r = data.run.parameters.radiusM;
    (supply?.features || []).forEach(f => {
      const [lon, lat] = f.geometry.coordinates;
      const hyp = f.properties.hypothetical;
      L.circle([lat, lon], { radius: r, renderer: ringsLayer.renderer, color: hyp ? '#6a3d9a' : '#2166ac', weight: 1,
        fill: false, opacity: 0.6, interactive: false }).addTo(ringsLayer);
      L.circleMarker([lat, lon], { radius: 2, renderer: ringsLayer.renderer, color: hyp ? '#6a3d9a' : '#2166ac',
        weight: 1, fillOpacity: 1, interactive: false }).addTo(ringsLayer);
    });
    gapsLayer.bringToFront();
    drawLegend();
    const scope = JSON.stringify(data.run.parameters.units);
    if (scope !== lastScope && unitsLayer.getLayers().length) {
      map.fitBounds(unitsLayer.getBounds(), { padding: [10, 10] });
      lastScope = scope;
    }
  }

  return {
    init, show,
    setMode(m) { mode = m; if (run) { unitsLayer.setStyle(unitStyle); drawLegend(); } },
    toggle(name, on) { const l = name === 'rings' ? ringsLayer : gapsLayer; on ? map.addLayer(l) : map.removeLayer(l); },
    select(unitId, zoom) {
      selected = unitId;
      unitsLayer.setStyle(unitStyle);
      const l = byUnit.get(unitId);
      if (l && zoom) map.fitBounds(l.getBounds(), { maxZoom: 16 });
    },
    place(callback) { placing = callback; map.getContainer().classList.add('placing'); },
    pending(works) {
      pendingLayer.clearLayers();
      works.forEach(w => L.circleMarker([w.geometry.coordinates[1], w.geometry.coordinates[0]],
        { radius: 7, color: '#6a3d9a', dashArray: '3 2', fillOpacity: 0.2 }).bindTooltip(w.name).addTo(pendingLayer));
    }
  };
})();
