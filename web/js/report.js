// "Report a problem": category, optional text, the place. Nothing personal is asked.
import { t, currentLang, code, codeList } from './i18n.js';
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
        msg.textContent = t('reportTooMany', { s: r.retry_after || '60' });
      } else {
        msg.textContent = t('reportFailed', { d: (r.body && r.body.detail) || r.status });
      }
    } catch (err) {
      msg.textContent = t('reportFailed', { d: t('offline') });
    } finally {
      send.disabled = false;
    }
  });

  // The categories are the register's code list (GET /api/codes); their labels follow the language (data-code).
  const categories = document.getElementById('report-categories');
  function fillCategories() {
    if (categories.childElementCount) return;
    codeList('report_category').forEach((c, i) => {
      const label = document.createElement('label');
      label.innerHTML = `<input type="radio" name="category" value="${c.code}"${i === 0 ? ' required' : ''}> <span data-code="report_category:${c.code}"></span>`;
      label.querySelector('span').textContent = code('report_category', c.code);
      categories.appendChild(label);
    });
  }

  return {
    fill: fillCategories,
    open(place) {
      target = place;
      fillCategories();
      form.reset();
      msg.textContent = '';
      where.textContent = place.name ? t('reportWhere', { name: place.name })
        : t('reportHere', { lat: place.lat.toFixed(5), lon: place.lon.toFixed(5) });
      dialog.showModal();
    }
  };
}
