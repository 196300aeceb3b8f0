// The side panel (bottom sheet on a phone): the nearest-shelter list and the shelter card.
import { t, code, distanceText, currentLang } from './i18n.js';

const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

export function renderResults(el, answer, handlers) {
  const list = answer.shelters;
  if (!list.length) {
    el.innerHTML = '<p class="hint">' + esc(t('none')) + '</p>';
    return;
  }
  const how = answer.offline ? t('nearestOffline')
    : t('method_' + (list[0].method || 'straight_line'), { f: answer.detour_factor });
  el.innerHTML = '<h2 class="h">' + esc(t('nearestTitle')) + '</h2><p class="muted small">' + esc(how) + '</p>'
    + '<ol class="results" id="result-list">' + list.map((s, i) => `
      <li class="result${i === 0 ? ' first' : ''}" data-id="${s.id}">
        <button type="button" class="result-btn" data-id="${s.id}" aria-label="${esc(s.name + ', ' + distanceText(s.distance_m) + ', ' + t('walk', { m: s.walk_minutes }))}">
          <span class="rank" aria-hidden="true">${i + 1}</span>
          <span class="result-main">
            <span class="name">${esc(s.name)}</span>
            <span class="meta"><b class="dist">${esc(distanceText(s.distance_m))}</b> · ${esc(t('walk', { m: s.walk_minutes }))}</span>
            <span class="meta">${esc(t('capacity', { n: s.capacity ?? '?' }))} · ${esc(t('entranceCount', { n: (s.entrances || []).length }))}
              ${s.wheelchair_accessible ? ' · <span class="tag">♿ ' + esc(t('accessible')) + '</span>' : ''}</span>
            <span class="meta status-${esc(s.open_status)}">${esc(code('open_status', s.open_status))}${liveLine(s)}</span>
          </span>
        </button>
      </li>`).join('') + '</ol>';
  el.querySelectorAll('.result-btn').forEach(b => b.addEventListener('click', () => handlers.open(Number(b.dataset.id))));
}

/** The live status as staff report it (open | full | closed) with the people inside, when known. */
function liveLine(s) {
  if (!s.status) return '';
  const people = s.capacity != null && s.occupants ? ' · ' + t('occupants', { n: s.occupants, c: s.capacity }) : '';
  return ' · <b class="live live-' + esc(s.status) + '">' + esc(code('shelter_status', s.status)) + '</b>' + esc(people);
}

export function renderCard(el, s, handlers) {
  const link = location.origin + location.pathname + '?shelter=' + s.id + (currentLang() === 'en' ? '&lang=en' : '');
  const entrances = (s.entrances || []).map(e =>
    '<li>' + esc(code('entrance_kind', e.kind)) + (e.accessible ? ' <span class="tag" title="' + esc(t('accessible')) + '">♿</span>' : '') + '</li>').join('');
  const parking = !s.has_parking ? t('noParking')
    : s.parking_free != null ? t('parkingValue', { free: s.parking_free, total: s.parking_spaces })
    : t('parkingUnknown', { total: s.parking_spaces });
  const status = code('signage_status', s.signage_status || 'none');
  const signage = s.signage_status === 'upgraded' && s.signage_year ? t('signageYear', { label: status, y: s.signage_year }) : status;
  el.innerHTML = `
    <article class="card" aria-labelledby="card-title">
      <div class="card-head">
        <h2 id="card-title" class="h" tabindex="-1">${esc(s.name)}</h2>
        <button type="button" class="icon-btn" id="card-close" aria-label="${esc(t('close'))}">×</button>
      </div>
      ${s.distance_m ? `<p class="dist-line"><b>${esc(distanceText(s.distance_m))}</b> · ${esc(t('walk', { m: s.walk_minutes }))}</p>` : ''}
      <dl class="facts">
        <dt>${esc(t('address'))}</dt><dd>${esc(s.address || '—')}${s.district ? ' (' + esc(s.district) + ')' : ''}</dd>
        <dt>${esc(t('capacityLabel'))}</dt><dd>${esc(t('persons', { n: s.capacity ?? '?' }))}</dd>
        <dt>${esc(t('openStatus'))}</dt><dd class="status-${esc(s.open_status)}">${esc(code('open_status', s.open_status))}</dd>
        ${s.status ? `<dt>${esc(t('liveStatus'))}</dt><dd class="live-row">${liveLine(s).replace(/^ · /, '')}</dd>` : ''}
        ${s.managing_unit ? `<dt>${esc(t('managingUnit'))}</dt><dd>${esc(s.managing_unit)}</dd>` : ''}
        ${s.duty_phone ? `<dt>${esc(t('dutyPhone'))}</dt><dd><a href="tel:${esc(s.duty_phone.replace(/[^0-9+]/g, ''))}">${esc(s.duty_phone)}</a></dd>` : ''}
        ${s.last_verified ? `<dt>${esc(t('lastVerified'))}</dt><dd>${esc(s.last_verified)}</dd>` : ''}
        <dt>${esc(t('accessibility'))}</dt><dd>${esc(s.wheelchair_accessible ? '♿ ' + t('accessible') : t('notAccessible'))}</dd>
        <dt>${esc(t('entrances'))}</dt><dd><ul class="plain">${entrances || '<li>—</li>'}</ul></dd>
        <dt>${esc(t('parking'))}</dt><dd>${esc(parking)}</dd>
        <dt>${esc(t('ev'))}</dt><dd>${esc(s.ev_chargers > 0 ? t('evValue', { n: s.ev_chargers }) : '—')}</dd>
        <dt>${esc(t('signage'))}</dt><dd class="sign-row">
          <img src="img/sign.svg" width="96" height="54" alt="${esc(t('signText'))}">
          <span>${esc(signage)}<br><span class="muted small">${esc(t('signHelp'))}</span></span></dd>
      </dl>
      <label class="small" for="share-link">${esc(t('share'))}</label>
      <div class="row share">
        <input id="share-link" readonly value="${esc(link)}">
        <button type="button" id="share-copy">${esc(t('copy'))}</button>
      </div>
      <button type="button" id="card-report" class="warn">${esc(t('report'))}</button>
    </article>`;
  el.querySelector('#card-close').addEventListener('click', handlers.close);
  el.querySelector('#card-report').addEventListener('click', () => handlers.report(s));
  el.querySelector('#share-copy').addEventListener('click', async e => {
    const input = el.querySelector('#share-link');
    try { await navigator.clipboard.writeText(input.value); } catch (err) { input.select(); document.execCommand('copy'); }
    e.target.textContent = t('copied');
  });
  el.querySelector('#card-title').focus({ preventScroll: true });
}
