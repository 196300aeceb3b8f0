/*
 * Editors handle the problems citizens report on the public map: assign, move on, resolve or reject, with a note.
 * Each save carries the version the row was read at; a 409 means someone else saved first, and the list reloads.
 */
(function () {
  'use strict';
  const TEXT = {
    title: { zh: '公众地图上报的问题', en: 'Problems reported on the public map' }, show: { zh: '显示', en: 'Show' },
    open: { zh: '未办结', en: 'Open' }, all: { zh: '全部', en: 'All' },
    created: { zh: '上报时间', en: 'Reported' }, category: { zh: '类别', en: 'Category' }, shelter: { zh: '工程', en: 'Work' },
    description: { zh: '描述', en: 'Description' }, statusCol: { zh: '状态', en: 'Status' },
    assignee: { zh: '经办人', en: 'Assigned to' }, note: { zh: '处理说明', en: 'Note' }, save: { zh: '保存', en: 'Save' },
    saved: { zh: '已保存。', en: 'Saved.' }, none: { zh: '没有报告。', en: 'No reports.' },
    conflict: { zh: '该报告已被他人修改，已重新载入，请再试。', en: 'Someone else changed this report; the list was reloaded, please try again.' }
  };
  // Categories and states with their labels are the register's code lists (GET /api/codes).
  const statuses = () => ((Staff.codes && Staff.codes.report_status) || []).map(c => c.code);
  const $ = id => document.getElementById(id);
  let reports = [];
  let shown = null; // the message on screen: {entry | text, kind}, kept so a language switch re-words it

  function message(entryOrText, kind) {
    shown = entryOrText ? { what: entryOrText, kind: kind || 'ok' } : null;
    showMessage();
  }

  function showMessage() {
    $('msg').hidden = !shown;
    $('msg').textContent = shown ? (typeof shown.what === 'string' ? shown.what : Staff.t(shown.what)) : '';
    $('msg').className = 'msg ' + (shown ? shown.kind : 'ok');
  }

  function cell(tr, content) {
    const td = document.createElement('td');
    if (content instanceof Node) td.appendChild(content); else td.textContent = content == null ? '' : content;
    tr.appendChild(td);
    return td;
  }

  /** The filter: open ones, each state of the code list, all. */
  function fillFilter() {
    const filter = $('status');
    const chosen = filter.value || 'open';
    filter.innerHTML = '<option value="open">' + Staff.esc(Staff.t(TEXT.open)) + '</option>'
      + Staff.options('report_status', null) + '<option value="all">' + Staff.esc(Staff.t(TEXT.all)) + '</option>';
    filter.value = chosen;
  }

  function render() {
    Staff.apply(TEXT);
    fillFilter();
    showMessage();
    const rows = $('rows');
    rows.replaceChildren();
    if (!reports.length) {
      const tr = document.createElement('tr');
      cell(tr, Staff.t(TEXT.none)).colSpan = 8;
      rows.appendChild(tr);
    }
    for (const r of reports) {
      const tr = document.createElement('tr');
      cell(tr, new Date(r.created_at).toLocaleString(Staff.lang === 'zh' ? 'zh-CN' : 'en-GB'));
      cell(tr, Staff.code('report_category', r.category));
      cell(tr, r.work_name ? r.work_name + ' (' + r.work_code + ')' : r.lon.toFixed(5) + ', ' + r.lat.toFixed(5));
      cell(tr, r.description);
      const status = document.createElement('select');
      status.setAttribute('aria-label', Staff.t(TEXT.statusCol));
      for (const s of statuses()) {
        const o = new Option(Staff.code('report_status', s), s, false, s === r.status);
        status.appendChild(o);
      }
      cell(tr, status);
      const assignee = Object.assign(document.createElement('input'), { value: r.assigned_to || '', maxLength: 100 });
      assignee.setAttribute('aria-label', Staff.t(TEXT.assignee));
      cell(tr, assignee);
      const note = Object.assign(document.createElement('input'), { value: r.staff_note || '', maxLength: 1000 });
      note.setAttribute('aria-label', Staff.t(TEXT.note));
      cell(tr, note);
      const save = Object.assign(document.createElement('button'), { type: 'button', className: 'primary', textContent: Staff.t(TEXT.save) });
      save.addEventListener('click', () => update(r, status.value, assignee.value, note.value));
      cell(tr, save);
      rows.appendChild(tr);
    }
  }

  async function load() {
    const chosen = $('status').value;
    const query = chosen === 'all' || chosen === 'open' ? '' : '?status=' + chosen;
    const list = await Staff.json('/api/reports' + query);
    reports = chosen === 'open' ? list.filter(r => r.status === 'new' || r.status === 'in_progress') : list;
    render();
  }

  async function update(report, status, assignedTo, note) {
    try {
      await Staff.json('/api/reports/' + report.id, {
        method: 'PATCH', json: { version: report.version, status: status, assigned_to: assignedTo, note: note }
      });
      message(TEXT.saved, 'ok');
    } catch (e) {
      message(e.status === 409 ? TEXT.conflict : (e.problem && e.problem.detail) || e.message, 'error');
    }
    await load();
  }

  $('status').addEventListener('change', load);
  document.addEventListener('staff:lang', render);
  Staff.loadCodes().catch(() => {}).then(load).catch(e => message(e.message, 'error'));
})();
