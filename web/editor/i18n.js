/* Texts of the editor console, Chinese first. Code labels are not here: they come from GET /api/codes. */
window.EDITOR_TEXT = {
  search: { zh: '按名称或编号查找工程', en: 'Find works by name or code' },
  allSignage: { zh: '全部标识状态', en: 'Any signage' },
  boxSelect: { zh: '框选', en: 'Box select' }, clearSelection: { zh: '清除选择', en: 'Clear selection' },
  selected: { zh: '已选 {n} 个工程', en: '{n} works selected' },
  signage: { zh: '标识状态', en: 'Signage' }, year: { zh: '更新年份', en: 'Year upgraded' },
  inspected: { zh: '巡查日期', en: 'Inspected on' }, note: { zh: '备注', en: 'Note' },
  applySelected: { zh: '应用到所选工程', en: 'Apply to the selected works' },
  tabAttributes: { zh: '属性', en: 'Attributes' }, tabParking: { zh: '停车与充电桩', en: 'Parking & chargers' },
  tabGeometry: { zh: '轮廓与出入口', en: 'Footprint & entrances' }, tabHistory: { zh: '历史', en: 'History' },
  drawHelp: { zh: '点击“绘制轮廓”，在地图上依次单击顶点，双击结束。出入口可拖动；“添加出入口”后在地图上单击。',
              en: 'Press "Draw footprint", click the corners on the map, double-click to finish. Drag entrances; after "Add entrance" click the map.' },
  drawFootprint: { zh: '绘制轮廓', en: 'Draw footprint' }, saveFootprint: { zh: '保存轮廓', en: 'Save footprint' },
  addEntrance: { zh: '添加出入口', en: 'Add entrance' }, saveEntrances: { zh: '保存出入口', en: 'Save entrances' },
  remove: { zh: '删除', en: 'Remove' },
  save: { zh: '保存', en: 'Save' }, saved: { zh: '已保存', en: 'Saved' },
  savedN: { zh: '已更新 {n} 个工程的标识', en: 'Signage of {n} works updated' },
  conflict: { zh: '数据已被他人修改，未保存。已载入最新版本，请核对后重新提交。', en: 'Someone else changed this first; nothing was saved. The current version is loaded: check it and submit again.' },
  name: { zh: '名称', en: 'Name' }, address: { zh: '地址', en: 'Address' }, function: { zh: '战时功能', en: 'Wartime function' },
  protection_level: { zh: '防护等级', en: 'Protection level' }, chemical_grade: { zh: '防化等级', en: 'Chemical grade' },
  construction_mode: { zh: '建设方式', en: 'Construction mode' }, district_code: { zh: '行政区代码', en: 'District code' },
  building_area: { zh: '建筑面积 m²', en: 'Building area m²' }, protected_area: { zh: '防护面积 m²', en: 'Protected area m²' },
  sheltering_area: { zh: '掩蔽面积 m²', en: 'Sheltering area m²' }, capacity: { zh: '容纳人数', en: 'Capacity' },
  completion_year: { zh: '竣工年份', en: 'Completed in' }, status: { zh: '状态', en: 'Status' },
  managing_unit: { zh: '管理单位', en: 'Managing unit' }, duty_phone: { zh: '值班电话（公开）', en: 'Duty phone (public)' },
  last_verified: { zh: '最近核查日期', en: 'Last verified' }, public_shelter: { zh: '向公众开放掩蔽', en: 'Public shelter' },
  wheelchair_accessible: { zh: '无障碍', en: 'Wheelchair accessible' }, peacetime_use: { zh: '平时用途', en: 'Peacetime use' },
  open_status: { zh: '开放状态', en: 'Open status' },
  total_spaces: { zh: '车位总数', en: 'Total spaces' }, public_spaces: { zh: '对外开放车位', en: 'Public spaces' },
  free_spaces: { zh: '空余车位', en: 'Free spaces' }, ev_chargers_installed: { zh: '已装充电桩', en: 'Chargers installed' },
  ev_chargers_in_service: { zh: '在用充电桩', en: 'Chargers in service' }, opening_hours: { zh: '开放时间', en: 'Opening hours' },
  opened_year: { zh: '开放停车年份', en: 'Opened for parking in' },
  openParking: { zh: '开放停车 / 保存', en: 'Open for parking / save' },
  version: { zh: '版本', en: 'Version' }, restricted: { zh: '涉密工程', en: 'Restricted work' }
};
// The attributes edited with a choice of codes; the codes and their labels are the register's code lists (GET /api/codes).
// The nullable ones offer a blank choice.
window.EDITOR_CODE_FIELDS = { function: 'function', status: 'status', protection_level: 'protection_level',
  chemical_grade: 'chemical_grade', construction_mode: 'construction_mode', open_status: 'open_status',
  peacetime_use: 'peacetime_use' };
window.EDITOR_NULLABLE = ['protection_level', 'chemical_grade', 'peacetime_use'];
