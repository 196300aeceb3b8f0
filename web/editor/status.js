/*
 * Live shelter status for editors in an emergency (ADR 0016): open / full / closed and the people inside, per public
 * shelter, on a phone. The +/- buttons send a difference (applied to the current count on the server, so two staff at
 * two doors do not overwrite each other); the number field sets the count. The server keeps the count between 0 and
 * the capacity and says which field was wrong.
 */
(function () {
  'use strict';
  const TEXT = {
    title: { zh: '掩蔽所开放与人数', en: 'Shelters open and people inside' },
    hint: { zh: '开放或关闭掩蔽所，并登记掩蔽人数。人数达到容量时，公众地图显示“已满”，最近掩蔽所搜索不再推荐。',
            en: 'Open or close shelters and record how many people are inside. At capacity the public map shows "full" and the nearest search stops sending people there.' },
    search: { zh: '按名称、编号或地址查找', en: 'Find by name, code or address' },
    people: { zh: '人数', en: 'People' }, capacity: { zh: '容量', en: 'capacity' }, set: { zh: '登记', en: 'Set' },
    publicSees: { zh: '公众看到', en: 'Public sees' }, none: { zh: '没有找到掩蔽所。', en: 'No shelters found.' },
    saved: { zh: '已保存：', en: 'Saved: ' }, by: { zh: '更新', en: 'updated' }
  };
  const $ = id => document.getElementById(id);
  let shelters = [];
  let errors = {}; // shelter id -> message of its last failed change
  let timer = null;

  function label(code) { return Staff.code('shelter_status', code); }

  function button(text, onClick, pressed) {
    const b = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
    if (pressed !== undefined) b.setAttribute('aria-pressed', String(pressed));
    b.addEventListener('click', onClick);
    return b;
  }

  function card(s) {
    const li = document.createElement('li');
    li.className = 'status-card';
    li.dataset.id = s.id;
    const h = document.createElement('h3');
    h.textContent = s.name + ' ';
    const badge = Object.assign(document.createElement('span'), { className: 'badge ' + s.public_status, textContent: label(s.public_status) });
    badge.title = Staff.t(TEXT.publicSees);
    h.appendChild(badge);
    li.appendChild(h);
    const meta = Object.assign(document.createElement('div'), { className: 'meta' });
    meta.textContent = s.code + ' · ' + (s.district || '') + ' · ' + (s.address || '')
      + (s.changed_at ? ' · ' + Staff.t(TEXT.by) + ' ' + new Date(s.changed_at).toLocaleTimeString(Staff.lang === 'zh' ? 'zh-CN' : 'en-GB') + ' ' + (s.changed_by || '') : '');
    li.appendChild(meta);
    const choices = Object.assign(document.createElement('div'), { className: 'choices' });
    for (const code of ((Staff.codes && Staff.codes.shelter_status) || []).map(c => c.code)) {
      choices.appendChild(button(label(code), () => change(s, { status: code }), s.status === code));
    }
    li.appendChild(choices);
    const people = Object.assign(document.createElement('div'), { className: 'people' });
    const count = Object.assign(document.createElement('input'), { type: 'number', min: 0, value: s.occupants, inputMode: 'numeric' });
    count.setAttribute('aria-label', Staff.t(TEXT.people) + ' ' + s.name);
    people.append(Staff.t(TEXT.people) + ' ');
    people.appendChild(button('−10', () => change(s, { occupants_change: -10 })));
    people.appendChild(button('−1', () => change(s, { occupants_change: -1 })));
    people.appendChild(count);
    people.appendChild(button('+1', () => change(s, { occupants_change: 1 })));
    people.appendChild(button('+10', () => change(s, { occupants_change: 10 })));
    people.appendChild(button(Staff.t(TEXT.set), () => change(s, { occupants: count.value === '' ? null : Number(count.value) })));
    people.append(' / ' + (s.capacity == null ? '?' : s.capacity) + ' ' + Staff.t(TEXT.capacity));
    li.appendChild(people);
    if (errors[s.id]) {
      li.appendChild(Object.assign(document.createElement('p'), { className: 'error', textContent: errors[s.id] }));
    }
    return li;
  }

  function render() {
    Staff.apply(TEXT);
    const list = $('list');
    list.replaceChildren(...shelters.map(card));
    if (!shelters.length) list.appendChild(Object.assign(document.createElement('li'), { textContent: Staff.t(TEXT.none) }));
  }

  async function load() {
    const q = $('q').value.trim();
    shelters = await Staff.json('/api/edit/shelter-status?limit=100' + (q ? '&q=' + encodeURIComponent(q) : ''));
    render();
  }

  async function change(s, body) {
    try {
      const after = await Staff.json('/api/edit/shelter-status/' + s.id, { method: 'PUT', json: body });
      delete errors[s.id];
      Object.assign(s, after);
      $('msg').hidden = false;
      $('msg').className = 'msg ok';
      $('msg').textContent = Staff.t(TEXT.saved) + s.name + ' · ' + label(after.public_status) + ' · ' + after.occupants;
    } catch (e) {
      errors[s.id] = (e.problem && e.problem.detail) || e.message;
    }
    render();
  }

  $('q').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(load, 300); });
  document.addEventListener('staff:lang', render);
  Staff.loadCodes().catch(() => {}).then(load).catch(e => { $('msg').hidden = false; $('msg').textContent = e.message; });
})();
