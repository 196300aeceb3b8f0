// The emergency layout of the public map: while an alert is active for the person's district (or the city) the page
// puts one action first — the nearest open shelter, the walk, and the hand-off to the phone's map app — under a
// banner that names the alert, whether it is a drill, its siren signal and when the state was last confirmed.
import { t, code, currentLang, distanceText } from './i18n.js';
import { handoffLinks } from './handoff.js';
import { patternOf, sirenWords, sirenSvg, longestS } from './siren.js';
import { isActive } from './alert.js';

const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Sets the element's content only when it changed (no flicker, focus and links stay while nothing changed). */
function setHtml(el, html) {
  if (el._html === html) return false;
  el._html = html;
  el.innerHTML = html;
  return true;
}

function time(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  return d.toLocaleString(currentLang() === 'en' ? 'en-GB' : 'zh-CN',
    { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** The date of the siren test, in the page's language. */
export function sirenTestText(alert) {
  if (!alert?.siren_test_date) return '';
  const d = new Date(alert.siren_test_date + 'T00:00:00');
  const day = d.toLocaleDateString(currentLang() === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });
  return t('sirenTest', { d: day });
}

/**
 * The banner: the alert, drill or real, where, since when, the siren in words and drawn, when last confirmed.
 * `districtName` turns a district code into its name. Empty when there is no alert.
 */
export function renderBanner(el, alert, view, confirmedAt, { offline, districtName }) {
  if (!view || view.state === 'none') { el.hidden = true; setHtml(el, ''); return; }
  const p = patternOf(alert, view.state);
  const words = sirenWords(p, currentLang());
  const where = view.city ? t('alertCity') : view.districts.map(districtName).join('、');
  const clear = view.state === 'all_clear';
  el.hidden = false;
  el.className = 'alert-banner state-' + view.state + ' mode-' + view.mode;
  el.dataset.state = view.state;
  el.dataset.mode = view.mode;
  setHtml(el, `
    <p class="alert-line"><strong id="alert-state">${esc(code('alert_state', view.state))}</strong>
      <span id="alert-mode" class="alert-mode">${esc(code('alert_mode', view.mode))}</span>
      <span class="alert-where">${esc(where)}</span></p>
    ${clear ? `<p id="all-clear" class="all-clear">${esc(t('allClear'))}</p>` : ''}
    <p class="siren-line">${sirenSvg(p, t('sirenLabel', { w: words }), longestS(alert))}
      <span id="siren-words" class="small">${esc(words)}</span></p>
    <p class="small muted"><span id="alert-since">${esc(t('alertSince', { t: time(view.since) }))}</span> ·
      <span id="alert-confirmed">${esc(t('alertConfirmed', { t: time(confirmedAt) }))}</span>${offline ? ' · <b>' + esc(t('alertOffline')) + '</b>' : ''}
      · <a href="guide.html${currentLang() === 'en' ? '?lang=en' : ''}" id="guide-link">${esc(t('guideLink'))}</a></p>`);
}

/** The first shelter of the answer that takes people now: not full, not closed. */
export function nearestOpen(answer) {
  return (answer?.shelters || []).find(s => (!s.status || s.status === 'open') && s.open_status !== 'closed') || null;
}

/** The one action: go to the nearest open shelter (or find it: locate first). */
export function renderAction(el, view, here, answer, handlers) {
  if (!view || !isActive(view.state)) { el.hidden = true; setHtml(el, ''); return; }
  el.hidden = false;
  if (!here) {
    if (setHtml(el, `<button type="button" id="action-locate" class="primary big">${esc(t('alertLocate'))}</button>`)) {
      el.querySelector('#action-locate').addEventListener('click', () => handlers.locate());
    }
    return;
  }
  const s = nearestOpen(answer);
  if (!s) { setHtml(el, `<p id="action-none" class="hint">${esc(t('alertNoOpen'))}</p>`); return; }
  const e = s.entrance || { lon: s.lon, lat: s.lat };
  const links = handoffLinks(here, e, s.name, t('you'));
  const status = s.status ? `<p id="action-status" class="status-${esc(s.status)}">${esc(t('status_' + s.status))}`
    + (s.occupants != null && s.capacity != null ? ' · ' + esc(t('occupants', { n: s.occupants, c: s.capacity })) : '') + '</p>' : '';
  const unit = [
    s.managing_unit ? esc(t('managingUnit')) + '：' + esc(s.managing_unit) : '',
    s.duty_phone ? esc(t('dutyPhone')) + ' <a id="action-phone" href="tel:' + esc(String(s.duty_phone).replace(/[^0-9+]/g, '')) + '">' + esc(s.duty_phone) + '</a>' : '',
    s.last_verified ? esc(t('lastVerified', { d: s.last_verified })) : ''
  ].filter(Boolean).join(' · ');
  const changed = setHtml(el, `
    <article class="action-card" id="action-shelter" data-id="${s.id}">
      <p class="action-kicker">${esc(t('alertGoNow'))}</p>
      <h2 id="action-name" class="h">${esc(s.name)}</h2>
      <p id="action-walk" class="action-walk"><b>${esc(t('walk', { m: s.walk_minutes }))}</b> · ${esc(distanceText(s.distance_m))}
        ${s.entrance ? ' · ' + esc(code('entrance_kind', s.entrance.kind)) : ''}</p>
      ${status}
      ${unit ? `<p id="action-unit" class="small">${unit}</p>` : ''}
      <p class="small muted">${esc(t('handoffTitle'))}</p>
      <div class="handoff" role="group" aria-label="${esc(t('handoffTitle'))}">
        <a id="handoff-amap" class="handoff-link" href="${esc(links.amap)}" target="_blank" rel="noopener"
           data-lon="${links.gcj02[0]}" data-lat="${links.gcj02[1]}">${esc(t('amap'))}</a>
        <a id="handoff-baidu" class="handoff-link" href="${esc(links.baidu)}" target="_blank" rel="noopener"
           data-lon="${links.bd09[0]}" data-lat="${links.bd09[1]}">${esc(t('baidu'))}</a>
        <a id="handoff-tencent" class="handoff-link" href="${esc(links.tencent)}" target="_blank" rel="noopener"
           data-lon="${links.gcj02[0]}" data-lat="${links.gcj02[1]}">${esc(t('tencent'))}</a>
      </div>
      <button type="button" id="action-details" class="link-btn">${esc(t('details'))}</button>
    </article>`);
  if (changed) el.querySelector('#action-details').addEventListener('click', () => handlers.open(s.id));
}
