// Planner console: site selection for new works paid by the relocation fee.
// Talks to /api/siting (runs, settings) and /api/ledger (balances); draws the kept run's GeoJSON.
'use strict';
(() => {
  const t = I18N.t;
  const $ = id => document.getElementById(id);
  const fmt = (n, d = 0) => n == null ? '—' : Number(n).toLocaleString(I18N.lang() === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: d, minimumFractionDigits: d });
  const wan = yuan => fmt(yuan / 1e4, 0);
  const COLOURS = { chosen: '#1a9850', eligible: '#4575b4', excluded: '#d73027' };
  let map, districtLayer, shelterLayer, sitesLayer, coverageLayer, chart, current = null, ledger = null;

  let lastStatus = null;
  // Status messages are kept as key + arguments so a language switch re-renders them.
  function setStatus(key, args, error) {
    lastStatus = key ? { key, args, error } : null;
    const s = $('status');
    s.textContent = key ? t(key, args) : '';
    s.classList.toggle('error', !!error);
  }

  async function json(url, options) {
    const r = await staffFetch(url, options);
    const body = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error((body.parameter ? body.parameter + ': ' : '') + (body.detail || r.statusText));
    return body;
  }

  function initMap() {
    map = L.map('map', { preferCanvas: true, attributionControl: false }).setView([32.0, 120.87], 12);
    districtLayer = L.geoJSON(null, { style: { color: '#888', weight: 1, fill: false, dashArray: '4 3' } }).addTo(map);
    shelterLayer = L.geoJSON(null, {
      pointToLayer: (f, ll) => L.circleMarker(ll, { radius: 2.5, color: '#555', weight: 0, fillColor: '#555', fillOpacity: 0.6 }),
      onEachFeature: (f, layer) => layer.bindTooltip(esc(f.properties.name))
    }).addTo(map);
    coverageLayer = L.geoJSON(null, { style: { color: '#1a9850', weight: 1.5, dashArray: '5 4', fillColor: '#a6d96a', fillOpacity: 0.25 } }).addTo(map);
    sitesLayer = L.geoJSON(null, {
      style: f => ({ color: COLOURS[f.properties.status], weight: f.properties.status === 'chosen' ? 2.5 : 1.5,
        fillColor: COLOURS[f.properties.status], fillOpacity: f.properties.status === 'chosen' ? 0.7 : 0.35 }),
      onEachFeature: (f, layer) => layer.bindPopup(() => popup(f.properties))
    }).addTo(map);
    const legend = L.control({ position: 'bottomright' });
    legend.onAdd = () => { const d = L.DomUtil.create('div', 'legend'); d.id = 'legend'; return d; };
    legend.addTo(map);
    drawLegend();
  }

  function drawLegend() {
    const d = $('legend');
    if (!d) return;
    d.innerHTML = ['chosen', 'eligible', 'excluded'].map(s =>
      `<div><i style="background:${COLOURS[s]}"></i>${t('legend' + s[0].toUpperCase() + s.slice(1))}</div>`).join('')
      + `<div><i class="ring"></i>${t('legendRing')}</div>`
      + `<div><i style="background:#555;border-radius:50%;width:6px;height:6px;margin:0 10px 1px 4px"></i>${t('legendShelters')}</div>`;
  }

  function reasonText(r) {
    const kind = r.split(':')[0];
    return t('reason_' + kind) + ' (' + r.slice(kind.length + 1).replaceAll(':', ' ') + ')';
  }

  function popup(p) {
    const lines = [`<b>${esc(p.name)}</b> ${esc(p.id)}`, `${t('status' + p.status[0].toUpperCase() + p.status.slice(1))}`,
      `${t('area')}: ${fmt(p.buildable_area)} m²`, `${t('cost')}: ${wan(p.cost)}`, `${t('capacity')}: ${fmt(p.capacity)}`];
    if (p.rank) lines.push(`${t('rank')} ${p.rank}: +${fmt(p.newly_covered)} ${t('persons')}`);
    if (p.reasons && p.reasons.length) lines.push(`${t('reasons')}: ${p.reasons.map(reasonText).map(esc).join('; ')}`);
    return lines.join('<br>');
  }

  function esc(s) {
    return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  async function loadDistricts() {
    try {
      const fc = await json('/api/layers/districts/features?limit=100');
      districtLayer.addData(fc);
      const sel = $('district');
      for (const f of fc.features) {
        const o = document.createElement('option');
        o.value = f.properties.code;
        o.textContent = f.properties.name_zh + ' ' + f.properties.code;
        sel.appendChild(o);
      }
    } catch (e) { /* no district layer: the scope stays city-wide */ }
  }

  async function loadShelters() {
    try {
      shelterLayer.addData(await json('/api/layers/shelter_points/features?limit=10000'));
    } catch (e) { /* context only */ }
  }

  async function loadSettings() {
    const s = await json('/api/siting/settings');
    const f = $('params');
    f.radius_m.value = s.radius_m;
    f.staying_share.value = Math.round(s.staying_share * 100);
    f.min_buildable_area.value = s.min_buildable_area;
    f.time_limit_s.value = s.time_limit_s;
    f.time_limit_s.max = s.max_time_limit_s;
  }

  async function loadLedger() {
    ledger = await json('/api/ledger/balance');
    drawLedger();
  }

  function drawLedger() {
    if (!ledger) return;
    const c = ledger.city;
    const rows = [[t('received'), wan(c.received)], [t('allocated'), wan(c.allocated)], [t('balance'), wan(c.balance)]];
    if (current && current.ledger) {
      rows.push([t('before') + (current.ledger.district ? ' ' + current.ledger.district : ''), wan(current.ledger.balance_before)]);
      rows.push([t('planCost'), wan(current.ledger.plan_cost)]);
      rows.push([t('after'), wan(current.ledger.balance_after), current.ledger.balance_after < 0]);
    }
    $('ledger').innerHTML = rows.map(([k, v, neg]) => `<div class="${neg ? 'neg' : ''}"><span>${k}</span><b>${v} ${t('wan')}</b></div>`).join('');
    $('ledger-districts').innerHTML = ledger.districts.map(d =>
      `<div class="totals"><div class="${d.balance < 0 ? 'neg' : ''}"><span>${esc(d.name_zh)} ${esc(d.district_code)}</span><b>${wan(d.balance)}</b></div></div>`).join('');
  }

  async function loadRuns(select) {
    const runs = await json('/api/siting/runs?limit=50');
    const sel = $('runs');
    sel.innerHTML = '';
    if (!runs.length) {
      sel.innerHTML = `<option value="">${t('noRuns')}</option>`;
      setExports(null);
      return;
    }
    for (const r of runs) {
      const o = document.createElement('option');
      o.value = r.id;
      o.textContent = `${t('run_')} ${r.id} · ${r.solver} · ${r.sites} · +${fmt(r.covered_weight)} · ${r.created_at.slice(5, 16)}`;
      sel.appendChild(o);
    }
    sel.value = select ?? runs[0].id;
    if (!current || String(current.id) !== sel.value) await showRun(sel.value);
  }

  async function showRun(id) {
    if (!id) return;
    current = await json('/api/siting/runs/' + id);
    draw();
  }

  function setExports(id) {
    for (const [a, fmtName] of [[$('x-csv'), 'csv'], [$('x-xlsx'), 'xlsx']]) {
      a.href = id ? `/api/siting/runs/${id}/export?format=${fmtName}` : '#';
      a.classList.toggle('off', !id);
    }
  }

  function draw() {
    if (!current) return;
    setExports(current.id);
    sitesLayer.clearLayers();
    coverageLayer.clearLayers();
    coverageLayer.addData(current.geojson.coverage);
    // Draw chosen sites last so they sit on top.
    const order = { excluded: 0, eligible: 1, chosen: 2 };
    const feats = [...current.geojson.sites.features].sort((a, b) => order[a.properties.status] - order[b.properties.status]);
    sitesLayer.addData({ type: 'FeatureCollection', features: feats });
    const bounds = coverageLayer.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.3));
    else if (sitesLayer.getBounds().isValid()) map.fitBounds(sitesLayer.getBounds());
    drawTable();
    drawSummary();
    drawChart();
    drawLedger();
  }

  function drawTable() {
    const body = $('plan').querySelector('tbody');
    body.innerHTML = current.sites.map(s => `<tr data-id="${esc(s.id)}"><td>${s.rank}</td><td class="text">${esc(s.id)}</td>
      <td class="text">${esc(s.name)}</td><td>${fmt(s.newly_covered)}</td><td>${fmt(s.cumulative_covered)}</td>
      <td>${wan(s.cost)}</td><td>${fmt(s.capacity)}</td><td>${fmt(s.nearest_existing_m)}</td><td>${fmt(s.parking_demand)}</td></tr>`).join('');
    body.querySelectorAll('tr').forEach(tr => tr.addEventListener('click', () => {
      body.querySelectorAll('tr').forEach(x => x.classList.toggle('selected', x === tr));
      sitesLayer.eachLayer(l => {
        if (l.feature.properties.id === tr.dataset.id) { map.fitBounds(l.getBounds().pad(3)); l.openPopup(); }
      });
    }));
  }

  function drawSummary() {
    const r = current, d = r.demand;
    const parts = [t('sumPlan', { n: r.sites_used, covered: fmt(r.covered_weight), cost: wan(r.cost) }),
      t('sumDemand', { total: fmt(d.total_weight), already: fmt(d.already_covered_weight), before: fmt(d.uncovered_before),
        after: fmt(d.uncovered_after), share: fmt(d.share_of_uncovered_closed * 100, 1) + '%' }),
      r.solver === 'exact' ? t('sumBound', { status: r.status, bound: fmt(r.bound), gap: fmt((r.gap || 0) * 100, 2) + '%' }) : t('sumGreedy')];
    const n = r.next_best;
    if (n && n.would_add > 0) {
      const why = (n.fits_budget ? '' : t('nextOverBudget')) + (n.fits_site_count ? '' : t('nextOverCount'));
      parts.push(t('sumNext', { name: esc(n.name), id: esc(n.id), add: fmt(n.would_add), cost: wan(n.cost), why }));
    } else {
      parts.push(t('sumNone'));
    }
    if (r.candidates && r.candidates.excluded) parts.push(t('sumExcluded', { n: r.candidates.excluded }));
    $('summary').innerHTML = parts.map(p => `<p>${p}</p>`).join('');
  }

  function drawChart() {
    if (!chart) chart = echarts.init($('chart'));
    const s = current.sites;
    chart.setOption({
      title: { text: t('chartTitle'), left: 8, top: 4, textStyle: { fontSize: 13 } },
      tooltip: { trigger: 'axis' },
      legend: { top: 24, data: [t('chartGain'), t('chartCum')] },
      grid: { left: 64, right: 16, top: 56, bottom: 56 },
      xAxis: { type: 'category', data: s.map(x => x.name), axisLabel: { rotate: 30, fontSize: 10 } },
      yAxis: { type: 'value' },
      series: [
        { name: t('chartGain'), type: 'bar', data: s.map(x => x.newly_covered), itemStyle: { color: '#1a9850' } },
        { name: t('chartCum'), type: 'line', data: s.map(x => x.cumulative_covered), itemStyle: { color: '#1f3a5f' } }
      ]
    }, true);
  }

  function body() {
    const f = $('params');
    const b = {
      radius_m: Number(f.radius_m.value), staying_share: Number(f.staying_share.value) / 100,
      min_buildable_area: Number(f.min_buildable_area.value), solver: f.solver.value,
      time_limit_s: Number(f.time_limit_s.value), capacitated: f.capacitated.checked, tie_break: f.tie_break.checked
    };
    if (f.district.value) b.district = f.district.value;
    if (f.max_sites.value) b.max_sites = Number(f.max_sites.value);
    const source = f.budget_source.value;
    b.budget = source === 'given' ? Number(f.budget_wan.value) * 1e4 : source;
    return b;
  }

  async function run(e) {
    e.preventDefault();
    $('run').disabled = true;
    setStatus('running');
    try {
      const r = await json('/api/siting/runs', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body()) });
      current = r;
      setStatus('done', { id: r.id, solver: r.solver, status: r.status, ms: fmt(r.millis) });
      draw();
      await loadRuns(r.id);
    } catch (err) {
      setStatus('failed', { msg: err.message }, true);
    } finally {
      $('run').disabled = false;
    }
  }

  async function start() {
    I18N.apply();
    $('lang').addEventListener('click', I18N.toggle);
    I18N.onChange(() => { if (lastStatus) setStatus(lastStatus.key, lastStatus.args, lastStatus.error); drawLegend(); if (current) { drawTable(); drawSummary(); drawChart(); } drawLedger(); loadRuns($('runs').value); });
    initMap();
    $('params').addEventListener('submit', run);
    $('budget-source').addEventListener('change', e => { $('budget-row').hidden = e.target.value !== 'given'; });
    $('runs').addEventListener('change', e => showRun(e.target.value).catch(err => setStatus('failed', { msg: err.message }, true)));
    window.addEventListener('resize', () => chart && chart.resize());
    await Promise.all([loadSettings().catch(() => {}), loadDistricts(), loadShelters(), loadLedger().catch(() => {})]);
    await loadRuns().catch(err => setStatus('failed', { msg: err.message }, true));
  }

  start();
})();
