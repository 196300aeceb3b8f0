/* The attribute and parking forms of one work: built from its state, read back into the JSON the API takes. */
window.EditorForms = (function () {
  'use strict';
  const tx = k => Staff.t(window.EDITOR_TEXT[k]) || k;
  const TEXT = ['name', 'address', 'district_code', 'managing_unit', 'duty_phone', 'last_verified'];
  const NUMBER = ['building_area', 'protected_area', 'sheltering_area'];
  const INTEGER = ['capacity', 'completion_year'];
  const BOOL = ['public_shelter', 'wheelchair_accessible'];

  function input(name, value, type) {
    return '<label class="field">' + Staff.esc(tx(name)) + '</label><input class="field" name="' + name + '" type="' + (type || 'text')
      + '" value="' + Staff.esc(value == null ? '' : value) + '">';
  }

  function select(name, value) {
    const options = Staff.options(window.EDITOR_CODE_FIELDS[name], value, window.EDITOR_NULLABLE.includes(name) ? '—' : null);
    return '<label class="field">' + Staff.esc(tx(name)) + '</label><select class="field" name="' + name + '">' + options + '</select>';
  }

  function check(name, value) {
    return '<label class="check"><input type="checkbox" name="' + name + '"' + (value ? ' checked' : '') + '> ' + Staff.esc(tx(name)) + '</label>';
  }

  function attributes(form, work) {
    let html = input('name', work.name) + input('address', work.address) + '<div class="row2">';
    ['function', 'status', 'protection_level', 'chemical_grade', 'construction_mode', 'open_status', 'peacetime_use']
      .forEach(c => { html += '<div>' + select(c, work[c]) + '</div>'; });
    html += '<div>' + input('district_code', work.district_code) + '</div>';
    NUMBER.forEach(n => { html += '<div>' + input(n, work[n], 'number') + '</div>'; });
    INTEGER.forEach(n => { html += '<div>' + input(n, work[n], 'number') + '</div>'; });
    // The managing unit, its duty phone and the last on-site check are published for public shelters (V16).
    html += '</div>' + input('managing_unit', work.managing_unit) + '<div class="row2"><div>'
      + input('duty_phone', work.duty_phone, 'tel') + '</div><div>' + input('last_verified', work.last_verified, 'date')
      + '</div></div>' + BOOL.map(b => check(b, work[b])).join('')
      + '<p><button class="primary" type="submit">' + Staff.esc(tx('save')) + '</button> <span class="muted">'
      + Staff.esc(tx('version')) + ' ' + work.version + '</span></p>';
    form.innerHTML = html;
  }

  function readAttributes(form, work) {
    const out = Object.assign({}, work);
    const data = new FormData(form);
    TEXT.forEach(n => { out[n] = (data.get(n) || '').trim() || null; });
    Object.keys(window.EDITOR_CODE_FIELDS).forEach(n => { out[n] = data.get(n) || null; });
    NUMBER.forEach(n => { const v = data.get(n); out[n] = v === '' ? null : Number(v); });
    INTEGER.forEach(n => { const v = data.get(n); out[n] = v === '' ? null : parseInt(v, 10); });
    BOOL.forEach(n => { out[n] = data.get(n) === 'on'; });
    return out;
  }

  const PARKING = ['total_spaces', 'public_spaces', 'free_spaces', 'ev_chargers_installed', 'ev_chargers_in_service', 'opened_year'];

  function parking(form, p, year) {
    const v = p || { total_spaces: '', public_spaces: '', ev_chargers_installed: 0, ev_chargers_in_service: 0, opened_year: year };
    let html = '<div class="row2">';
    PARKING.forEach(n => { html += '<div>' + input(n, v[n], 'number') + '</div>'; });
    html += '</div>' + input('opening_hours', v.opening_hours)
      + '<p><button class="primary" type="submit">' + Staff.esc(tx('openParking')) + '</button> <span class="muted">'
      + Staff.esc(tx('version')) + ' ' + (p ? p.version : 0) + '</span></p>';
    form.innerHTML = html;
  }

  function readParking(form, p) {
    const data = new FormData(form);
    const out = { version: p ? p.version : 0, opening_hours: (data.get('opening_hours') || '').trim() || null };
    PARKING.forEach(n => { const v = data.get(n); out[n] = v === '' || v == null ? null : parseInt(v, 10); });
    return out;
  }

  return { attributes, readAttributes, parking, readParking };
})();
