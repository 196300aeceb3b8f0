/*
 * The register import page: a clerk uploads the office's workbook, sees the dry run — what would be created, updated
 * or refused, every problem with its row and column, each row's point on the map (red where it lands outside the
 * district the row names) — downloads the problems as a workbook, and applies the same file. The apply names the
 * checksum of the file that was reviewed.
 */
(function () {
  'use strict';
  const T = {
    title: { zh: '导入工程台账（Excel / CSV）', en: 'Import the register of works (Excel / CSV)' },
    help: { zh: '选择台账文件，先试运行查看将新增、更新和拒绝的内容；没有问题后再导入。导入为一次性整体写入，并记入审计日志。',
            en: 'Choose the register workbook and run a dry run to see what would be created, updated and refused; import once there are no problems. The import is written all at once and audited.' },
    file: { zh: '台账文件', en: 'Workbook' }, crs: { zh: '坐标系', en: 'Coordinate system' }, crsAuto: { zh: '自动检测', en: 'Detect' },
    dryRun: { zh: '试运行', en: 'Dry run' }, download: { zh: '下载问题清单', en: 'Download the problems' }, apply: { zh: '导入', en: 'Import' },
    export: { zh: '导出现有台账（同样的表头，可在 Excel 中修改后再导入）', en: 'Export the register (same headers: edit in Excel, import again)' },
    row: { zh: '行号', en: 'Row' }, column: { zh: '列', en: 'Column' }, code: { zh: '工程编号', en: 'Code' }, reason: { zh: '原因', en: 'Reason' },
    chooseFile: { zh: '请先选择台账文件。', en: 'Choose a workbook first.' },
    crsFound: { zh: '坐标系：', en: 'Coordinate system: ' },
    counts: { zh: '新增 {create}，更新 {update}，无变化 {unchanged}，拒绝 {refused}；问题 {problems} 个', en: '{create} new, {update} updated, {unchanged} unchanged, {refused} refused; {problems} problems' },
    clean: { zh: '试运行没有发现问题，未写入任何数据。可以导入。', en: 'The dry run found no problems; nothing was written. You may import.' },
    dirty: { zh: '未写入任何数据：请按下列问题修改文件后重新试运行。', en: 'Nothing was written: fix the problems below in the file and run again.' },
    applied: { zh: '已导入：全部变更已写入台账，并记入审计日志。', en: 'Imported: every change was written and audited.' },
    create: { zh: '新增', en: 'New' }, update: { zh: '更新', en: 'Updated' }, unchanged: { zh: '无变化', en: 'Unchanged' },
    refused: { zh: '拒绝', en: 'Refused' }, outside: { zh: '不在所填区县内', en: 'Outside its district' }
  };
  // The outcome colours of this page (a review overlay, not a published layer: no SLD of its own).
  const COLOURS = { create: '#2e8540', update: '#1f5fa8', unchanged: '#8a94a3', refused: '#6b4f9e', outside: '#d62828' };
  const $ = id => document.getElementById(id);
  const map = L.map('map').setView([32.0, 120.88], 11);
  const points = L.layerGroup().addTo(map);
  let report = null;
  let status = null; // the message on screen, kept so a language switch re-words it

  function form(extra) {
    const data = new FormData();
    data.append('file', $('file').files[0]);
    if ($('crs').value) data.append('crs', $('crs').value);
    Object.entries(extra || {}).forEach(([k, v]) => data.append(k, v));
    return data;
  }

  function say(entry, kind) { status = entry ? { entry, kind } : null; showStatus(); }
  function showStatus() {
    $('msg').hidden = !status;
    if (!status) return;
    $('msg').textContent = typeof status.entry === 'string' ? status.entry : Staff.t(status.entry);
    $('msg').className = 'msg ' + status.kind;
  }

  async function run(apply) {
    if (!$('file').files.length) { say(T.chooseFile, 'error'); return; }
    $('dry-run').disabled = $('apply').disabled = true;
    try {
      const extra = apply ? { apply: 'true', sha256: report.sha256 } : {};
      report = await Staff.json('/api/edit/import/works', { method: 'POST', body: form(extra) });
      say(report.applied ? T.applied : (report.problems.length ? T.dirty : T.clean), report.applied || !report.problems.length ? 'ok' : 'error');
      render();
    } catch (e) {
      report = null;
      say(e.message, 'error');
      render();
    } finally {
      $('dry-run').disabled = false;
    }
  }

  function render() {
    Staff.apply(T);
    showStatus();
    const tbody = $('problems').querySelector('tbody');
    tbody.replaceChildren();
    points.clearLayers();
    $('summary').textContent = '';
    $('download').disabled = !report;
    $('apply').disabled = !report || report.applied || report.problems.length > 0;
    $('problems').hidden = !report || !report.problems.length;
    renderLegend();
    if (!report) return;
    const c = Object.assign({ problems: report.problems.length }, report.counts);
    const crs = document.createElement('p');
    crs.textContent = Staff.t(T.crsFound) + (Staff.lang === 'zh' ? report.crs : report.crs_en);
    const counts = document.createElement('p');
    counts.id = 'counts';
    counts.textContent = Staff.t(T.counts).replace(/\{(\w+)\}/g, (m, k) => c[k]);
    $('summary').replaceChildren(crs, counts);
    report.problems.forEach(p => {
      const tr = document.createElement('tr');
      [p.row, p.column, p.code, Staff.lang === 'zh' ? p.reason_zh : p.reason_en].forEach(v => {
        const td = document.createElement('td'); td.textContent = v == null ? '' : v; tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    const bounds = [];
    report.rows.filter(r => r.lon != null).forEach(r => {
      const colour = r.outside_district ? COLOURS.outside : COLOURS[r.action];
      const m = L.circleMarker([r.lat, r.lon], { radius: 7, color: colour, fillColor: colour, fillOpacity: 0.8, weight: 2 });
      m.options.outcome = r.outside_district ? 'outside' : r.action;
      m.bindTooltip(Staff.esc((r.code || '') + ' ' + (r.name || '')) + ' · ' + Staff.esc(Staff.t(T[r.outside_district ? 'outside' : r.action])));
      points.addLayer(m);
      bounds.push([r.lat, r.lon]);
    });
    if (bounds.length) map.fitBounds(bounds, { maxZoom: 15, padding: [30, 30] });
  }

  function renderLegend() {
    $('legend').replaceChildren(...Object.keys(COLOURS).map(k => {
      const li = document.createElement('li');
      const dot = document.createElement('span');
      dot.className = 'dot';
      dot.style.background = COLOURS[k];
      li.append(dot, ' ' + Staff.t(T[k]));
      return li;
    }));
  }

  async function download() {
    const response = await Staff.fetch('/api/edit/import/works/report', { method: 'POST', body: form() });
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url; a.download = 'import-report.xlsx'; a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  $('dry-run').addEventListener('click', () => run(false));
  $('apply').addEventListener('click', () => run(true));
  $('download').addEventListener('click', download);
  $('file').addEventListener('change', () => { report = null; say(null); render(); });
  document.addEventListener('staff:lang', render);

  Promise.all([Staff.json('/api/layers/districts/features?limit=100'), window.ShelterStyles.legend('districts')]).then(([fc, legend]) =>
    L.geoJSON(fc, { style: f => Object.assign(window.ShelterStyles.pathStyle(window.ShelterStyles.symbol(legend, f.properties, 'polygon')), { fill: false }),
      interactive: false }).addTo(map)).catch(() => {});
  render();
})();
