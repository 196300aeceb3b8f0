// Service worker of the public map: the app shell is served from the cache (refreshed in the background), and the
// public shelter list, the page settings and the district boundaries are fetched fresh when possible and kept, so a
// map opened once still finds the nearest shelter without a connection.
const SHELL_CACHE = 'shelter-shell-v1';
const DATA_CACHE = 'shelter-data-v1';
const SHELL = [
  './', 'index.html', 'manifest.webmanifest', 'css/map.css',
  'js/app.js', 'js/api.js', 'js/i18n.js', 'js/gcj02.js', 'js/cluster.js', 'js/geo.js', 'js/panel.js', 'js/report.js', 'js/legend.js',
  '/js/sample-badge.js', '/css/sample-badge.css',
  'img/icon.svg', 'img/sign.svg',
  '/webjars/leaflet/1.9.4/dist/leaflet.js', '/webjars/leaflet/1.9.4/dist/leaflet.css'
];
const DATA = ['/api/public/shelters', '/api/public/map-config', '/api/public/config', '/api/layers/districts/features'];

self.addEventListener('install', event => {
  // The data too: the page's first requests ran before this worker controlled it.
  event.waitUntil(caches.open(SHELL_CACHE).then(c => c.addAll(SHELL))
    .then(() => caches.open(DATA_CACHE)).then(c => c.addAll(DATA).catch(() => {}))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k !== SHELL_CACHE && k !== DATA_CACHE).map(k => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== location.origin) return;            // tiles and the like: straight to the network
  if (DATA.includes(url.pathname)) {
    event.respondWith(networkFirst(req));
  } else if (!url.pathname.startsWith('/api/')) {
    event.respondWith(cacheFirst(req));
  }
});

async function networkFirst(req) {
  const cache = await caches.open(DATA_CACHE);
  try {
    const res = await fetch(req);
    if (res.ok) cache.put(req, res.clone());
    return res;
  } catch (e) {
    const hit = await cache.match(req, { ignoreSearch: true });
    if (hit) return hit;
    throw e;
  }
}

async function cacheFirst(req) {
  const cache = await caches.open(SHELL_CACHE);
  const hit = await cache.match(req, { ignoreSearch: req.mode === 'navigate' });
  const refresh = fetch(req).then(res => {
    if (res.ok) cache.put(req, res.clone());
    return res;
  });
  if (hit) {
    refresh.catch(() => {});
    return hit;
  }
  return refresh;
}
