// "Report a problem": category, optional text, the place. Nothing personal is asked.
import { t, currentLang } from './i18n.js';
import { sendReport } from './api.js';

export function reportDialog() {
  const dialog = document.getElementById('report');
  const form = document.getElementById('report-form');
  const msg = document.getElementById('report-msg');
  const where = document.getElementById('report-where');
  let target = null;

  document.getElementById('report-cancel').addEventListener('click', () => dialog.close());
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const category = form.querySelector('input[name=category]:checked');
    if (!category) { msg.textContent = t('reportChoose'); return; }
    const send = document.getElementById('report-send');
    send.disabled = true;
    try {
      const r = await sendReport({
        category: category.value, description: document.getElementById('report-text').value || null,
        lon: target.lon, lat: target.lat, shelter_id: target.id ?? null, language: currentLang()
      });
      if (r.status === 201) {
        msg.textContent = t('reportThanks');
        setTimeout(() => dialog.close(), 1500);
      } else if (r.status === 429) {
        msg.textContent = t('reportTooMany', { s: r.retryAfter || '60' });
      } else {
        msg.textContent = t('reportFailed', { d: (r.body && r.body.detail) || r.status });
      }
    } catch (err) {
      msg.textContent = t('reportFailed', { d: t('offline') });
    } finally {
      send.disabled = false;
    }
  });

  return {
    open(place) {
      target = place;
      form.reset();
      msg.textContent = '';
      where.textContent = place.name ? t('reportWhere', { name: place.name })
        : t('reportHere', { lat: place.lat.toFixed(5), lon: place.lon.toFixed(5) });
      dialog.showModal();
    }
  };
}
