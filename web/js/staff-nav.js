// The one staff navigation (issue 13): every staff page carries an empty <header class="staff" data-staff-nav> and this
// module fills it, so the links, their order, their zh/en labels and which role sees which link live here only.
// Loaded as a module after /js/staff-fetch.js (window.Staff); modules run before DOMContentLoaded, so staff-fetch's
// handlers still find the language, logout and user elements rendered here and hide the links above the user's role
// (data-min-role, ranked from /api/me).
const Staff = window.Staff;

const TEXT = {
  app: Staff.appTitle,
  navDashboard: { zh: '工作看板', en: 'Dashboards' },
  navPlanner: { zh: '规划分析', en: 'Planning' },
  navEditor: { zh: '工程编辑', en: 'Editor' },
  navStatus: { zh: '实时状态', en: 'Live status' },
  navImport: { zh: '台账导入', en: 'Register import' },
  navReports: { zh: '群众报告', en: 'Reports' },
  navAdmin: { zh: '系统管理', en: 'Admin' },
  navAlert: { zh: '城市警报', en: 'City alert' },
  logout: { zh: '退出', en: 'Log out' }
};

/** The links in order; minRole mirrors the server's AccessRules (a hidden link is a courtesy, the server decides). */
const LINKS = [
  { href: '/dashboard/', key: 'navDashboard' },
  { href: '/planner/', key: 'navPlanner' },
  { href: '/editor/', key: 'navEditor', minRole: 'EDITOR' },
  { href: '/editor/status.html', key: 'navStatus', minRole: 'EDITOR' },
  { href: '/editor/import.html', key: 'navImport', minRole: 'EDITOR' },
  { href: '/editor/reports.html', key: 'navReports', minRole: 'EDITOR' },
  { href: '/admin/', key: 'navAdmin', minRole: 'ADMIN' },
  { href: '/admin/alert.html', key: 'navAlert', minRole: 'ADMIN' }
];

/** '/editor/index.html' and '/editor/' are the same page. */
function samePage(href, path) {
  return href === path.replace(/index\.html$/, '');
}

function render(header) {
  const path = location.pathname;
  header.innerHTML = '<h1 data-nav-t="app"></h1><nav data-staff-links></nav>'
    + '<div class="right"><span data-staff-user></span><button type="button" data-staff-lang></button>'
    + '<button type="button" data-staff-logout data-nav-t="logout"></button></div>';
  const nav = header.querySelector('nav');
  LINKS.forEach(link => {
    const a = document.createElement('a');
    a.href = link.href;
    a.dataset.navT = link.key;
    if (link.minRole) a.dataset.minRole = link.minRole;
    if (samePage(link.href, path)) {
      a.className = 'active';
      a.setAttribute('aria-current', 'page');
    }
    nav.appendChild(a);
  });
}

function label(header) {
  header.querySelectorAll('[data-nav-t]').forEach(el => { el.textContent = Staff.t(TEXT[el.dataset.navT]); });
  header.querySelectorAll('[data-staff-lang]').forEach(b => { b.textContent = Staff.lang === 'zh' ? 'English' : '中文'; });
}

document.querySelectorAll('header[data-staff-nav]').forEach(header => {
  render(header);
  label(header);
  document.addEventListener('staff:lang', () => label(header));
});
