// The public API. Each call fails fast (a person in a hurry should not wait on a dead connection): the page then
// falls back to what the service worker cached.

import './styles.js';

const TIMEOUT_MS = 6000;

async function getJson(url, timeout = TIMEOUT_MS) {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeout);
  try {
    const r = await fetch(url, { signal: ctrl.signal, headers: { Accept: 'application/json, application/geo+json' } });
    if (!r.ok) throw Object.assign(new Error('HTTP ' + r.status), { status: r.status, problem: await problem(r) });
    return await r.json();
  } finally {
    clearTimeout(timer);
  }
}

async function problem(r) {
  try { return await r.json(); } catch (e) { return null; }
}

export const DEFAULT_CONFIG = {
  tiles: { source: 'osm', layers: ['https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png'], subdomains: 'abc',
           crs: 'wgs84', attribution: '© OpenStreetMap contributors', max_zoom: 18, available: true },
  area: [120.19, 31.63, 121.96, 32.72], center: [120.894, 32.008], zoom: 13,
  detour_factor: 1.3, walking_speed_mpm: 75, nearest_limit: 5
};

/** The code lists with their zh/en labels; null when neither the network nor the cache has them. */
export async function codes() {
  try { return await getJson('/api/codes'); } catch (e) { return null; }
}

/** The SLD styles the page draws with (the WMS's), by name; a style that cannot be had is null. */
export async function styles(names) {
  const legends = await Promise.all(names.map(n => globalThis.ShelterStyles.legend(n).catch(() => null)));
  return Object.fromEntries(names.map((n, i) => [n, legends[i]]));
}

export async function mapConfig() {
  try { return { ...DEFAULT_CONFIG, ...(await getJson('/api/public/map-config')) }; }
  catch (e) { return DEFAULT_CONFIG; }
}

/** The public shelter list; entrances come compact ([id, kind, accessible, lon, lat]) and are unpacked here. */
export async function shelters() {
  const fc = await getJson('/api/public/shelters', 30000);
  for (const f of fc.features) {
    f.properties.entrances = (f.properties.entrances || []).map(([id, kind, accessible, lon, lat]) => ({ id, kind, accessible, lon, lat }));
  }
  return fc;
}

/**
 * The live status of every public shelter (open | full | closed, occupants, capacity), revalidated with the ETag of
 * the last answer: null when nothing changed (304).
 */
export async function shelterStatus(etag) {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), TIMEOUT_MS);
  try {
    const headers = { Accept: 'application/json' };
    if (etag) headers['If-None-Match'] = etag;
    const r = await fetch('/api/public/shelter-status', { signal: ctrl.signal, headers, cache: 'no-store' });
    if (r.status === 304) return null;
    if (!r.ok) throw Object.assign(new Error('HTTP ' + r.status), { status: r.status });
    return { etag: r.headers.get('ETag'), body: await r.json() };
  } finally {
    clearTimeout(timer);
  }
}

export function districts() { return getJson('/api/layers/districts/features?limit=100', 15000); }

export function layerInBox(name, bounds, limit) {
  const b = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map(v => v.toFixed(6)).join(',');
  return getJson('/api/layers/' + name + '/features?limit=' + limit + '&bbox=' + b);
}

export function nearest(lon, lat, filters) {
  const q = new URLSearchParams({ lon: lon.toFixed(6), lat: lat.toFixed(6), limit: String(filters.limit || 5) });
  if (filters.accessible) q.set('accessible', 'true');
  if (filters.parking) q.set('parking', 'true');
  if (filters.ev) q.set('ev', 'true');
  return getJson('/api/public/nearest?' + q, 5000);
}

/** The area reached on foot in the band's minutes around a point (GET /api/public/walk-band). */
export function walkBand(lon, lat) {
  return getJson('/api/public/walk-band?' + new URLSearchParams({ lon: lon.toFixed(6), lat: lat.toFixed(6) }), 5000);
}

export async function sendReport(report) {
  const r = await fetch('/api/public/reports', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(report)
  });
  const body = await problem(r);
  return { status: r.status, body, retry_after: r.headers.get('Retry-After') };
}
