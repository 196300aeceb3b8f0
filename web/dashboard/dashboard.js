/* Campaign dashboards: signage and peacetime parking, from /api/campaigns (live SQL on the register). */
(function () {
  'use strict';
  const T = {
    signageTitle: { zh: '标识标注（橙色地带）专项', en: 'Signage campaign ("orange zone")' },
    target: { zh: '年度目标（工程数）', en: "Year's target (works)" },
    doneThisYear: { zh: '本年已更新', en: 'Upgraded this year' },
    remaining: { zh: '尚待更新', en: 'Remaining' }, progress: { zh: '完成率', en: 'Progress' },
    mapNote: { zh: '地图：尚待更新标识的工程', en: 'Map: works still to be signed' },
    parkingTitle: { zh: '平战结合：人防工程停车', en: 'Peacetime use: parking in shelters' },
    worksOpened: { zh: '本年开放停车工程', en: 'Works opened this year' },
    spacesOpened: { zh: '本年新增车位 / 计划', en: 'Spaces opened / plan' },
    share: { zh: '完成计划', en: 'Share of plan' }, chargers: { zh: '充电桩（在用 / 已装）', en: 'EV chargers (in service / installed)' },
    work: { zh: '工程', en: 'Work' }, spaces: { zh: '车位', en: 'Spaces' }, evShort: { zh: '充电桩', en: 'Chargers' },
    byDistrict: { zh: '各区标识状态', en: 'Signage by district' }, year: { zh: '年度', en: 'Year' },
    opened: { zh: '本年新增车位', en: 'Spaces opened this year' }, plan: { zh: '年度计划', en: 'Plan' },
    evInstalled: { zh: '已装充电桩', en: 'Chargers installed' }, evInService: { zh: '在用充电桩', en: 'Chargers in service' },
    updated: { zh: '数据更新于', en: 'Data as of' }
  };
  const t = k => Staff.t(T[k]);
  // Signage colours and labels as the WMS and the code lists have them: the shelters_signage style, signage_status.
  const S = window.ShelterStyles;
  let signage = null, parking = null, remaining = null, signageStyle = null, districtStyle = null, parkingStyle = null, codes = null;
  const statusLabel = code => S.label(codes, 'signage_status', code, Staff.lang) || code;
  const statusColour = code => S.fill(signageStyle, { signage_status: code }, 'polygon');
  const signageChart = echarts.init(document.getElementById('signage-chart'));
  const parkingChart = echarts.init(document.getElementById('parking-chart'));
  const map = L.map('signage-map', { zoomControl: true }).setView([32.0, 120.88], 12);
  const layer = L.layerGroup().addTo(map);

  function pct(x) { return (100 * x).toFixed(1) + ' %'; }

  function render() {
    Staff.apply(T);
    if (signage) {
      document.getElementById('signage-year').textContent = signage.year;
      document.getElementById('s-target').textContent = signage.target;
      document.getElementById('s-done').textContent = signage.upgraded_this_year;
      document.getElementById('s-remaining').textContent = signage.remaining;
      document.getElementById('s-progress').textContent = signage.target ? pct(signage.upgraded_this_year / signage.target) : '–';
      const districts = signage.by_district.map(d => Staff.lang === 'zh' ? d.name_zh : d.name_en);
      signageChart.setOption({
        title: { text: t('byDistrict'), textStyle: { fontSize: 13 } },
        tooltip: { trigger: 'axis' }, legend: { top: 22 },
        grid: { top: 60, left: 50, right: 20, bottom: 30 },
        xAxis: { type: 'category', data: districts }, yAxis: { type: 'value' },
        series: [
          ...['upgraded', 'outdated', 'none'].map(code => ({ name: statusLabel(code), type: 'bar', stack: 's',
            data: signage.by_district.map(d => d[code]), itemStyle: { color: statusColour(code) } }))
        ]
      }, true);
    }
    if (parking) {
      document.getElementById('parking-year').textContent = parking.year;
      document.getElementById('p-works').textContent = parking.works_opened_this_year;
      document.getElementById('p-spaces').innerHTML = Staff.esc(parking.spaces_opened_this_year) + ' <small>/ ' + Staff.esc(parking.plan_spaces) + '</small>';
      document.getElementById('p-share').textContent = parking.share_of_plan == null ? '–' : pct(parking.share_of_plan);
      document.getElementById('p-ev').innerHTML = Staff.esc(parking.ev_chargers_in_service) + ' <small>/ ' + Staff.esc(parking.ev_chargers_installed) + '</small>';
      parkingChart.setOption({
        tooltip: { trigger: 'axis' }, grid: { top: 30, left: 60, right: 20, bottom: 30 },
        xAxis: { type: 'category', data: [t('opened'), t('plan'), t('evInstalled'), t('evInService')] },
        yAxis: { type: 'value' },
        series: [{ type: 'bar', barWidth: '45%', label: { show: true, position: 'top' },
          data: [
            { value: parking.spaces_opened_this_year, itemStyle: { color: parkingColour() } },
            { value: parking.plan_spaces, itemStyle: { color: '#9fb3c8' } },
            { value: parking.ev_chargers_installed, itemStyle: { color: '#2b7bb9' } },
            { value: parking.ev_chargers_in_service, itemStyle: { color: '#2e9d57' } }] }]
      }, true);
      document.querySelector('#opened tbody').innerHTML = parking.opened_this_year.slice(0, 25).map(w =>
        '<tr><td>' + Staff.esc(w.name) + ' <span class="muted">' + Staff.esc(w.code) + '</span></td><td>' + w.spaces + '</td><td>' + w.ev_chargers + '</td></tr>').join('');
    }
  }

  function drawRemaining() {
    layer.clearLayers();
    const bounds = [];
    remaining.features.forEach(f => {
      const c = f.geometry.coordinates;
      bounds.push([c[1], c[0]]);
      L.circleMarker([c[1], c[0]], { radius: 4, weight: 1, color: '#fff', fillOpacity: 0.9,
        fillColor: statusColour(f.properties.signage_status) })
        .bindTooltip(Staff.esc(f.properties.name) + ' (' + Staff.esc(f.properties.code) + ')').addTo(layer);
    });
    if (bounds.length) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 15 });
  }

  const parkingColour = () => S.fill(parkingStyle, { has_parking: true }, 'polygon');

  /** The key under the map: the colours of the states still to be signed, from the style. */
  function drawKey() {
    document.getElementById('signage-key').innerHTML = ['none', 'outdated'].map(code =>
      '<span class="swatch" style="background:' + Staff.esc(statusColour(code)) + '"></span> ' + Staff.esc(statusLabel(code))).join(' ');
  }

  async function load() {
    if (!signageStyle) {
      [signageStyle, parkingStyle, codes] = await Promise.all([S.legend('shelters_signage'), S.legend('shelters_parking'), S.codes()]);
    }
    [signage, parking, remaining] = await Promise.all([
      Staff.json('/api/campaigns/signage'), Staff.json('/api/campaigns/parking'), Staff.json('/api/campaigns/signage/remaining')]);
    render();
    drawKey();
    drawRemaining();
    document.getElementById('updated').textContent = t('updated') + ' ' + new Date().toLocaleString();
  }

  L.geoJSON(null).addTo(map);
  Promise.all([Staff.json('/api/layers/districts/features?limit=100'), S.legend('districts')]).then(([fc, legend]) => {
    L.geoJSON(fc, { style: f => Object.assign(S.pathStyle(S.symbol(legend, f.properties, 'polygon')), { fill: false }) }).addTo(map);
  }).catch(() => {});
  document.addEventListener('staff:lang', () => { render(); if (signageStyle) drawKey(); });
  window.addEventListener('resize', () => { signageChart.resize(); parkingChart.resize(); });
  render();
  load().catch(e => { document.getElementById('updated').textContent = e.message; });
  setInterval(() => load().catch(() => {}), 60000);
})();
