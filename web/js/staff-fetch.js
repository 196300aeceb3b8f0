/*
 * Shared by every staff page: fetch with the session's CSRF token (the XSRF-TOKEN cookie sent back as X-XSRF-TOKEN),
 * problem+json errors as exceptions, the zh/en switch, logout, and the login form. No inline script anywhere: the
 * pages' Content-Security-Policy forbids it.
 */
(function () {
  'use strict';

  function cookie(name) {
    const hit = document.cookie.split('; ').find(c => c.startsWith(name + '='));
    return hit ? decodeURIComponent(hit.substring(name.length + 1)) : '';
  }

  /** fetch() for staff pages: same-origin credentials, the CSRF header on writes, {json: value} as a JSON body. */
  async function staffFetch(url, options) {
    const opts = Object.assign({ credentials: 'same-origin' }, options || {});
    const headers = new Headers(opts.headers || {});
    const method = (opts.method || 'GET').toUpperCase();
    if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) {
      const token = cookie('XSRF-TOKEN');
      if (token) headers.set('X-XSRF-TOKEN', token);
    }
    if (opts.json !== undefined) {
      headers.set('Content-Type', 'application/json');
      opts.body = JSON.stringify(opts.json);
      delete opts.json;
    }
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    opts.headers = headers;
    const response = await fetch(url, opts);
    if (response.status === 401) {
      location.href = '/login.html';
    }
    return response;
  }

  /** staffFetch + JSON; a non-2xx answer throws an Error carrying .status and .problem (the problem+json body). */
  async function staffJson(url, options) {
    const response = await staffFetch(url, options);
    const type = response.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await response.json() : await response.text();
    if (!response.ok) {
      const error = new Error((body && body.detail) || response.statusText);
      error.status = response.status;
      error.problem = body;
      throw error;
    }
    return body;
  }

  const LANG_KEY = 'shelter.lang';
  /** The system's name, on the login page and in the staff navigation (staff-nav.js). */
  const APP_TITLE = { zh: '人防工程地理信息系统', en: 'Shelter GIS' };
  const LOGIN_TEXT = {
    title: APP_TITLE,
    subtitle: { zh: '工作人员登录（规划、编辑、管理）', en: 'Staff login (planning, editing, administration)' },
    error: { zh: '用户名或密码错误，或账号已停用。', en: 'Wrong user name or password, or the account is disabled.' },
    loggedOut: { zh: '已退出登录。', en: 'You have logged out.' },
    username: { zh: '用户名', en: 'User name' },
    password: { zh: '密码', en: 'Password' },
    submit: { zh: '登录', en: 'Log in' },
    public: { zh: '返回公众地图', en: 'Back to the public map' }
  };
  const Staff = {
    fetch: staffFetch,
    appTitle: APP_TITLE,
    json: staffJson,
    cookie: cookie,
    lang: localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh',
    /** Picks the current language's text from {zh, en} or from a dictionary entry. */
    t: function (entry) {
      return entry == null ? '' : (typeof entry === 'string' ? entry : (entry[Staff.lang] || entry.zh || ''));
    },
    /** The code lists (GET /api/codes, see /js/styles.js), once loaded by Staff.loadCodes(). */
    codes: null,
    loadCodes: function () {
      return window.ShelterStyles.codes().then(c => { Staff.codes = c; return c; });
    },
    /** The label of a code in the current language, or the code itself. */
    code: function (list, code) {
      return (window.ShelterStyles && window.ShelterStyles.label(Staff.codes, list, code, Staff.lang)) || code;
    },
    /** The <option>s of a code list (a leading blank one with `blank` text when given), `value` selected. */
    options: function (list, value, blank) {
      const codes = (Staff.codes && Staff.codes[list]) || [];
      const head = blank == null ? '' : '<option value="">' + Staff.esc(blank) + '</option>';
      return head + codes.map(c => '<option value="' + Staff.esc(c.code) + '"' + ((value || '') === c.code ? ' selected' : '') + '>'
        + Staff.esc(Staff.code(list, c.code)) + '</option>').join('');
    },
    /**
     * Fills every [data-i18n=key] element from dict[key] = {zh, en}, and every <select data-code-list=list> with that
     * code list (its data-blank entry, if any, first), keeping the selection.
     */
    apply: function (dict) {
      document.documentElement.lang = Staff.lang === 'zh' ? 'zh-CN' : 'en';
      document.querySelectorAll('select[data-code-list]').forEach(el => {
        const blank = el.dataset.blank ? Staff.t(dict[el.dataset.blank]) : null;
        el.innerHTML = Staff.options(el.dataset.codeList, el.value || el.dataset.value || '', blank);
      });
      document.querySelectorAll('[data-i18n]').forEach(el => {
        const entry = dict[el.dataset.i18n];
        if (entry) el.textContent = Staff.t(entry);
      });
      document.querySelectorAll('[data-i18n-placeholder]').forEach(el => {
        const entry = dict[el.dataset.i18nPlaceholder];
        if (entry) el.placeholder = Staff.t(entry);
      });
      document.querySelectorAll('[data-staff-lang]').forEach(b => { b.textContent = Staff.lang === 'zh' ? 'English' : '中文'; });
    },
    setLang: function (lang) {
      Staff.lang = lang;
      localStorage.setItem(LANG_KEY, lang);
      document.dispatchEvent(new CustomEvent('staff:lang', { detail: lang }));
    },
    logout: async function () {
      await staffFetch('/logout', { method: 'POST', redirect: 'manual' });
      await forgetPrivateCaches();
      location.href = '/login.html?logout';
    },
    /** Who is logged in: {name, role, canReadRestricted}. */
    me: function () { return staffJson('/api/me'); },
    /** Escapes text for HTML. */
    esc: function (s) {
      return String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
    }
  };
  window.staffFetch = staffFetch;
  window.Staff = Staff;

  /**
   * On logout: the public map's service worker drops every cached entry that is not public (its own allow-list, so
   * the rule lives in one place, sw.js). Without a worker, any cache left behind goes whole.
   */
  async function forgetPrivateCaches() {
    if (!('caches' in window)) return;
    const reg = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration('/') : null;
    const worker = reg && reg.active;
    if (worker) {
      const done = new Promise(resolve => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(true);
        worker.postMessage({ type: 'purge-private' }, [channel.port2]);
        setTimeout(() => resolve(false), 3000);
      });
      if (await done) return;
    }
    const keys = await caches.keys();
    await Promise.all(keys.map(k => caches.delete(k)));
  }

  const ACCOUNT_TEXT = {
    change: { zh: '修改密码', en: 'Change password' },
    current: { zh: '当前密码', en: 'Current password' },
    fresh: { zh: '新密码', en: 'New password' },
    repeat: { zh: '再次输入新密码', en: 'New password again' },
    save: { zh: '保存', en: 'Save' },
    cancel: { zh: '取消', en: 'Cancel' },
    mismatch: { zh: '两次输入的新密码不一致。', en: 'The two new passwords differ.' },
    wrong: { zh: '当前密码不正确。', en: 'The current password is wrong.' },
    rule: { zh: '新密码至少 10 个字符，最多 72 字节（一个汉字占 3 字节）。', en: 'The new password needs at least 10 characters and at most 72 bytes.' },
    changed: { zh: '密码已修改。其他设备上的登录已退出。', en: 'Password changed. Your other sessions have ended.' },
    throttled: { zh: '错误次数过多，请稍后再试。', en: 'Too many wrong attempts; try again later.' }
  };

  /** "Change password" beside every logout button: a small dialog that posts to /api/me/password. */
  function accountMenu(logout) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.staffPassword = '';
    const dialog = document.createElement('dialog');
    dialog.className = 'staff-password';
    dialog.style.cssText = 'border:1px solid #9ab;border-radius:6px;padding:18px 22px;min-width:280px;color:#222';
    dialog.innerHTML = '<form method="dialog">'
      + '<h2 data-t="change" style="font-size:16px;margin:0 0 10px"></h2>'
      + ['current', 'fresh', 'repeat'].map(k => '<label style="display:block;font-size:13px;margin:8px 0 3px" for="pw-' + k
        + '" data-t="' + k + '"></label><input id="pw-' + k + '" type="password" required style="width:100%;box-sizing:border-box" autocomplete="'
        + (k === 'current' ? 'current-password' : 'new-password') + '">').join('')
      + '<p class="pw-msg" role="status" style="font-size:13px;min-height:1.2em;margin:10px 0"></p>'
      + '<button type="submit" class="primary" data-t="save"></button> '
      + '<button type="button" class="secondary" data-t="cancel" value="cancel"></button></form>';
    const render = () => {
      button.textContent = Staff.t(ACCOUNT_TEXT.change);
      dialog.querySelectorAll('[data-t]').forEach(el => { el.textContent = Staff.t(ACCOUNT_TEXT[el.dataset.t]); });
    };
    const message = dialog.querySelector('.pw-msg');
    button.addEventListener('click', () => { dialog.querySelector('form').reset(); message.textContent = ''; dialog.showModal(); });
    dialog.querySelector('button[value=cancel]').addEventListener('click', () => dialog.close());
    dialog.querySelector('form').addEventListener('submit', async e => {
      e.preventDefault();
      const value = id => dialog.querySelector('#pw-' + id).value;
      if (value('fresh') !== value('repeat')) { message.textContent = Staff.t(ACCOUNT_TEXT.mismatch); return; }
      try {
        await staffJson('/api/me/password', { method: 'POST', json: { currentPassword: value('current'), newPassword: value('fresh') } });
        message.textContent = Staff.t(ACCOUNT_TEXT.changed);
      } catch (err) {
        const field = err.problem && err.problem.parameter;
        message.textContent = Staff.t(err.status === 429 ? ACCOUNT_TEXT.throttled
          : field === 'currentPassword' ? ACCOUNT_TEXT.wrong : field === 'password' ? ACCOUNT_TEXT.rule : err.message);
      }
    });
    document.addEventListener('staff:lang', render);
    render();
    logout.before(button);
    document.body.appendChild(dialog);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-staff-lang]').forEach(b => b.addEventListener('click', () => Staff.setLang(Staff.lang === 'zh' ? 'en' : 'zh')));
    document.querySelectorAll('[data-staff-logout]').forEach(b => b.addEventListener('click', e => { e.preventDefault(); Staff.logout(); }));
    document.querySelectorAll('[data-staff-logout]').forEach(accountMenu);
    document.querySelectorAll('[data-staff-user]').forEach(el => {
      Staff.me().then(me => {
        el.textContent = me.name + ' · ' + me.role;
        const rank = { PLANNER: 1, EDITOR: 2, ADMIN: 3 }[me.role] || 0;
        document.querySelectorAll('[data-min-role]').forEach(link => {
          const need = { PLANNER: 1, EDITOR: 2, ADMIN: 3 }[link.dataset.minRole];
          if (rank < need) link.hidden = true;
        });
      }).catch(() => {});
    });
    // The login form posts normally; the token comes from the cookie the login page's own response set.
    const login = document.querySelector('form[data-staff-login]');
    if (login) {
      login.addEventListener('submit', () => { login.querySelector('input[name=_csrf]').value = cookie('XSRF-TOKEN'); });
      const params = new URLSearchParams(location.search);
      document.getElementById('error').hidden = !params.has('error');
      document.getElementById('logout').hidden = !params.has('logout');
      const render = () => Staff.apply(LOGIN_TEXT);
      document.addEventListener('staff:lang', render);
      render();
    }
  });
})();
