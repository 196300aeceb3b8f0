// Chinese first, one click to English. Texts are keyed; elements carry data-i18n="key".
'use strict';
const I18N = (() => {
  const texts = {
    zh: {
      title: '人防易地建设费 · 新建工程选址', parameters: '选址参数', district: '范围', cityWide: '全市',
      radius: '服务半径 (m)', share: '留城人口比例 (%)', minArea: '最小可建面积 (m²)', budgetSource: '预算',
      budgetLedger: '建设费结余', budgetGiven: '指定金额', budgetNone: '不限(按个数)', budgetAmount: '金额 (万元)',
      maxSites: '最多选址个数', solver: '求解器', solverExact: '精确 (CP-SAT)', solverGreedy: '贪心 (快速)',
      timeLimit: '时限 (秒)', capacitated: '考虑用地容量', tieBreak: '同等覆盖时优先停车需求', run: '运行选址',
      ledger: '易地建设费台账', byDistrict: '分区结余', runs: '选址批次', showRun: '查看', export: '导出',
      rank: '次序', code: '编号', name: '名称', newlyCovered: '新增覆盖人口', cumulative: '累计', cost: '造价 (万元)',
      capacity: '容纳人数', nearest: '距现有工程 (m)', parking: '停车需求',
      received: '已收取', allocated: '已拨付', balance: '结余', before: '方案前结余', after: '方案后结余',
      planCost: '方案造价', running: '正在求解…', done: '完成：批次 {id}，{solver}，{status}，用时 {ms} ms',
      failed: '失败：{msg}', noRuns: '尚无选址批次', run_: '批次',
      sumPlan: '方案：{n} 处用地，新增覆盖留城人口 <b>{covered}</b> 人，造价 <b>{cost}</b> 万元。',
      sumDemand: '留城人口 {total} 人，其中已被现有工程覆盖 {already} 人；未覆盖 {before} 人，方案后仍未覆盖 {after} 人（补上 {share}）。',
      sumBound: '求解状态 {status}；上界 {bound}，差距 {gap}。', sumGreedy: '贪心解（无最优性证明）。',
      sumNext: '次优落选用地：{name}（{id}），可再增覆盖 {add} 人，造价 {cost} 万元{why}。',
      nextOverBudget: '，超出预算', nextOverCount: '，超出个数', sumNone: '没有可再增加覆盖的落选用地。',
      sumExcluded: '排除 {n} 处备选用地（危险源安全距离、与现有工程重叠或面积不足）。',
      chartTitle: '各用地边际新增覆盖（按次序）', chartCum: '累计覆盖', chartGain: '边际新增',
      legendChosen: '入选用地', legendEligible: '其他备选', legendExcluded: '排除用地', legendRing: '服务半径覆盖', legendShelters: '现有公共掩蔽工程',
      statusChosen: '入选', statusEligible: '备选', statusExcluded: '排除', reasons: '排除原因', area: '可建面积',
      reason_hazard: '距危险源过近', reason_existing_work: '与现有工程重叠', reason_buildable_area: '可建面积不足',
      persons: '人', wan: '万元'
    },
    en: {
      title: 'Relocation fee · Siting new shelters', parameters: 'Parameters', district: 'Scope', cityWide: 'City-wide',
      radius: 'Service radius (m)', share: 'Population staying (%)', minArea: 'Min. buildable area (m²)',
      budgetSource: 'Budget', budgetLedger: 'Ledger balance', budgetGiven: 'Given amount', budgetNone: 'None (site count)',
      budgetAmount: 'Amount (10k CNY)', maxSites: 'Max. number of sites', solver: 'Solver', solverExact: 'Exact (CP-SAT)',
      solverGreedy: 'Greedy (fast)', timeLimit: 'Time limit (s)', capacitated: 'Honour site capacity',
      tieBreak: 'Break ties by parking demand', run: 'Run siting', ledger: 'Relocation-fee ledger',
      byDistrict: 'By district', runs: 'Runs', showRun: 'Show', export: 'Export',
      rank: 'Rank', code: 'Code', name: 'Name', newlyCovered: 'Newly covered', cumulative: 'Cumulative',
      cost: 'Cost (10k CNY)', capacity: 'Capacity', nearest: 'To nearest work (m)', parking: 'Parking demand',
      received: 'Received', allocated: 'Allocated', balance: 'Balance', before: 'Balance before plan',
      after: 'Balance after plan', planCost: 'Plan cost', running: 'Solving…',
      done: 'Done: run {id}, {solver}, {status}, {ms} ms', failed: 'Failed: {msg}', noRuns: 'No runs yet', run_: 'Run',
      sumPlan: 'Plan: {n} sites, newly covering <b>{covered}</b> staying residents, costing <b>{cost}</b> (10k CNY).',
      sumDemand: 'Staying residents {total}, of whom {already} are within reach of existing works; {before} uncovered before, {after} after ({share} closed).',
      sumBound: 'Status {status}; bound {bound}, gap {gap}.', sumGreedy: 'Greedy plan (no optimality proof).',
      sumNext: 'Best site left out: {name} ({id}) would add {add} residents at {cost} (10k CNY){why}.',
      nextOverBudget: ', beyond the budget', nextOverCount: ', beyond the site count',
      sumNone: 'No site left out would add coverage.',
      sumExcluded: '{n} candidate sites excluded (hazard clearance, overlap with a work, or too small).',
      chartTitle: 'Marginal gain of each site (in order)', chartCum: 'Cumulative', chartGain: 'Marginal gain',
      legendChosen: 'Chosen site', legendEligible: 'Other candidate', legendExcluded: 'Excluded site',
      legendRing: 'Service-radius coverage', legendShelters: 'Existing public shelters', statusChosen: 'chosen', statusEligible: 'candidate',
      statusExcluded: 'excluded', reasons: 'Excluded because', area: 'Buildable area',
      reason_hazard: 'too close to a hazard', reason_existing_work: 'overlaps an existing work',
      reason_buildable_area: 'too little buildable area', persons: 'persons', wan: '10k CNY'
    }
  };
  const asked = new URLSearchParams(location.search).get('lang');
  let lang = (asked || localStorage.getItem('shelter.lang')) === 'en' ? 'en' : 'zh';
  const listeners = [];
  function t(key, args) {
    let s = (texts[lang][key] ?? texts.zh[key] ?? key);
    for (const [k, v] of Object.entries(args || {})) s = s.replaceAll('{' + k + '}', v);
    return s;
  }
  function apply() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    document.title = t('title');
    const b = document.getElementById('lang');
    if (b) b.textContent = lang === 'zh' ? 'EN' : '中文';
  }
  function toggle() {
    lang = lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('shelter.lang', lang);
    apply();
    listeners.forEach(f => f());
  }
  return { t, apply, toggle, onChange: f => listeners.push(f), lang: () => lang };
})();
