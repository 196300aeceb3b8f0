/* The editor console: works of the register (restricted ones included) on a map and in a list; select one or many;
 * edit signage in bulk, attributes, parking, footprint and entrances of one; see its history. Every save sends the
 * version it was based on; a 409 reloads the current state instead of overwriting it. */
(function () {
  'use strict';
  const T = window.EDITOR_TEXT;
  const tx = (k, n) => Staff.t(T[k]).replace('{n}', n);
  // Signage colours as the WMS draws them (the shelters_signage style); code labels from the code lists.
  const S = window.ShelterStyles;
  let signageStyle = null;
  const signageColour = status => S.fill(signageStyle, { signage_status: status }, 'polygon');
  const map = L.map('map', { boxZoom: false }).setView([32.0, 120.88], 13);
  const worksLayer = L.geoJSON(null, { style: styleOf, onEachFeature: bindFeature });
  // Footprints are a few metres wide: below zoom 15 each work is drawn as a dot at its centre instead.
  const dots = L.layerGroup();
  const DETAIL_ZOOM = 15;
  const overlay = L.layerGroup().addTo(map);
  const byId = new Map();
  const selection = new Set();
  let current = null;      // state of the single selected work
  let entrances = [];      // entrances being edited
  let pendingFootprint = null;
  let box = null;

  function styleOf(f) {
    const selected = selection.has(f.id);
    return { color: selected ? '#1f3a5f' : signageColour(f.properties.signage_status), weight: selected ? 3 : 1,
      fillOpacity: selected ? 0.6 : 0.35, dashArray: f.properties.public_shelter ? null : '3 3' };
  }

  function bindFeature(f, layer) {
    byId.set(f.id, layer);
    const dot = L.circleMarker(layer.getBounds().getCenter(), Object.assign(styleOf(f), { radius: 4 }));
    dot.feature = f;
    dots.addLayer(dot);
    [layer, dot].forEach(l => bindClick(f, l));
  }

  function bindClick(f, layer) {
    layer.bindTooltip(() => Staff.esc(f.properties.name) + ' · ' + Staff.esc(f.properties.code)
      + (f.properties.public_shelter ? '' : ' · ' + tx('restricted')));
    layer.on('click', e => {
      if (box) return;
      const many = e.originalEvent.shiftKey || e.originalEvent.ctrlKey || e.originalEvent.metaKey;
      if (!many) selection.clear();
      if (many && selection.has(f.id)) selection.delete(f.id); else selection.add(f.id);
      selectionChanged();
    });
  }

  function message(text, kind) {
    document.getElementById('message').innerHTML = text ? '<div class="msg ' + (kind || 'ok') + '">' + Staff.esc(text) + '</div>' : '';
  }

  async function loadWorks() {
    const fc = await Staff.json('/api/layers/works/features?limit=10000');
    byId.clear();
    worksLayer.clearLayers();
    dots.clearLayers();
    worksLayer.addData(fc);
    return fc;
  }

  async function loadList() {
    const q = document.getElementById('q').value.trim();
    const signage = document.getElementById('filter-signage').value;
    const params = new URLSearchParams({ limit: '200' });
    if (q) params.set('q', q);
    if (signage) params.set('signage', signage);
    const works = await Staff.json('/api/edit/works?' + params);
    document.getElementById('list').innerHTML = works.map(w =>
      '<label data-id="' + w.id + '"' + (selection.has(w.id) ? ' class="selected"' : '') + '><input type="checkbox"'
      + (selection.has(w.id) ? ' checked' : '') + '> <span class="tag ' + Staff.esc(w.signage_status) + '" style="background:' + Staff.esc(signageColour(w.signage_status)) + '">' + Staff.esc(Staff.code('signage_status', w.signage_status))
      + '</span> ' + Staff.esc(w.name) + '<span class="code">' + Staff.esc(w.code) + '</span></label>').join('');
  }

  function restyle() {
    worksLayer.setStyle(styleOf);
    dots.eachLayer(d => d.setStyle(Object.assign(styleOf(d.feature), { radius: selection.has(d.feature.id) ? 6 : 4, fillOpacity: 0.85 })));
  }

  function showLevel() {
    const detail = map.getZoom() >= DETAIL_ZOOM;
    if (detail) { map.removeLayer(dots); worksLayer.addTo(map); } else { map.removeLayer(worksLayer); dots.addTo(map); }
  }
  map.on('zoomend', showLevel);

  function selectionChanged() {
    restyle();
    document.getElementById('count').textContent = selection.size ? tx('selected', selection.size) : '';
    document.querySelectorAll('#list label').forEach(l => {
      const on = selection.has(Number(l.dataset.id));
      l.classList.toggle('selected', on);
      l.querySelector('input').checked = on;
    });
    document.getElementById('bulk').hidden = selection.size === 0;
    document.getElementById('bulk-count').textContent = tx('selected', selection.size);
    if (selection.size === 1) loadSingle([...selection][0]); else showSingle(null);
  }

  async function loadSingle(id) {
    showSingle(await Staff.json('/api/edit/works/' + id));
  }

  function showSingle(state) {
    current = state;
    pendingFootprint = null;
    overlay.clearLayers();
    document.getElementById('single').hidden = !state;
    if (!state) return;
    const w = state.work;
    document.getElementById('single-title').textContent = w.name + ' · ' + w.code;
    EditorForms.attributes(document.getElementById('tab-attributes'), w);
    EditorForms.parking(document.getElementById('tab-parking'), state.parking, new Date().getFullYear());
    entrances = state.entrances.map(e => Object.assign({}, e));
    drawEntrances();
    document.getElementById('save-footprint').disabled = true;
    if (!document.getElementById('tab-history').hidden) loadHistory();
  }

  function drawEntrances() {
    overlay.clearLayers();
    if (pendingFootprint) L.polygon(pendingFootprint, { color: '#e8731a', weight: 2 }).addTo(overlay);
    entrances.forEach((e, i) => {
      const m = L.marker([e.lat, e.lon], { draggable: true, title: Staff.code('entrance_kind', e.kind) }).addTo(overlay);
      m.on('dragend', () => { const p = m.getLatLng(); e.lat = Number(p.lat.toFixed(7)); e.lon = Number(p.lng.toFixed(7)); });
    });
    document.getElementById('entrance-list').innerHTML = entrances.map((e, i) => '<li>' + Staff.esc(Staff.code('entrance_kind', e.kind))
      + ' <span class="muted">' + e.lon + ', ' + e.lat + '</span><button type="button" class="secondary" data-remove="' + i + '">'
      + Staff.esc(tx('remove')) + '</button></li>').join('');
  }

  /** Saves through the API; a 409 shows the conflict and reloads what is current. */
  async function save(url, body, after) {
    try {
      const result = await Staff.json(url, { method: 'PUT', json: body });
      message(tx('saved'));
      await after(result);
    } catch (e) {
      if (e.status === 409) {
        message(tx('conflict'), 'warn');
        await loadWorks();
        if (current) await loadSingle(current.work.id);
      } else {
        message(e.message + (e.problem && e.problem.parameter ? ' (' + e.problem.parameter + ')' : ''), 'error');
      }
    }
  }

  async function refreshAfterSave(state) {
    await loadWorks();
    restyle();
    await loadList();
    if (state && state.work) showSingle(state);
  }

  async function saveBulk() {
    const ids = [...selection];
    const works = await Staff.json('/api/edit/works?limit=2000&ids=' + ids.join(','));
    const body = { status: document.getElementById('bulk-status').value,
      items: works.map(w => ({ work_id: w.id, version: w.signage_version })) };
    const year = document.getElementById('bulk-year').value;
    const inspected = document.getElementById('bulk-inspected').value;
    const note = document.getElementById('bulk-note').value.trim();
    if (year) body.year = parseInt(year, 10);
    if (inspected) body.inspected = inspected;
    if (note) body.note = note;
    await save('/api/edit/signage', body, async results => {
      await refreshAfterSave(null);
      if (selection.size === 1) await loadSingle(ids[0]);
      message(tx('savedN', results.length));
    });
  }

  async function loadHistory() {
    const rows = await Staff.json('/api/edit/works/' + current.work.id + '/history');
    document.getElementById('tab-history').innerHTML = rows.map(r => {
      const before = r.before ? JSON.parse(r.before) : {};
      const after = r.after ? JSON.parse(r.after) : {};
      const changed = Object.keys(Object.assign({}, before, after)).filter(k => !['changed_at', 'version', 'changed_by'].includes(k)
        && JSON.stringify(before[k] === undefined ? null : before[k]) !== JSON.stringify(after[k] === undefined ? null : after[k]));
      const diff = changed.map(k => k + ': ' + JSON.stringify(before[k] === undefined ? null : before[k]).slice(0, 80) + ' → '
        + JSON.stringify(after[k] === undefined ? null : after[k]).slice(0, 80)).join('\n');
      return '<div class="history-item"><b>' + Staff.esc(r.at.replace('T', ' ').slice(0, 19)) + '</b> · ' + Staff.esc(r.actor) + ' · '
        + Staff.esc(r.objectType) + ' ' + Staff.esc(r.action) + '<pre>' + Staff.esc(diff) + '</pre></div>';
    }).join('');
  }

  // ---- wiring
  document.getElementById('list').addEventListener('change', e => {
    const id = Number(e.target.closest('label').dataset.id);
    if (e.target.checked) selection.add(id); else selection.delete(id);
    selectionChanged();
    const layer = byId.get(id);
    if (layer && e.target.checked) map.fitBounds(layer.getBounds(), { maxZoom: 17, animate: false });
  });
  let timer = null;
  document.getElementById('q').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(loadList, 250); });
  document.getElementById('filter-signage').addEventListener('change', loadList);
  document.getElementById('clear').addEventListener('click', () => { selection.clear(); selectionChanged(); });
  document.getElementById('box').addEventListener('click', e => {
    if (box) { box.stop(); box = null; e.target.classList.remove('on'); return; }
    e.target.classList.add('on');
    box = EditorDrawing.boxSelect(map, bounds => {
      byId.forEach((layer, id) => { if (bounds.contains(layer.getBounds().getCenter())) selection.add(id); });
      selectionChanged();
    });
  });
  document.getElementById('bulk-save').addEventListener('click', saveBulk);
  document.getElementById('tab-attributes').addEventListener('submit', e => {
    e.preventDefault();
    save('/api/edit/works/' + current.work.id, EditorForms.readAttributes(e.target, current.work), refreshAfterSave);
  });
  document.getElementById('tab-parking').addEventListener('submit', e => {
    e.preventDefault();
    save('/api/edit/works/' + current.work.id + '/parking', EditorForms.readParking(e.target, current.parking), refreshAfterSave);
  });
  document.getElementById('draw').addEventListener('click', () => {
    EditorDrawing.drawPolygon(map, points => {
      pendingFootprint = points;
      document.getElementById('save-footprint').disabled = false;
      drawEntrances();
    });
  });
  document.getElementById('save-footprint').addEventListener('click', () => {
    save('/api/edit/works/' + current.work.id + '/footprint',
      { version: current.work.version, geometry: EditorDrawing.toPolygon(pendingFootprint) }, refreshAfterSave);
  });
  document.getElementById('add-entrance').addEventListener('click', () => {
    EditorDrawing.pickPoint(map, p => {
      entrances.push({ kind: document.getElementById('entrance-kind').value, accessible: false,
        lon: Number(p.lng.toFixed(7)), lat: Number(p.lat.toFixed(7)) });
      drawEntrances();
    });
  });
  document.getElementById('entrance-list').addEventListener('click', e => {
    if (e.target.dataset.remove !== undefined) { entrances.splice(Number(e.target.dataset.remove), 1); drawEntrances(); }
  });
  document.getElementById('save-entrances').addEventListener('click', () => {
    save('/api/edit/works/' + current.work.id + '/entrances', { version: current.work.version, entrances: entrances }, refreshAfterSave);
  });
  document.querySelectorAll('.tabs button').forEach(b => b.addEventListener('click', () => {
    document.querySelectorAll('.tabs button').forEach(x => x.classList.toggle('active', x === b));
    document.querySelectorAll('.tab').forEach(t => { t.hidden = t.id !== 'tab-' + b.dataset.tab; });
    if (b.dataset.tab === 'history' && current) loadHistory();
  }));
  function render() {
    Staff.apply(T);
    if (current) showSingle(current);
    loadList();
  }
  document.addEventListener('staff:lang', render);

  Promise.all([Staff.json('/api/layers/districts/features?limit=100'), S.legend('districts')]).then(([fc, legend]) =>
    L.geoJSON(fc, { style: f => Object.assign(S.pathStyle(S.symbol(legend, f.properties, 'polygon')), { fill: false }),
      interactive: false }).addTo(map)).catch(() => {});
  document.getElementById('bulk-year').value = new Date().getFullYear();
  Promise.all([Staff.loadCodes(), S.legend('shelters_signage').then(l => { signageStyle = l; })]).finally(() => {
    Staff.apply(T);
    loadWorks().then(fc => {
      restyle();
      if (fc.features.length) map.fitBounds(worksLayer.getBounds(), { maxZoom: 15 });
      showLevel();
    });
    loadList();
  });
})();
