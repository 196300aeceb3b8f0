/* Administration: users (create, disable, reset password), API keys (create — token shown once — and revoke), audit. */
(function () {
  'use strict';
  const T = {
    users: { zh: '用户', en: 'Users' }, username: { zh: '用户名', en: 'User name' }, role: { zh: '角色', en: 'Role' },
    state: { zh: '状态', en: 'State' }, newUser: { zh: '新建用户', en: 'New user' }, displayName: { zh: '姓名', en: 'Name' },
    password: { zh: '初始密码（至少10位）', en: 'Initial password (10+ characters)' }, create: { zh: '创建', en: 'Create' },
    keys: { zh: 'API 密钥（其他 GIS 系统）', en: 'API keys (other GIS systems)' }, keyName: { zh: '名称', en: 'Name' },
    prefix: { zh: '前缀', en: 'Prefix' }, layers: { zh: '图层', en: 'Layers' }, lastUsed: { zh: '最近使用', en: 'Last used' },
    newKey: { zh: '新建密钥', en: 'New key' }, audit: { zh: '审计日志', en: 'Audit log' }, from: { zh: '自', en: 'From' },
    to: { zh: '至', en: 'to' }, show: { zh: '查询', en: 'Show' }, export: { zh: '导出 CSV', en: 'Export CSV' },
    at: { zh: '时间', en: 'When' }, actor: { zh: '操作人', en: 'Who' }, action: { zh: '操作', en: 'Action' },
    object: { zh: '对象', en: 'Object' }, enabled: { zh: '启用', en: 'Enabled' }, disabled: { zh: '已停用', en: 'Disabled' },
    disable: { zh: '停用', en: 'Disable' }, enable: { zh: '启用', en: 'Enable' }, reset: { zh: '重置密码', en: 'Reset password' },
    revoke: { zh: '吊销', en: 'Revoke' }, revoked: { zh: '已吊销', en: 'Revoked' },
    newPassword: { zh: '新密码（至少10位）：', en: 'New password (10+ characters):' },
    tokenOnce: { zh: '请立即复制此密钥，它不会再次显示：', en: 'Copy this key now; it will not be shown again:' },
    done: { zh: '已完成', en: 'Done' }, restricted: { zh: '涉密', en: 'restricted' }
  };
  const t = k => Staff.t(T[k]);
  const $ = id => document.getElementById(id);
  function message(text, kind) { $('message').innerHTML = text ? '<div class="msg ' + (kind || 'ok') + '">' + Staff.esc(text) + '</div>' : ''; }
  async function act(promise) {
    try { await promise; message(t('done')); await load(); } catch (e) { message(e.message, 'error'); }
  }

  async function loadUsers() {
    const users = await Staff.json('/api/admin/users');
    $('users').querySelector('tbody').innerHTML = users.map(u => '<tr><td>' + Staff.esc(u.username) + ' <span class="muted">'
      + Staff.esc(u.displayName || '') + '</span></td><td>' + u.role + '</td><td>' + t(u.enabled ? 'enabled' : 'disabled') + '</td><td>'
      + '<button type="button" class="secondary" data-toggle="' + u.id + '" data-enabled="' + u.enabled + '">' + t(u.enabled ? 'disable' : 'enable')
      + '</button> <button type="button" class="secondary" data-reset="' + u.id + '">' + t('reset') + '</button></td></tr>').join('');
  }

  async function loadKeys() {
    const keys = await Staff.json('/api/admin/keys');
    $('keys').querySelector('tbody').innerHTML = keys.map(k => '<tr><td>' + Staff.esc(k.name) + '</td><td><code>' + Staff.esc(k.prefix)
      + '…</code></td><td>' + Staff.esc(k.layers.join(', ')) + '</td><td>' + Staff.esc((k.lastUsedAt || '').slice(0, 16)) + '</td><td>'
      + (k.revokedAt ? t('revoked') : '<button type="button" class="secondary" data-revoke="' + k.id + '">' + t('revoke') + '</button>')
      + '</td></tr>').join('');
  }

  async function loadLayers() {
    const layers = await Staff.json('/api/layers');
    $('layer-choices').innerHTML = layers.map(l => '<label class="check"><input type="checkbox" name="layers" value="' + Staff.esc(l.name) + '"> '
      + Staff.esc(Staff.t(l.title)) + ' <span class="muted">' + Staff.esc(l.name) + (l.access === 'restricted' ? ' · ' + t('restricted') : '') + '</span></label>').join('');
  }

  async function loadAudit() {
    const params = new URLSearchParams({ limit: '200' });
    if ($('from').value) params.set('from', $('from').value);
    if ($('to').value) params.set('to', $('to').value);
    $('export').href = '/api/admin/audit.csv?' + params.toString().replace('limit=200&', '').replace('limit=200', '');
    const rows = await Staff.json('/api/admin/audit?' + params);
    $('audit').querySelector('tbody').innerHTML = rows.slice(-200).reverse().map(r => '<tr><td>' + Staff.esc(r.at.replace('T', ' ').slice(0, 19))
      + '</td><td>' + Staff.esc(r.actor) + '</td><td>' + Staff.esc(r.action) + '</td><td>' + Staff.esc(r.objectType) + ' ' + Staff.esc(r.objectId) + '</td></tr>').join('');
  }

  async function load() { await Promise.all([loadUsers(), loadKeys(), loadAudit()]); }

  $('users').addEventListener('click', e => {
    const b = e.target;
    if (b.dataset.toggle) act(Staff.json('/api/admin/users/' + b.dataset.toggle, { method: 'PATCH', json: { enabled: b.dataset.enabled !== 'true' } }));
    if (b.dataset.reset) {
      const password = prompt(t('newPassword'));
      if (password) act(Staff.json('/api/admin/users/' + b.dataset.reset + '/password', { method: 'POST', json: { password } }));
    }
  });
  $('keys').addEventListener('click', e => {
    if (e.target.dataset.revoke) act(Staff.json('/api/admin/keys/' + e.target.dataset.revoke, { method: 'DELETE' }));
  });
  $('new-user').addEventListener('submit', e => {
    e.preventDefault();
    const d = new FormData(e.target);
    act(Staff.json('/api/admin/users', { method: 'POST', json: { username: d.get('username'), displayName: d.get('displayName'),
      role: d.get('role'), password: d.get('password') } }).then(() => e.target.reset()));
  });
  $('new-key').addEventListener('submit', async e => {
    e.preventDefault();
    const d = new FormData(e.target);
    try {
      const key = await Staff.json('/api/admin/keys', { method: 'POST', json: { name: d.get('name'), layers: d.getAll('layers') } });
      $('token').hidden = false;
      $('token').innerHTML = Staff.esc(t('tokenOnce')) + '<br><code>' + Staff.esc(key.token) + '</code>';
      e.target.reset();
      await loadKeys();
    } catch (err) { message(err.message, 'error'); }
  });
  $('show').addEventListener('click', () => loadAudit().catch(e => message(e.message, 'error')));
  function render() { Staff.apply(T); loadUsers().catch(() => {}); loadKeys().catch(() => {}); loadLayers().catch(() => {}); }
  document.addEventListener('staff:lang', render);
  Staff.apply(T);
  loadLayers();
  load().catch(e => message(e.message, 'error'));
})();
