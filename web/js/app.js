// The public shelter map: a citizen in a hurry, often on a phone, finds the nearest shelter, how to get in and how
// many it holds. Everything the page draws is in WGS-84 from the public API; on a GCJ-02 base map it is shifted.
import { t, code, setCodes, setLang, currentLang, initialLang, distanceText } from './i18n.js';
import * as api from './api.js';
import { wgs84ToGcj02, gcj02ToWgs84 } from './gcj02.js';
import { nearestOffline, shelterFromFeature, districtAt } from './geo.js';
import { followAlert, alertFor, isActive } from './alert.js';
import { renderBanner, renderAction, sirenTestText } from './emergency.js';
import { renderResults, renderCard } from './panel.js';
import { reportDialog } from './report.js';
import { legendControl } from './legend.js';

const CLOSE_IN_ZOOM = 16;
const state = { config: api.DEFAULT_CONFIG, features: [], byId: new Map(), answer: null, here: null, card: null };
window.shelterMap = state;   // read by the browser tests and the page-load benchmark

// Colours come from the SLD styles the WMS draws with, code labels from the register's code lists.
const STYLES = ['shelters_signage', 'entrances', 'districts'];
const [config, codes, styles] = await Promise.all([api.mapConfig(), api.codes(), api.styles(STYLES)]);
state.config = config;
state.styles = styles;
setCodes(codes);
setLang(initialLang());
const S = globalThis.ShelterStyles;
/** Leaflet options for a feature drawn as `kind` in a style (grey when the style could not be loaded). */
function styleOf(name, properties, kind) {
  const legend = styles[name];
  return legend ? S.pathStyle(S.symbol(legend, properties, kind)) : { color: '#777', weight: 1, fillOpacity: 0.2 };
}
const gcj = config.tiles.crs === 'gcj02';

/** WGS-84 lon/lat → where it is drawn on this base map. */
function toMap(lon, lat) {
  const [x, y] = gcj ? wgs84ToGcj02(lon, lat) : [lon, lat];
  return L.latLng(y, x);
}
/** A point on the map → WGS-84 [lon, lat]. */
function fromMap(latlng) {
  return gcj ? gcj02ToWgs84(latlng.lng, latlng.lat) : [latlng.lng, latlng.lat];
}

const map = L.map('map', { zoomControl: true, keyboard: true, maxZoom: config.tiles.max_zoom || 18, minZoom: 8,
  maxBounds: L.latLngBounds(toMap(config.area[0] - 0.5, config.area[1] - 0.5), toMap(config.area[2] + 0.5, config.area[3] + 0.5)) })
  .setView(toMap(config.center[0], config.center[1]), config.zoom);
map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
// When no tile loads (no internet, a blocked tile server) the map says so; the district boundaries still draw.
const tileHealth = { loaded: 0, failed: 0 };
const noTiles = L.control({ position: 'bottomleft' });
noTiles.onAdd = () => { const d = L.DomUtil.create('div', 'no-tiles'); d.setAttribute('role', 'status'); d.dataset.i18n = 'noTiles'; d.textContent = t('noTiles'); return d; };
if (config.tiles.available !== false) {
  for (const url of config.tiles.layers) {
    L.tileLayer(url, { subdomains: config.tiles.subdomains || 'abc', maxZoom: config.tiles.max_zoom || 18,
      attribution: config.tiles.attribution, crossOrigin: true })
      .on('tileload', () => { tileHealth.loaded++; if (noTiles._map) noTiles.remove(); })
      .on('tileerror', () => { if (++tileHealth.failed >= 4 && !tileHealth.loaded && !noTiles._map) noTiles.addTo(map); })
      .addTo(map);
  }
} else {
  noTiles.addTo(map);
}

// ---------------------------------------------------------------- layers
const districtLayer = L.geoJSON(null, {
  coordsToLatLng: c => toMap(c[0], c[1]), interactive: false,
  // The boundary as the districts style draws it; the light tint (not in the style) keeps the city readable without tiles.
  style: f => Object.assign(styleOf('districts', f.properties, 'polygon'), { fill: true, fillColor: '#f3efe6', fillOpacity: 0.45 }),
  onEachFeature: (f, layer) => {
    const name = currentLang() === 'en' ? f.properties.name_en : f.properties.name_zh;
    layer.bindTooltip(name, { permanent: true, direction: 'center', className: 'district-label' });
  }
}).addTo(map);

