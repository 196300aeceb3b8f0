// The planner console: runs the coverage analysis, shows a run on the map, in the table and the chart, compares runs,
// adds hypothetical works, exports.
'use strict';
(() => {
  const API = '/api/analysis/coverage';
  const $ = id => document.getElementById(id);
  let current = null, runs = [], pending = [];

  async function call(url, options) {
    const r = await staffFetch(url, options);
    const body = r.headers.get('Content-Type')?.includes('json') ? await r.json() : await r.text();
    if (!r.ok) throw new Error(body.detail ? `${body.parameter ? body.parameter + ': ' : ''}${body.detail}` : r.status);
    return body;
  }

  function status(key, vars, error) {
    $('status').textContent = I18N.t(key, vars);
    $('status').classList.toggle('error', !!error);
  }

  function select(unitId, zoom) {
    CoverageMap.select(unitId, zoom);
    UnitTable.select(unitId);
  }

  function runLabel(r) {
    const time = new Date(r.createdAt).toLocaleString(I18N.lang() === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false });
    const what = r.baseRun ? ` · ${I18N.t('whatIfRun')} (${I18N.t('base')} #${r.baseRun})` : '';
    const share = r.coveredShare === null || r.coveredShare === undefined ? '' : ` · ${I18N.pct(r.coveredShare)}`;
    return `#${r.id} ${time} · ${r.radiusM} m${share}${what}`;
  }

  function fillRuns() {
    const keep = $('compare').value;
    $('runs').innerHTML = runs.map(r => `<option value="${r.id}">${runLabel(r)}</option>`).join('');
    $('compare').innerHTML = `<option value="">${I18N.t('noCompare')}</option>`
      + runs.map(r => `<option value="${r.id}">${runLabel(r)}</option>`).join('');
    if (current) $('runs').value = current.run.id;
    $('compare').value = keep;
  }

  async function loadRuns() {
    runs = await call(API + '?limit=100');
    fillRuns();
  }

  function totals(t) {
    const row = (k, v) => `<div><span>${I18N.t(k)}</span><b>${v}</b></div>`;
    return row('tUnits', I18N.num(t.units))
      + row('tPopulation', `${I18N.num(t.cellPopulation)} / ${I18N.num(t.plannedPopulation)}`)
      + row('tStaying', I18N.num(t.stayingPopulation))
      + row('tCovered', I18N.num(t.coveredPopulation)) + row('tShare', I18N.pct(t.coveredShare))
      + row('tUncovered', I18N.num(t.uncoveredPopulation))
      + row('tRequired', I18N.num(t.requiredArea) + ' m²') + row('tProvided', I18N.num(t.providedArea) + ' m²')
      + row('tPerStaying', (t.areaPerStaying ?? '–') + ' m²')
      + `<div class="${t.balanceArea < 0 ? 'neg' : ''}"><span>${I18N.t('tBalance')}</span><b>${I18N.num(t.balanceArea)} m²</b></div>`
      + row('tDeficit', I18N.num(t.deficitArea) + ' m²') + row('tDeficitUnits', I18N.num(t.deficitUnits));
  }

  function showTotals() {
    if (!current) return;
    $('totals').innerHTML = totals(current.totals.city);
    $('districts').innerHTML = current.totals.districts.map(d =>
      `<h3>${I18N.lang() === 'zh' ? d.districtName || d.districtCode : d.districtNameEn || d.districtCode}</h3><div class="totals">${totals(d)}</div>`).join('');
  }

  function exportLinks(id) {
    const lang = I18N.lang();
    $('x-csv').href = `${API}/${id}/export.csv?lang=${lang}`;
    $('x-xlsx').href = `${API}/${id}/export.xlsx?lang=${lang}`;
    $('x-geojson').href = `${API}/${id}/export.geojson`;
  }

  async function show(id) {
    const [data, supply] = await Promise.all([call(`${API}/${id}`), call(`${API}/${id}/supply`)]);
    current = data;
    CoverageMap.show(data, supply);
    DeficitChart.set(data.units.features);
    showTotals();
    exportLinks(id);
    $('runs').value = id;
    $('wi-run').disabled = pending.length === 0;
    await compare();
  }

  async function compare() {
    const other = $('compare').value;
    const comparison = other && current && Number(other) !== current.run.id
      ? await call(`${API}/${other}/compare/${current.run.id}`) : null;
    UnitTable.set(current.units.features, comparison);
  }

  async function runAnalysis(event) {
    event.preventDefault();
    const f = $('params');
    const body = {
      radiusM: Number(f.radiusM.value), stayingShare: Number(f.stayingShare.value) / 100,
      m2PerPerson: Number(f.m2PerPerson.value), populationBasis: f.populationBasis.value, distance: f.distance.value
    };
    status('running');
    $('run').disabled = true;
    try {
      const data = await call(API, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      current = data;
      await loadRuns();
      await show(data.run.id);
      status('done', { id: data.run.id, ms: data.run.durationMs });
    } catch (e) {
      status('failed', { msg: e.message }, true);
    } finally {
      $('run').disabled = false;
    }
  }

  function place() {
    status('wiPlacing');
    CoverageMap.place(latlng => {
      pending.push({ name: $('wi-name').value || I18N.t('wiDefaultName'), shelteringArea: Number($('wi-area').value),
        geometry: { type: 'Point', coordinates: [Number(latlng.lng.toFixed(7)), Number(latlng.lat.toFixed(7))] } });
      drawPending();
      $('status').textContent = '';
    });
  }

  function drawPending() {
    $('wi-list').innerHTML = pending.map(w => `<li>${w.name} · ${I18N.num(w.shelteringArea)} m²</li>`).join('');
    $('wi-run').disabled = pending.length === 0 || !current;
    CoverageMap.pending(pending);
  }

  async function runWhatIf() {
    if (!current || !pending.length) return;
    const base = current.run.id;
    status('running');
    try {
      const data = await call(`${API}/${base}/what-if`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ works: pending }) });
      pending = [];
      drawPending();
      current = data;
      await loadRuns();
      $('compare').value = base;
      await show(data.run.id);
      status('done', { id: data.run.id, ms: data.run.durationMs });
    } catch (e) {
      status('failed', { msg: e.message }, true);
    }
  }

  async function start() {
    I18N.apply();
    CoverageMap.init(select);
    UnitTable.init(select);
    DeficitChart.init(select);
    $('lang').onclick = I18N.toggle;
    I18N.onChange(() => { fillRuns(); showTotals(); if (current) exportLinks(current.run.id); });
    $('params').onsubmit = runAnalysis;
    $('runs').onchange = () => show(Number($('runs').value));
    $('compare').onchange = compare;
    $('colour').onchange = () => CoverageMap.setMode($('colour').value);
    $('show-rings').onchange = e => CoverageMap.toggle('rings', e.target.checked);
    $('show-gaps').onchange = e => CoverageMap.toggle('gaps', e.target.checked);
    $('wi-place').onclick = place;
    $('wi-run').onclick = runWhatIf;
    $('wi-clear').onclick = () => { pending = []; drawPending(); };
    try {
      const d = await call(API + '/defaults');
      const f = $('params');
      f.radiusM.value = d.radiusM;
      f.stayingShare.value = Math.round(d.stayingShare * 100);
      f.m2PerPerson.value = d.m2PerPerson;
      await loadRuns();
      if (runs.length) await show(runs[0].id); else status('noRuns');
    } catch (e) {
      status('failed', { msg: e.message }, true);
    }
  }

  start();
})();
