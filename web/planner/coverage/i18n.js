// Chinese first, one click to English. Texts are keyed; elements carry data-i18n="key".
'use strict';
const I18N = (() => {
  const texts = {
    zh: {
      title: '人防工程控制性详细规划 · 覆盖分析', parameters: '分析参数', radius: '服务半径 (m)', share: '留城人口比例 (%)',
      m2: '人均掩蔽面积标准 (m²/人)', basis: '人口口径', basisCells: '网格现状人口', basisPlanned: '规划人口',
      distance: '距离', distAuto: '自动(有路网时按路网)', distEuclid: '直线距离', distNetwork: '路网步行距离',
      run: '运行分析', runs: '分析批次', showRun: '查看', compareWith: '对比', noCompare: '不对比', export: '导出',
      totals: '全市合计', byDistrict: '分区合计', whatIf: '假设方案',
      whatIfHint: '点击“放置”后在地图上单击，加入一处假设人防工程（不改动工程台账）。',
      wiName: '名称', wiArea: '掩蔽面积 (m²)', wiPlace: '放置', wiPlacing: '请在地图上单击…', wiRun: '计算假设方案',
      wiClear: '清除', wiDefaultName: '假设工程', colourBy: '着色', byCoverage: '覆盖率', byBalance: '面积盈亏',
      rings: '服务半径圈', gaps: '未覆盖区域', running: '正在计算…', done: '完成：批次 {id}，用时 {ms} ms',
      failed: '失败：{msg}', noRuns: '尚无分析批次，请运行分析', run_: '批次', whatIfRun: '假设', base: '基于',
      unitCode: '单元编码', unitName: '单元名称', district: '行政区', plannedPopulation: '规划人口',
      cellPopulation: '网格人口', stayingPopulation: '留城人口', requiredArea: '应建面积 m²', providedArea: '已有面积 m²',
      areaPerStaying: '人均 m²', balanceArea: '盈亏 m²', coveredShare: '覆盖率', coveredPopulation: '覆盖人口',
      uncoveredPopulation: '未覆盖人口', gapsCol: '缺口数', change: '变化',
      tCovered: '服务半径内人口', tUncovered: '未覆盖人口', tShare: '覆盖率', tRequired: '应建掩蔽面积',
      tProvided: '已有掩蔽面积', tBalance: '面积盈亏', tDeficit: '缺口面积合计', tDeficitUnits: '缺口单元',
      tPerStaying: '人均掩蔽面积', tPopulation: '网格人口 / 规划人口', tStaying: '留城人口', tUnits: '单元数',
      chartTitle: '各单元掩蔽面积盈亏 (m²)', surplus: '盈余', deficit: '缺口', legendCoverage: '覆盖率',
      legendBalance: '人均掩蔽面积 (m²/留城人)', gapLegend: '未覆盖区域', ringLegend: '出入口服务半径',
      gapPopup: '{unit} 缺口 {n}：{pop} 人，{area} m²', hypothetical: '假设工程'
    },
    en: {
      title: 'Civil-defence control plan · Coverage analysis', parameters: 'Parameters', radius: 'Service radius (m)',
      share: 'Population staying (%)', m2: 'Sheltering area per person (m²)', basis: 'Population basis',
      basisCells: 'Residents on cells', basisPlanned: 'Planned population', distance: 'Distance',
      distAuto: 'Automatic (network when roads loaded)', distEuclid: 'Straight line', distNetwork: 'Walking network',
      run: 'Run analysis', runs: 'Runs', showRun: 'Show', compareWith: 'Compare with', noCompare: 'No comparison',
      export: 'Export', totals: 'City-wide', byDistrict: 'By district', whatIf: 'What-if',
      whatIfHint: 'Press “Place”, then click the map to add a hypothetical work (the register is not changed).',
      wiName: 'Name', wiArea: 'Sheltering area (m²)', wiPlace: 'Place', wiPlacing: 'Click the map…',
      wiRun: 'Run what-if', wiClear: 'Clear', wiDefaultName: 'Hypothetical work', colourBy: 'Colour by',
      byCoverage: 'Coverage', byBalance: 'Area balance', rings: 'Service radius', gaps: 'Uncovered areas',
      running: 'Computing…', done: 'Done: run {id} in {ms} ms', failed: 'Failed: {msg}',
      noRuns: 'No runs yet: run the analysis', run_: 'Run', whatIfRun: 'what-if', base: 'from',
      unitCode: 'Unit', unitName: 'Name', district: 'District', plannedPopulation: 'Planned pop.',
      cellPopulation: 'Cell pop.', stayingPopulation: 'Staying', requiredArea: 'Required m²', providedArea: 'Provided m²',
      areaPerStaying: 'm²/person', balanceArea: 'Balance m²', coveredShare: 'Covered', coveredPopulation: 'Covered pop.',
      uncoveredPopulation: 'Uncovered pop.', gapsCol: 'Gaps', change: 'Change',
      tCovered: 'Population within radius', tUncovered: 'Uncovered population', tShare: 'Share covered',
      tRequired: 'Required sheltering area', tProvided: 'Provided sheltering area', tBalance: 'Area balance',
      tDeficit: 'Sum of unit deficits', tDeficitUnits: 'Units in deficit', tPerStaying: 'Area per staying person',
      tPopulation: 'Cell / planned population', tStaying: 'Staying population', tUnits: 'Units',
      chartTitle: 'Sheltering area surplus / deficit per unit (m²)', surplus: 'Surplus', deficit: 'Deficit',
      legendCoverage: 'Share covered', legendBalance: 'Area per staying person (m²)', gapLegend: 'Uncovered area',
      ringLegend: 'Entrance service radius', gapPopup: '{unit} gap {n}: {pop} people, {area} m²',
      hypothetical: 'Hypothetical work'
    }
  };
  let lang = localStorage.getItem('planner.lang') === 'en' ? 'en' : 'zh';
  const listeners = [];
  function t(key, vars) {
    let s = (texts[lang][key] ?? texts.zh[key] ?? key);
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replace('{' + k + '}', v);
    return s;
  }
  function apply() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    document.getElementById('lang').textContent = lang === 'zh' ? 'EN' : '中文';
    listeners.forEach(f => f());
  }
  function toggle() {
    lang = lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('planner.lang', lang);
    apply();
  }
  const nf = () => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 1 });
  return {
    t, apply, toggle, onChange: f => listeners.push(f), lang: () => lang,
    num: v => (v === null || v === undefined ? '–' : nf().format(v)),
    pct: v => (v === null || v === undefined ? '–' : (v * 100).toFixed(1) + '%')
  };
})();
