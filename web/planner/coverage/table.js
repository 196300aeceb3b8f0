// The sortable table of plan units (click a heading to sort, a row to find the unit on the map).
'use strict';
const UnitTable = (() => {
  const COLUMNS = [
    { key: 'unitCode', text: true }, { key: 'unitName', text: true },
    { key: 'cellPopulation' }, { key: 'plannedPopulation' }, { key: 'stayingPopulation' },
    { key: 'requiredArea' }, { key: 'providedArea' }, { key: 'areaPerStaying', digits: 2 },
    { key: 'balanceArea', signed: true }, { key: 'coveredShare', pct: true }, { key: 'uncoveredPopulation' },
    { key: 'gaps', label: 'gapsCol' }];
  let rows = [], changes = null, sortKey = 'balanceArea', ascending = true, selected = null, onSelect = () => {};
  const table = () => document.getElementById('units');

  function init(selectCallback) {
    onSelect = selectCallback;
    I18N.onChange(render);
  }

  function set(features, comparison) {
    rows = features.map(f => f.properties);
    changes = comparison ? new Map(comparison.units.map(u => [u.unitCode, u])) : null;
    render();
  }

  function cell(c, p) {
    const v = p[c.key];
    if (c.text) return v ?? '';
    if (c.pct) return I18N.pct(v);
    if (c.digits && v !== null && v !== undefined) return v.toFixed(c.digits);
    return I18N.num(v);
  }

  function changeCell(p) {
    const c = changes?.get(p.unitCode);
    if (!c || !c.change) return c ? '＋' : '';
    if (!c.changed) return '';
    const d = c.change;
    const parts = [];
    if (d.coveredShare) parts.push((d.coveredShare > 0 ? '+' : '') + (d.coveredShare * 100).toFixed(1) + '%');
    if (d.balanceArea) parts.push((d.balanceArea > 0 ? '+' : '') + I18N.num(d.balanceArea) + ' m²');
    return parts.join(' / ');
  }

  function render() {
    const cols = changes ? [...COLUMNS, { key: 'change', label: 'change' }] : COLUMNS;
    const head = cols.map(c => {
      const mark = c.key === sortKey ? (ascending ? ' ▲' : ' ▼') : '';
      return `<th data-key="${c.key}" class="${c.text ? 'text' : ''}">${I18N.t(c.label || c.key)}${mark}</th>`;
    }).join('');
    table().tHead.innerHTML = `<tr>${head}</tr>`;
    const sorted = [...rows].sort((a, b) => {
      const x = a[sortKey], y = b[sortKey];
      if (x === y) return 0;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      const r = typeof x === 'string' ? x.localeCompare(y, 'zh') : x - y;
      return ascending ? r : -r;
    });
    table().tBodies[0].innerHTML = sorted.map(p => {
      const tds = COLUMNS.map(c => {
        const neg = c.signed && p[c.key] < 0 ? ' neg' : '';
        return `<td class="${c.text ? 'text' : ''}${neg}">${cell(c, p)}</td>`;
      }).join('') + (changes ? `<td class="change">${changeCell(p)}</td>` : '');
      return `<tr data-unit="${p.unitId}" class="${p.unitId === selected ? 'selected' : ''}">${tds}</tr>`;
    }).join('');
    table().tHead.querySelectorAll('th').forEach(th => th.onclick = () => {
      if (th.dataset.key === 'change') return;
      ascending = th.dataset.key === sortKey ? !ascending : true;
      sortKey = th.dataset.key;
      render();
    });
    table().tBodies[0].querySelectorAll('tr').forEach(tr => tr.onclick = () => onSelect(Number(tr.dataset.unit), true));
  }

  return {
    init, set,
    select(unitId) {
      selected = unitId;
      table().querySelectorAll('tbody tr').forEach(tr => tr.classList.toggle('selected', Number(tr.dataset.unit) === unitId));
      table().querySelector('tbody tr.selected')?.scrollIntoView({ block: 'nearest' });
    }
  };
})();
