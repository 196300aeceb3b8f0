// ECharts bar chart: sheltering-area surplus (green) or deficit (red) per unit, largest deficit first.
'use strict';
const DeficitChart = (() => {
  let chart, features = [], onSelect = () => {};

  function init(selectCallback) {
    onSelect = selectCallback;
    chart = echarts.init(document.getElementById('chart'));
    chart.on('click', e => onSelect(e.data.unitId, true));
    window.addEventListener('resize', () => chart.resize());
    I18N.onChange(render);
  }

  function set(units) {
    features = units.map(f => f.properties);
    render();
  }

  function render() {
    const rows = [...features].sort((a, b) => a.balanceArea - b.balanceArea);
    chart.setOption({
      title: { text: I18N.t('chartTitle'), left: 'center', textStyle: { fontSize: 13 } },
      grid: { left: 70, right: 16, top: 36, bottom: 80 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: p => `${p[0].data.name}<br>${p[0].data.value < 0 ? I18N.t('deficit') : I18N.t('surplus')}: ${I18N.num(Math.abs(p[0].data.value))} m²` },
      xAxis: { type: 'category', data: rows.map(r => r.unitName), axisLabel: { rotate: 60, fontSize: 10, interval: 0 } },
      yAxis: { type: 'value', axisLabel: { fontSize: 10 } },
      dataZoom: rows.length > 40 ? [{ type: 'inside' }, { type: 'slider', height: 14, bottom: 2 }] : [],
      series: [{ type: 'bar', data: rows.map(r => ({ value: r.balanceArea, name: r.unitName, unitId: r.unitId,
        itemStyle: { color: r.balanceArea < 0 ? '#d73027' : '#1a9850' } })) }]
    }, true);
  }

  return { init, set, resize: () => chart && chart.resize() };
})();
