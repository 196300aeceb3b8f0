// Service worker of the public map: the app shell is served from the cache (refreshed in the background), and the
// public shelter list, the page settings and the district boundaries are fetched fresh when possible and kept, so a
// map opened once still finds the nearest shelter without a connection.
//
// It keeps public outlets only (isPublic: the map page and its assets, /api/public/*, the district boundaries, public
// WMS images) and never a response marked no-store or private (everything answered to a logged-in caller is, see
// SecurityConfig). Every other request, staff pages and staff APIs included, goes to the network untouched. On logout
// the staff pages ask it to drop whatever is not public (message 'purge-private', sent by js/staff-fetch.js).
const SHELL_CACHE = 'shelter-shell-v4';
const DATA_CACHE = 'shelter-data-v4';
const SHELL = [
  './', 'index.html', 'guide.html', 'manifest.webmanifest', 'css/map.css', 'css/guide.css',
  'js/app.js', 'js/api.js', 'js/i18n.js', 'js/gcj02.js', 'js/geo.js', 'js/panel.js', 'js/report.js', 'js/legend.js', 'js/styles.js',
  'js/alert.js', 'js/emergency.js', 'js/handoff.js', 'js/siren.js', 'js/guide.js',
  'js/vendor/leaflet.markercluster-1.5.3/leaflet.markercluster.js', 'js/vendor/leaflet.markercluster-1.5.3/MarkerCluster.css',
  '/js/sample-badge.js', '/css/sample-badge.css',
  'img/icon.svg', 'img/sign.svg',
  '/webjars/leaflet/1.9.4/dist/leaflet.js', '/webjars/leaflet/1.9.4/dist/leaflet.css'
];
const DATA = ['/api/public/shelters', '/api/public/map-config', '/api/public/alert', '/api/public/config', '/api/layers/districts/features', '/api/codes',
  '/api/styles/shelters_signage/legend', '/api/styles/entrances/legend', '/api/styles/districts/legend'];
const SHELL_PATHS = new Set(SHELL.map(p => new URL(p, self.registration.scope).pathname));

/** The allow-list: only these URLs are ever answered from or written to the caches. */
function isPublic(url) {
  if (url.origin !== location.origin) return false;
  const path = url.pathname;
  return SHELL_PATHS.has(path) || DATA.includes(path) || path.startsWith('/api/public/')
    || path.startsWith('/webjars/leaflet/') || path.startsWith('/img/')
    || (path === '/wms' && /^getmap$|^getlegendgraphic$/i.test(param(url, 'REQUEST')));
}

function param(url, name) {
  for (const [k, v] of url.searchParams) if (k.toUpperCase() === name) return v;
  return '';
}

/** Whether a response may be kept: a same-origin success not marked no-store or private. */
function storable(res) {
  const cc = res.headers.get('Cache-Control') || '';
  return res.ok && res.type === 'basic' && !/no-store|private/i.test(cc);
}

async function keep(cacheName, req, res) {
  if (storable(res)) {
    const cache = await caches.open(cacheName);
    await cache.put(req, res);
  }
}

self.addEventListener('install', event => {
  // The data too: the page's first requests ran before this worker controlled it.
  const fill = (name, urls) => Promise.all(urls.map(u => fetch(u).then(res => keep(name, u, res)).catch(() => {})));
  event.waitUntil(fill(SHELL_CACHE, SHELL).then(() => fill(DATA_CACHE, DATA)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  // Older caches go whole: the first version kept every same-origin page it saw, staff pages included.
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k !== SHELL_CACHE && k !== DATA_CACHE).map(k => caches.delete(k))))
    .then(purgePrivate)
    .then(() => self.clients.claim()));
});

/** Drops every cached entry that is not on the allow-list. */
async function purgePrivate() {
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const req of await cache.keys()) {
      if (!isPublic(new URL(req.url))) await cache.delete(req);
    }
  }
}

self.addEventListener('message', event => {
  if (event.data && event.data.type === 'purge-private') {
    const reply = () => event.ports[0] && event.ports[0].postMessage('purged');
    event.waitUntil(purgePrivate().then(reply, reply));
  }
});

self.addEventListener('fetch', event => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (!isPublic(url)) return;                            // staff pages, staff APIs, tiles elsewhere: the network
  if (DATA.includes(url.pathname)) {
    event.respondWith(networkFirst(req));
  } else if (!url.pathname.startsWith('/api/')) {
    event.respondWith(cacheFirst(req));
  }                                                      // other public API calls (searches): the network
});

async function networkFirst(req) {
  try {
    const res = await fetch(req);
    await keep(DATA_CACHE, req, res.clone());
    return res;
  } catch (e) {
    const hit = await caches.match(req, { ignoreSearch: true, cacheName: DATA_CACHE });
    // Marked, so the page can tell a kept answer from a fresh one (the alert's "last confirmed" time).
    if (hit) return marked(hit);
    throw e;
  }
}

function marked(res) {
  const headers = new Headers(res.headers);
  headers.set('X-Served-From', 'offline-cache');
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

async function cacheFirst(req) {
  const hit = await caches.match(req, { ignoreSearch: req.mode === 'navigate', cacheName: SHELL_CACHE });
  const refresh = fetch(req).then(res => keep(SHELL_CACHE, req, res.clone()).then(() => res));
  if (hit) {
    refresh.catch(() => {});
    return hit;
  }
  return refresh;
}
