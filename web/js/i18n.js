// Chinese first, English one click away. Texts live here (not fetched) so the page speaks both offline; the labels of
// codes (open status, entrance kinds, signage, report categories) come from the register's code lists (GET /api/codes,
// kept by the service worker), never copied here.
import './styles.js';
const TEXT = {
  zh: {
    alertCity: '全市', alertSince: '{t} 发布', alertConfirmed: '最后确认 {t}', alertOffline: '离线：显示已保存的状态',
    alertGoNow: '立即前往最近的开放掩蔽工程', alertLocate: '定位我，查找最近的开放掩蔽工程', alertNoOpen: '附近暂无开放的掩蔽工程，请查看列表或点击地图。',
    handoffTitle: '用手机地图导航到出入口', amap: '高德地图', baidu: '百度地图', tencent: '腾讯地图',
    allClear: '警报已解除，可以有序离开掩蔽场所。页面已恢复正常显示。', guideLink: '行动指南',
    sirenTest: '今年防空警报试鸣日：{d}', sirenLabel: '警报信号：{w}', walkBand: '步行 {m} 分钟可达范围',
    occupants: '已进入 {n} / {c} 人', managingUnit: '管理单位', dutyPhone: '值班电话', lastVerified: '核实于 {d}',
    status_open: '开放', status_full: '已满', status_closed: '关闭',
    title: '南通人防疏散地图', skip: '跳到结果列表', offline: '离线', searchLabel: '按名称或地址搜索掩蔽工程',
    searchPlaceholder: '搜索名称或地址', searchResults: '搜索结果', locate: '定位我', filters: '筛选',
    fAccessible: '无障碍', fParking: '可停车', fEv: '有充电桩',
    mapLabel: '地图：点击地图查找附近的掩蔽工程', panelLabel: '结果',
    hint: '点击地图或按“定位我”，查找最近的 5 处掩蔽工程。',
    switchTo: 'Switch to English', langButton: 'EN',
    nearestTitle: '离您最近的掩蔽工程', nearestOffline: '离线估算（直线距离 × 绕行系数）',
    method_network: '按道路步行距离', method_straight_line: '直线距离 × 绕行系数 {f}',
    walk: '步行约 {m} 分钟', capacity: '可容纳 {n} 人', capacityLabel: '容纳人数', persons: '{n} 人',
    entrances: '出入口', entranceCount: '{n} 个出入口', accessible: '无障碍', notAccessible: '无无障碍设施',
    accessibility: '无障碍', parking: '停车', parkingValue: '空余 {free} / 共 {total} 个车位',
    parkingUnknown: '共 {total} 个车位', noParking: '无停车场', ev: '充电桩', evValue: '{n} 个在用',
    signage: '人防标识', openStatus: '开放状态', address: '地址', district: '行政区', share: '分享链接',
    copy: '复制链接', copied: '已复制', report: '报告问题', close: '关闭', details: '详情',
    toEntrance: '前往出入口', you: '您的位置', chosen: '所选位置', none: '附近没有符合条件的掩蔽工程。',
    locating: '正在定位…', locateFailed: '无法获取您的位置，请在地图上点击您所在的位置。',
    loadFailed: '数据加载失败，显示已缓存的数据。', noData: '暂无掩蔽工程数据。',
    reportTitle: '报告问题', reportCategory: '问题类型', reportText: '补充说明（可选）',
    reportPrivacy: '无需填写姓名或电话。', cancel: '取消', send: '提交', reportThanks: '已收到，谢谢！工作人员会尽快处理。',
    reportTooMany: '提交过于频繁，请 {s} 秒后再试。', reportFailed: '提交失败：{d}', reportChoose: '请选择问题类型。',
    reportWhere: '位置：{name}', reportHere: '位置：{lat}, {lon}',
    legend: '图例', lgShelter: '人防掩蔽工程', lgCluster: '多处工程（点击放大）', lgParking: '人防停车场',
    lgEv: '有充电桩', lgEntrance: '出入口', lgFootprint: '工程范围', lgDistrict: '行政区界', lgYou: '您的位置',
    layerShelters: '掩蔽工程', layerParking: '停车场（空余/总车位）', layerDistricts: '行政区划',
    signText: '橙色“人防工程”标识', signHelp: '入口处贴有橙色人防标志，可据此辨认掩蔽工程。',
    signageYear: '{label}（{y} 年）',
    liveStatus: '当前状态', occupants: '已掩蔽 {n} / {c} 人', managingUnit: '管理单位', dutyPhone: '值班电话',
    lastVerified: '最近核查', statusChanged: '掩蔽所状态已更新',
    noTiles: '底图无法加载（可能已离线），仅显示行政区界和掩蔽工程。', km: '{n} 公里', m: '{n} 米', yes: '是', no: '否'
  },
  en: {
    alertCity: 'whole city', alertSince: 'since {t}', alertConfirmed: 'last confirmed {t}', alertOffline: 'offline: showing the saved state',
    alertGoNow: 'Go now to the nearest open shelter', alertLocate: 'Locate me: find the nearest open shelter', alertNoOpen: 'No open shelter nearby: see the list or tap the map.',
    handoffTitle: 'Navigate to the entrance with a map app', amap: 'Amap', baidu: 'Baidu Maps', tencent: 'Tencent Maps',
    allClear: 'All clear: you may leave the shelter calmly. The map is back to its normal layout.', guideLink: 'What to do',
    sirenTest: 'This year’s siren test: {d}', sirenLabel: 'Siren: {w}', walkBand: 'Reached in a {m}-minute walk',
    occupants: '{n} of {c} inside', managingUnit: 'Managed by', dutyPhone: 'Duty phone', lastVerified: 'verified {d}',
    status_open: 'Open', status_full: 'Full', status_closed: 'Closed',
    title: 'Nantong Shelter Map', skip: 'Skip to results', offline: 'Offline', searchLabel: 'Search shelters by name or address',
    searchPlaceholder: 'Search name or address', searchResults: 'Search results', locate: 'Locate me', filters: 'Filters',
    fAccessible: 'Wheelchair', fParking: 'Parking', fEv: 'EV charger',
    mapLabel: 'Map: tap the map to find shelters nearby', panelLabel: 'Results',
    hint: 'Tap the map or press “Locate me” to find the 5 nearest shelters.',
    switchTo: '切换到中文', langButton: '中文',
    nearestTitle: 'Nearest shelters', nearestOffline: 'Offline estimate (straight line × detour factor)',
    method_network: 'Walking distance over streets', method_straight_line: 'Straight line × detour factor {f}',
    walk: 'about {m} min walk', capacity: 'holds {n} people', capacityLabel: 'Capacity', persons: '{n} people',
    entrances: 'Entrances', entranceCount: '{n} entrances', accessible: 'Wheelchair accessible', notAccessible: 'Not wheelchair accessible',
    accessibility: 'Accessibility', parking: 'Parking', parkingValue: '{free} free of {total} spaces',
    parkingUnknown: '{total} spaces', noParking: 'No parking', ev: 'EV chargers', evValue: '{n} in service',
    signage: 'Shelter sign', openStatus: 'Open status', address: 'Address', district: 'District', share: 'Share link',
    copy: 'Copy link', copied: 'Copied', report: 'Report a problem', close: 'Close', details: 'Details',
    toEntrance: 'to the entrance', you: 'You are here', chosen: 'Chosen point', none: 'No matching shelter nearby.',
    locating: 'Locating…', locateFailed: 'Your location is not available; tap the map where you are.',
    loadFailed: 'Could not load data; showing cached data.', noData: 'No shelter data yet.',
    reportTitle: 'Report a problem', reportCategory: 'Problem', reportText: 'Details (optional)',
    reportPrivacy: 'No name or phone number needed.', cancel: 'Cancel', send: 'Send', reportThanks: 'Received, thank you. Staff will look into it.',
    reportTooMany: 'Too many reports; try again in {s} s.', reportFailed: 'Could not send: {d}', reportChoose: 'Choose a problem type.',
    reportWhere: 'Place: {name}', reportHere: 'Place: {lat}, {lon}',
    legend: 'Legend', lgShelter: 'Public shelter', lgCluster: 'Several shelters (tap to zoom)', lgParking: 'Shelter car park',
    lgEv: 'EV chargers', lgEntrance: 'Entrance', lgFootprint: 'Shelter outline', lgDistrict: 'District boundary', lgYou: 'You',
    layerShelters: 'Shelters', layerParking: 'Car parks (free/total)', layerDistricts: 'Districts',
    signText: 'Orange “civil air defence” sign', signHelp: 'Entrances carry the orange civil-defence sign: look for it.',
    signageYear: '{label} ({y})',
    liveStatus: 'Status now', occupants: '{n} of {c} people inside', managingUnit: 'Managing unit', dutyPhone: 'Duty phone',
    lastVerified: 'Last verified', statusChanged: 'Shelter status updated',
    noTiles: 'Base map unavailable (offline?): showing district boundaries and shelters.', km: '{n} km', m: '{n} m', yes: 'yes', no: 'no'
  }
};