// One icon per live status (open | full | closed, as staff report it during an emergency).
const shelterIcons = {};
const shelterIcon = status => shelterIcons[status] || (shelterIcons[status] =
  L.divIcon({ className: 'pin pin-' + status, html: '<span></span>', iconSize: [28, 34], iconAnchor: [14, 32] }));

/**
 * Markers grouped by Leaflet.markercluster (vendored under js/vendor/): clusters form around where the markers are,
 * not on a fixed grid, and split up as one zooms in; from `disableAtZoom` on every marker stands alone.
 */
function markerClusters({ radiusPx, disableAtZoom, clusterTitle, marker }) {
  const layer = L.markerClusterGroup({
    maxClusterRadius: radiusPx, disableClusteringAtZoom: disableAtZoom, showCoverageOnHover: false,
    spiderfyOnMaxZoom: false, chunkedLoading: true, removeOutsideVisibleBounds: true,
    iconCreateFunction: c => {
      const n = c.getChildCount();
      const size = n < 10 ? 34 : n < 100 ? 40 : 48;
      return L.divIcon({ className: 'cluster', iconSize: [size, size],
        html: '<span title="' + clusterTitle(n).replace(/"/g, '&quot;') + '">' + n + '</span>' });
    }
  });
  return {
    layer,
    setPoints(list) { layer.clearLayers(); layer.addLayers(list.map(p => marker(p.item, p.latlng))); }
  };
}

const clusters = markerClusters({
  radiusPx: 60, disableAtZoom: CLOSE_IN_ZOOM,
  clusterTitle: n => t('lgCluster') + ': ' + n,
  marker: (f, at) => L.marker(at, { icon: shelterIcon(f.properties.status || 'open'), keyboard: true,
    title: f.properties.name + (f.properties.status && f.properties.status !== 'open' ? ' · ' + code('shelter_status', f.properties.status) : ''),
    alt: f.properties.name })
    .on('click', () => openCard(f.id))
});
clusters.layer.addTo(map);

const parkingClusters = markerClusters({
  radiusPx: 50, disableAtZoom: 15, clusterTitle: n => t('lgParking') + ': ' + n,
  marker: (f, at) => {
    const p = f.properties;
    const label = (p.parking_free ?? '?') + '/' + (p.parking_spaces ?? '?');
    return L.marker(at, {
      icon: L.divIcon({ className: 'park', html: '<b>P</b><small>' + label + '</small>' + (p.ev_chargers > 0 ? '<i>⚡</i>' : ''),
        iconSize: null, iconAnchor: [12, 12] }),
      title: p.name + ' · ' + t('parking') + ' ' + label + (p.ev_chargers > 0 ? ' · ' + t('ev') + ' ' + p.ev_chargers : ''),
      keyboard: true
    }).on('click', () => openCard(f.id));
  }
});
const closeIn = L.layerGroup().addTo(map);
const bandLayer = L.layerGroup().addTo(map);
const answerLayer = L.layerGroup().addTo(map);

let layersControl = null;
function addLayersControl() {
  if (layersControl) layersControl.remove();
  layersControl = L.control.layers(null, {
    [t('layerShelters')]: clusters.layer, [t('layerParking')]: parkingClusters.layer, [t('layerDistricts')]: districtLayer
  }, { collapsed: true, position: 'topright' }).addTo(map);
}
addLayersControl();
legendControl(styles).addTo(map);
L.control.scale({ imperial: false, position: 'topleft' }).addTo(map);

// ---------------------------------------------------------------- data
api.districts().then(fc => { districtLayer.addData(fc); state.districts = fc.features; applyAlert(); }).catch(() => markOffline());

async function loadShelters() {
  let fc;
  try { fc = await api.shelters(); } catch (e) { markOffline(); fc = { features: [] }; }
  state.features = fc.features;
  state.byId = new Map(fc.features.map(f => [f.id, f]));
  const at = f => toMap(f.geometry.coordinates[0], f.geometry.coordinates[1]);
  clusters.setPoints(fc.features.map(f => ({ latlng: at(f), item: f })));
  parkingClusters.setPoints(fc.features.filter(f => f.properties.has_parking).map(f => {
    const vehicle = (f.properties.entrances || []).find(e => e.kind === 'vehicle');
    return { latlng: vehicle ? toMap(vehicle.lon, vehicle.lat) : at(f), item: f };
  }));
  state.markersShownAt = performance.now();
  document.body.dataset.shelters = String(fc.features.length);
  if (!fc.features.length) document.getElementById('hint').textContent = t('noData');
}
await loadShelters();

// Live status: polled with the last ETag every few seconds (a 304 costs the server one shared version read); a change
// is written into the shelter list (markers, card, offline ranking) and into the answer on screen.
const STATUS_EVERY_MS = 5000;
let statusEtag = null;
async function refreshStatus() {
  let got = null;
  try { got = await api.shelterStatus(statusEtag); } catch (e) { return; }
  if (!got) return;
  statusEtag = got.etag;
  state.statusVersion = got.body.version;
  for (const s of got.body.shelters) {
    const f = state.byId.get(s.id);
    if (f) Object.assign(f.properties, { status: s.status, occupants: s.occupants });
  }
  clusters.setPoints(state.features.map(f => ({ latlng: toMap(f.geometry.coordinates[0], f.geometry.coordinates[1]), item: f })));
  if (state.card != null) openCard(state.card, true);
  // The search skips full and closed shelters, and one that opened again may now be the nearest: the answer on screen
  // is asked again (offline it is ranked again from the kept list, which skips them too).
  if (state.here) await answerAgain();
  document.body.dataset.statusVersion = got.body.version;
}

/** The nearest answer for the same position again, without moving the map or closing an open card. */
async function answerAgain() {
  const { lon, lat } = state.here;
  let answer;
  try { answer = await nearestAnswer(lon, lat); } catch (e) { return; }   // a 400 now: keep the answer on screen
  if (state.here?.lon !== lon || state.here?.lat !== lat) return;   // the person asked elsewhere meanwhile
  const firstBefore = state.answer?.shelters?.[0]?.id;
  state.answer = answer;
  renderResults(document.getElementById('results'), answer, { open: id => openCard(id) });
  applyAlert();
  drawAnswer(answer.shelters?.[0]?.id !== firstBefore);
}
await refreshStatus();
setInterval(refreshStatus, STATUS_EVERY_MS);

// Footprints and entrances close in, from the layer API for the visible area only.
let closeInSeq = 0;
map.on('moveend', async () => {
  const seq = ++closeInSeq;
  if (map.getZoom() < CLOSE_IN_ZOOM) { closeIn.clearLayers(); return; }
  try {
    const [outlines, doors] = await Promise.all([api.layerInBox('shelters', boxWgs(), 500), api.layerInBox('entrances', boxWgs(), 2000)]);
    if (seq !== closeInSeq) return;
    closeIn.clearLayers();
    L.geoJSON(outlines, { coordsToLatLng: c => toMap(c[0], c[1]), style: f => styleOf('shelters_signage', f.properties, 'polygon'),
      onEachFeature: (f, l) => l.on('click', () => openCard(f.id)) }).addTo(closeIn);
    for (const d of doors.features) {
      const [lon, lat] = d.geometry.coordinates;
      L.circleMarker(toMap(lon, lat), Object.assign(styleOf('entrances', d.properties, 'point'), { radius: 5, weight: 2 }))
        .bindTooltip(code('entrance_kind', d.properties.kind) + (d.properties.accessible ? ' ♿' : '')).addTo(closeIn);
    }
  } catch (e) { /* offline: the clustered points still show */ }
});

function boxWgs() {
  const b = map.getBounds();
  const [w, s] = fromMap(b.getSouthWest());
  const [e, n] = fromMap(b.getNorthEast());
  return L.latLngBounds([s, w], [n, e]);
}

// ---------------------------------------------------------------- nearest
function filters() {
  return { limit: config.nearest_limit || 5, accessible: document.getElementById('f-accessible').checked,
    parking: document.getElementById('f-parking').checked, ev: document.getElementById('f-ev').checked };
}

/** The nearest answer from the service; offline, ranked from the kept list with the same rules. A 400 is thrown. */
async function nearestAnswer(lon, lat) {
  try {
    const answer = await api.nearest(lon, lat, filters());
    setOnline();
    return answer;
  } catch (e) {
    if (e.status === 400) throw e;
    markOffline();
    return { shelters: nearestOffline(state.features, lon, lat, filters(), config), offline: true, detour_factor: config.detour_factor };
  }
}

async function nearestAt(lon, lat, who) {
  state.here = { lon, lat, who };
  let answer;
  try {
    answer = await nearestAnswer(lon, lat);
  } catch (e) {
    document.getElementById('results').innerHTML = '<p class="hint">' + (e.problem?.detail || '') + '</p>';
    return;
  }
  state.answer = answer;
  document.getElementById('hint').hidden = true;
  document.getElementById('card').innerHTML = '';
  renderResults(document.getElementById('results'), answer, { open: id => openCard(id) });
  applyAlert();
  map.invalidateSize();   // the panel grew: the map is shorter now
  drawAnswer();
  drawWalkBand(lon, lat);
}

// ---------------------------------------------------------------- walking band
/** How far one walks in a few minutes: the streets over the road network, else a circle (offline: the same circle). */
async function drawWalkBand(lon, lat) {
  let band;
  try { band = await api.walkBand(lon, lat); state.bandMinutes = band.minutes; }
  catch (e) {
    const minutes = state.bandMinutes || 5;
    band = { method: 'straight_line', minutes, radius_m: minutes * config.walking_speed_mpm / config.detour_factor };
  }
  if (state.here?.lon !== lon || state.here?.lat !== lat) return;
  state.band = band;
  bandLayer.clearLayers();
  const style = { color: '#1565c0', weight: 1.5, dashArray: '4 4', fillColor: '#1565c0', fillOpacity: 0.08, interactive: false, className: 'walk-band' };
  const label = t('walkBand', { m: band.minutes });
  const layer = band.geometry
    ? L.geoJSON(band.geometry, { coordsToLatLng: c => toMap(c[0], c[1]), style: () => style })
    : L.circle(toMap(lon, lat), Object.assign({ radius: band.radius_m }, style));
  layer.bindTooltip(label, { sticky: true }).addTo(bandLayer);
  document.body.dataset.walkBand = band.method;
}

// ---------------------------------------------------------------- the city alert
const alertState = { alert: null, confirmedAt: null, offline: false, view: null, located: false };
state.alert = alertState;

function districtName(codeValue) {
  const f = (state.districts || []).find(d => String(d.id) === codeValue);
  return f ? (currentLang() === 'en' ? f.properties.name_en : f.properties.name_zh) : codeValue;
}

/** Puts the page in the layout the alert for the person's district calls for (emergency first, or normal). */
function applyAlert() {
  const a = alertState.alert;
  const district = state.here ? districtAt(state.districts, state.here.lon, state.here.lat) : null;
  const view = a ? alertFor(a, district) : null;
  const was = alertState.view;
  alertState.view = view;
  const emergency = !!view && isActive(view.state);
  document.body.classList.toggle('emergency', emergency);
  document.body.dataset.alert = view ? view.state : 'none';
  document.getElementById('emergency').hidden = !view || view.state === 'none';
  renderBanner(document.getElementById('alert-banner'), a, view, alertState.confirmedAt,
    { offline: alertState.offline, districtName });
  renderAction(document.getElementById('action'), view, state.here, state.answer,
    { locate: locate, open: id => openCard(id) });
  document.getElementById('siren-test').textContent = a ? sirenTestText(a) : '';
  // Entering the emergency layout: find the person's nearest open shelter at once.
  if (emergency && !state.here && !alertState.located) { alertState.located = true; locate(); }
  if (emergency && state.here && !state.answer) nearestAt(state.here.lon, state.here.lat, state.here.who);
  if (was && isActive(was.state) !== emergency) setTimeout(() => map.invalidateSize(), 0);
}

followAlert((a, confirmedAt, how) => {
  alertState.alert = a;
  alertState.confirmedAt = confirmedAt;
  alertState.offline = !how.fresh;
  applyAlert();
});

/** The person, the way to the first entrance and the ranks; fit: bring the way into view (not when only refreshed). */
function drawAnswer(fit = true) {
  answerLayer.clearLayers();
  const here = state.here;
  if (!here) return;
  const at = toMap(here.lon, here.lat);
  L.marker(at, { icon: L.divIcon({ className: 'here', html: '<span></span>', iconSize: [22, 22] }),
    title: t(here.who), alt: t(here.who), keyboard: false, zIndexOffset: 1000 }).addTo(answerLayer);
  const list = state.answer?.shelters || [];
  list.forEach((s, i) => {
    const e = s.entrance;
    if (!e) return;
    const door = toMap(e.lon, e.lat);
    if (i === 0) {
      L.polyline([at, door], { color: '#c4262e', weight: 4, dashArray: '8 6' }).addTo(answerLayer);
      state.doorMarker = L.circleMarker(door, { radius: 8, color: '#fff', weight: 3, fillColor: '#c4262e', fillOpacity: 1 })
        .bindTooltip(distanceText(s.distance_m) + ' · ' + code('entrance_kind', e.kind), { permanent: true, className: 'door-label',
          // Away from the person, so the label never hides the line or the "you are here" dot.
          direction: at.lng > door.lng ? 'left' : 'right', offset: [at.lng > door.lng ? -10 : 10, 0] })
        .addTo(answerLayer);
    } else {
      L.marker(door, { icon: L.divIcon({ className: 'rank-pin', html: String(i + 1), iconSize: [20, 20] }), title: s.name, keyboard: false })
        .on('click', () => openCard(s.id)).addTo(answerLayer);
    }
  });
  if (list.length && fit) {
    const first = list[0].entrance;
    // Show the way: the point and the nearest entrance fill the view (not closer than street level).
    // Room for the entrance label on its side (it is drawn away from the person).
    const door = toMap(first.lon, first.lat);
    const labelLeft = at.lng > door.lng;
    map.fitBounds(L.latLngBounds([at, door]), { maxZoom: 17, animate: false,
      paddingTopLeft: [labelLeft ? 170 : 40, 48], paddingBottomRight: [labelLeft ? 40 : 170, 48] });
    // At street level the fit centres the way; shift it so the label is not cut off at a narrow screen's edge.
    const tip = state.doorMarker?.getTooltip()?.getElement();
    const px = map.latLngToContainerPoint(door), width = map.getSize().x, room = (tip ? tip.offsetWidth : 200) + 30;
    if (labelLeft && px.x < room) map.panBy([px.x - room, 0], { animate: false });
    if (!labelLeft && width - px.x < room) map.panBy([px.x - (width - room), 0], { animate: false });
  }
}

map.on('click', e => { const [lon, lat] = fromMap(e.latlng); nearestAt(lon, lat, 'chosen'); });
// Keyboard: Enter on the focused map asks for shelters near the map's centre.
map.getContainer().addEventListener('keydown', e => {
  if (e.key === 'Enter' && e.target === map.getContainer()) {
    const [lon, lat] = fromMap(map.getCenter());
    nearestAt(lon, lat, 'chosen');
  }
});
['f-accessible', 'f-parking', 'f-ev'].forEach(id => document.getElementById(id).addEventListener('change', () => {
  if (state.here) nearestAt(state.here.lon, state.here.lat, state.here.who);
}));

document.getElementById('locate').addEventListener('click', () => locate());

/** The person's position from the phone, then the nearest shelters from there. */
function locate() {
  const hint = document.getElementById('hint');
  if (!navigator.geolocation) { hint.hidden = false; hint.textContent = t('locateFailed'); return; }
  hint.hidden = false;
  hint.textContent = t('locating');
  navigator.geolocation.getCurrentPosition(
    p => nearestAt(p.coords.longitude, p.coords.latitude, 'you'),
    () => { hint.textContent = t('locateFailed'); },
    { enableHighAccuracy: true, timeout: 8000, maximumAge: 60000 });
}

// ---------------------------------------------------------------- card, search, report
const report = reportDialog();

function openCard(id, keepView) {
  const fromAnswer = state.answer?.shelters.find(s => s.id === id);
  const f = state.byId.get(id);
  const s = fromAnswer || (f && shelterFromFeature(f));
  if (!s) return;
  state.card = id;
  setTimeout(() => map.invalidateSize(), 0);
  renderCard(document.getElementById('card'), s, {
    close: () => { document.getElementById('card').innerHTML = ''; state.card = null; },
    report: shelter => report.open({ id: shelter.id, name: shelter.name, lon: shelter.lon, lat: shelter.lat })
  });
  if (!keepView) document.getElementById('card').scrollIntoView({ block: 'nearest' });
  if (!fromAnswer && !keepView) map.setView(toMap(s.lon, s.lat), Math.max(map.getZoom(), CLOSE_IN_ZOOM));
}

const q = document.getElementById('q');
const qResults = document.getElementById('q-results');
q.addEventListener('input', () => {
  const text = q.value.trim().toLowerCase();
  const hits = !text ? [] : state.features.filter(f =>
    (f.properties.name || '').toLowerCase().includes(text) || (f.properties.address || '').toLowerCase().includes(text)).slice(0, 8);
  qResults.innerHTML = hits.map((f, i) => `<li role="option" id="q-opt-${i}" tabindex="-1" data-id="${f.id}">`
    + `<b></b><span class="muted small"></span></li>`).join('');
  qResults.querySelectorAll('li').forEach((li, i) => {
    li.querySelector('b').textContent = hits[i].properties.name;
    li.querySelector('span').textContent = ' ' + (hits[i].properties.address || '');
    li.addEventListener('click', () => choose(hits[i].id));
    li.addEventListener('keydown', e => {
      if (e.key === 'Enter') choose(hits[i].id);
      if (e.key === 'ArrowDown') li.nextElementSibling?.focus();
      if (e.key === 'ArrowUp') (li.previousElementSibling || q).focus();
      if (e.key === 'Escape') { closeSearch(); q.focus(); }
    });
  });
  qResults.hidden = hits.length === 0;
  q.setAttribute('aria-expanded', String(hits.length > 0));
});
q.addEventListener('keydown', e => {
  if (e.key === 'ArrowDown' || (e.key === 'Enter' && !qResults.hidden)) {
    e.preventDefault();
    const first = qResults.querySelector('li');
    if (e.key === 'Enter' && first) choose(Number(first.dataset.id)); else first?.focus();
  }
  if (e.key === 'Escape') closeSearch();
});
function closeSearch() { qResults.hidden = true; q.setAttribute('aria-expanded', 'false'); }
function choose(id) { closeSearch(); openCard(id); }

// ---------------------------------------------------------------- language, offline, deep link
document.getElementById('lang').addEventListener('click', () => {
  setLang(currentLang() === 'en' ? 'zh' : 'en');
  const url = new URL(location.href);
  if (currentLang() === 'en') url.searchParams.set('lang', 'en'); else url.searchParams.delete('lang');
  history.replaceState(null, '', url);
  districtLayer.eachLayer(l => l.setTooltipContent(currentLang() === 'en' ? l.feature.properties.name_en : l.feature.properties.name_zh));
  legendControl.refresh();
  addLayersControl();
  applyAlert();
  if (state.band) bandLayer.eachLayer(l => l.setTooltipContent(t('walkBand', { m: state.band.minutes })));
  if (state.answer) { renderResults(document.getElementById('results'), state.answer, { open: id => openCard(id) }); drawAnswer(); }
  if (state.card != null) openCard(state.card);
});

function markOffline() { document.getElementById('offline').hidden = false; }
function setOnline() { if (navigator.onLine) document.getElementById('offline').hidden = true; }
window.addEventListener('offline', markOffline);
window.addEventListener('online', setOnline);
if (!navigator.onLine) markOffline();

const shared = Number(new URLSearchParams(location.search).get('shelter'));
if (shared && state.byId.has(shared)) openCard(shared);

if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => {});
document.body.dataset.ready = 'true';
