// The city alert on an open page: the state arrives by Server-Sent Events (GET /api/public/alert/events) and, whenever
// the stream is not open, by polling GET /api/public/alert (revalidated by its ETag); pages learn a change within 5 s.
// The last state is kept in localStorage with the time it was last confirmed by the server, so a page opened offline
// still shows it — and says how old it is. The service worker also keeps the document (marking what it answers from
// its cache, so a cached answer never counts as a confirmation).

const KEY = 'shelter.cityAlert';
const POLL_MS = 4000;
const ACTIVE = ['air_raid', 'preliminary'];
const SEVERITY = ['air_raid', 'preliminary', 'all_clear', 'none'];

/** Whether a state calls for the emergency layout. */
export function isActive(state) { return ACTIVE.includes(state); }

/** The kept state: { alert, confirmed_at } or null. */
export function kept() {
  try { return JSON.parse(localStorage.getItem(KEY)); } catch (e) { return null; }
}

function keep(alert, confirmedAt) {
  try { localStorage.setItem(KEY, JSON.stringify({ alert, confirmed_at: confirmedAt })); } catch (e) { /* private mode */ }
}

/**
 * The alert that applies to a person in `district` (a code, or null when unknown): that district's state; when the
 * district is not known, the most severe state of any district. With the districts under the same state, and whether
 * it is the whole city.
 */
export function alertFor(alert, district) {
  const all = alert?.districts || [];
  if (!all.length) return { state: 'none', mode: 'drill', districts: [], city: false };
  let mine = district ? all.find(d => d.code === district) : null;
  if (!mine) mine = [...all].sort((a, b) => SEVERITY.indexOf(a.state) - SEVERITY.indexOf(b.state))[0];
  const same = all.filter(d => d.state === mine.state && d.mode === mine.mode);
  return { state: mine.state, mode: mine.mode, since: mine.since, districts: same.map(d => d.code),
    city: same.length === all.length, yours: !!district && mine.code === district };
}

/**
 * Follows the alert: calls `onState(alert, confirmedAt, { fresh })` with the kept state at once, then on every change and
 * confirmation. Returns { refresh, stop }.
 */
export function followAlert(onState) {
  let last = kept();
  let stream = null;
  let timer = null;
  if (last) onState(last.alert, last.confirmed_at, { fresh: false });

  function accept(alert, confirmed) {
    const confirmedAt = confirmed ? new Date().toISOString() : (last?.confirmed_at || null);
    const changed = !last || JSON.stringify(last.alert) !== JSON.stringify(alert);
    last = { alert, confirmed_at: confirmedAt };
    keep(alert, confirmedAt);
    onState(alert, confirmedAt, { fresh: confirmed, changed });
  }

  async function fetchNow() {
    try {
      const r = await fetch('/api/public/alert', { headers: { Accept: 'application/json' }, cache: 'no-cache' });
      if (!r.ok) throw new Error('HTTP ' + r.status);
      accept(await r.json(), r.headers.get('X-Served-From') !== 'offline-cache');
    } catch (e) {
      if (last) onState(last.alert, last.confirmed_at, { fresh: false, offline: true });
    }
  }

  function openStream() {
    if (!('EventSource' in window)) return;
    stream = new EventSource('/api/public/alert/events');
    stream.addEventListener('alert', e => { try { accept(JSON.parse(e.data), true); } catch (err) { /* a broken event */ } });
    // EventSource reconnects by itself; until it is open again, the poll below keeps the page current.
  }

  function tick() {
    if (stream && stream.readyState === EventSource.OPEN) {
      // The open stream is the confirmation: the server would have sent a change.
      if (last) { last.confirmed_at = new Date().toISOString(); keep(last.alert, last.confirmed_at); onState(last.alert, last.confirmed_at, { fresh: true }); }
    } else {
      fetchNow();
    }
  }

  fetchNow();
  openStream();
  timer = setInterval(tick, POLL_MS);
  return {
    refresh: fetchNow,
    stop() { clearInterval(timer); if (stream) stream.close(); },
    streaming: () => !!stream && stream.readyState === EventSource.OPEN
  };
}