let lang = 'zh';
let codes = null;

/** More texts for a page of its own (the action guide), in both languages. */
export function addTexts(zh, en) { Object.assign(TEXT.zh, zh); Object.assign(TEXT.en, en); }

/** The code lists (GET /api/codes) the page labels codes with. */
export function setCodes(lists) { codes = lists; }

/** The label of a code in the current language (the code itself when the lists are not at hand). */
export function code(list, value) { return globalThis.ShelterStyles.label(codes, list, value, lang) ?? value; }

/** The code lists, e.g. to build a choice of report categories. */
export function codeList(list) { return (codes && codes[list]) || []; }

export function currentLang() { return lang; }

export function t(key, vars) {
  let s = (TEXT[lang] && TEXT[lang][key]) ?? TEXT.zh[key] ?? key;
  if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll('{' + k + '}', v);
  return s;
}

export function distanceText(metres) {
  return metres >= 1000 ? t('km', { n: (metres / 1000).toFixed(1) }) : t('m', { n: Math.round(metres) });
}

export function setLang(next) {
  lang = next === 'en' ? 'en' : 'zh';
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.title = t(document.body?.dataset.titleKey || 'title');
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  document.querySelectorAll('[data-code]').forEach(el => {
    const [list, value] = el.dataset.code.split(':');
    el.textContent = code(list, value);
  });
  document.querySelectorAll('[data-i18n-aria]').forEach(el => el.setAttribute('aria-label', t(el.dataset.i18nAria)));
  const button = document.getElementById('lang');
  button.textContent = t('langButton');
  button.setAttribute('aria-label', t('switchTo'));
  button.lang = lang === 'en' ? 'zh-CN' : 'en';
  try { localStorage.setItem('lang', lang); } catch (e) { /* private mode */ }
}

/** The language to start in: ?lang=, then the last choice, else Chinese. */
export function initialLang() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked) return asked;
  try { return localStorage.getItem('lang') || 'zh'; } catch (e) { return 'zh'; }
}
