// Setting the city alert (administrators): choose the state, drill or real, the city or some districts; the first
// step (prepare) answers a token and what is about to happen, the second (confirm) sends the token back. Both steps
// and the audit row are the server's (POST /api/admin/alert/prepare, /confirm).
import { patternOf, sirenWords, sirenSvg, longestS } from '/js/siren.js';

const T = {
  now: { zh: '当前警报状态', en: 'Alert state now' }, district: { zh: '区县', en: 'District' }, state: { zh: '状态', en: 'State' },
  mode: { zh: '性质', en: 'Drill or real' }, since: { zh: '起始', en: 'Since' }, set: { zh: '发布或解除警报', en: 'Raise or end an alert' },
  scope: { zh: '范围', en: 'Where' }, city: { zh: '全市', en: 'Whole city' }, chosen: { zh: '选定区县', en: 'Chosen districts' },
  prepare: { zh: '下一步：核对', en: 'Next: check' }, check: { zh: '请核对后确认', en: 'Check, then confirm' },
  confirm: { zh: '确认发布', en: 'Confirm' }, cancel: { zh: '取消', en: 'Cancel' },
  summary: { zh: '即将对{where}发布「{state}」（{mode}）。确认后，公众地图将在 5 秒内更新。',
             en: 'About to set “{state}” ({mode}) for {where}. Public maps update within 5 s once confirmed.' },
  expires: { zh: '请在 {t} 前确认，逾期需重新核对。', en: 'Confirm before {t}, or check again.' },
  done: { zh: '已发布：{state}（{mode}），{where}。已记入审计日志。', en: 'Set: {state} ({mode}), {where}. Recorded in the audit log.' },
  pickDistrict: { zh: '请至少选择一个区县。', en: 'Choose at least one district.' },
  sirenTest: { zh: '今年防空警报试鸣日：{d}', en: 'This year’s siren test: {d}' }
};
const t = (k, vars) => {
  let s = Staff.t(T[k]);
  for (const [key, v] of Object.entries(vars || {})) s = s.replaceAll('{' + key + '}', v);
  return s;
};
const $ = id => document.getElementById(id);
let alert = null, districts = [], prepared = null;

function message(text, kind) { $('message').innerHTML = text ? '<div class="msg ' + (kind || 'ok') + '">' + Staff.esc(text) + '</div>' : ''; }
const districtName = code => { const d = districts.find(f => String(f.id) === code); return d ? (Staff.lang === 'en' ? d.properties.name_en : d.properties.name_zh) : code; };
const where = list => list === 'city' || !list ? t('city') : list.map(districtName).join('、');

function renderForm() {
  const chosenState = document.querySelector('input[name=state]:checked')?.value || 'air_raid';
  const chosenMode = document.querySelector('input[name=mode]:checked')?.value || 'drill';
  const scale = longestS(alert);
  $('states').innerHTML = (Staff.codes?.alert_state || []).map(c => {
    const p = patternOf(alert, c.code);
    const words = sirenWords(p, Staff.lang);
    return '<label class="choice"><input type="radio" name="state" value="' + Staff.esc(c.code) + '"' + (c.code === chosenState ? ' checked' : '')
      + '> <b>' + Staff.esc(Staff.code('alert_state', c.code)) + '</b>' + (p ? ' ' + sirenSvg(p, words, scale) + ' <span class="muted">' + Staff.esc(words) + '</span>' : '') + '</label>';
  }).join('');
  $('modes').innerHTML = (Staff.codes?.alert_mode || []).map(c => '<label class="choice"><input type="radio" name="mode" value="'
    + Staff.esc(c.code) + '"' + (c.code === chosenMode ? ' checked' : '') + '> ' + Staff.esc(Staff.code('alert_mode', c.code)) + '</label>').join('');
  const picked = new Set([...document.querySelectorAll('#districts input:checked')].map(i => i.value));
  $('districts').innerHTML = districts.map(d => '<label class="choice"><input type="checkbox" name="district" value="' + Staff.esc(d.id) + '"'
    + (picked.has(String(d.id)) ? ' checked' : '') + '> ' + Staff.esc(districtName(String(d.id))) + '</label>').join('');
}

function renderCurrent() {
  $('current').querySelector('tbody').innerHTML = (alert?.districts || []).map(d => '<tr data-district="' + Staff.esc(d.code) + '"><td>'
    + Staff.esc(districtName(d.code)) + '</td><td>' + Staff.esc(Staff.code('alert_state', d.state)) + '</td><td>'
    + Staff.esc(Staff.code('alert_mode', d.mode)) + '</td><td>' + Staff.esc(d.since ? new Date(d.since).toLocaleString() : '—') + '</td></tr>').join('');
  $('siren-test').textContent = alert?.siren_test_date ? t('sirenTest', { d: alert.siren_test_date }) : '';
}

async function load() {
  const [a, fc] = await Promise.all([
    fetch('/api/public/alert', { cache: 'no-cache' }).then(r => r.json()),
    Staff.json('/api/layers/districts/features?limit=100'), Staff.loadCodes()]);
  alert = a;
  districts = fc.features;
  renderCurrent();
  renderForm();
  Staff.apply(T);
}

$('alert-form').addEventListener('submit', async e => {
  e.preventDefault();
  const scope = document.querySelector('input[name=scope]:checked').value;
  const chosen = [...document.querySelectorAll('#districts input:checked')].map(i => i.value);
  if (scope === 'districts' && !chosen.length) { message(t('pickDistrict'), 'error'); return; }
  const change = { state: document.querySelector('input[name=state]:checked')?.value,
    mode: document.querySelector('input[name=mode]:checked')?.value, districts: scope === 'city' ? [] : chosen };
  try {
    prepared = await Staff.json('/api/admin/alert/prepare', { method: 'POST', json: change });
    message('');
    $('alert-summary').textContent = t('summary', { where: where(prepared.districts),
      state: Staff.code('alert_state', prepared.state), mode: Staff.code('alert_mode', prepared.mode) });
    $('alert-expires').textContent = t('expires', { t: new Date(prepared.expires_at).toLocaleTimeString() });
    $('alert-confirm-box').hidden = false;
    $('alert-confirm').focus();
  } catch (err) { message(err.message, 'error'); }
});

$('alert-confirm').addEventListener('click', async () => {
  if (!prepared) return;
  try {
    const done = await Staff.json('/api/admin/alert/confirm', { method: 'POST', json: { token: prepared.token } });
    prepared = null;
    $('alert-confirm-box').hidden = true;
    message(t('done', { state: Staff.code('alert_state', done.state), mode: Staff.code('alert_mode', done.mode), where: where(done.districts) }));
    await load();
  } catch (err) { message(err.message, 'error'); $('alert-confirm-box').hidden = true; }
});

$('alert-cancel').addEventListener('click', () => { prepared = null; $('alert-confirm-box').hidden = true; });
document.addEventListener('staff:lang', () => { renderCurrent(); renderForm(); Staff.apply(T); });
await load();
document.body.dataset.ready = 'true';
