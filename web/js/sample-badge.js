// The sample badge (ADR 0008): while the register holds the synthetic sample, every page that shows its data says so.
// One flag from the server (/api/public/config → sample); the words follow the page's language (<html lang>), which
// every page's language switch sets. Loaded by each page with one <script> tag; it brings its own stylesheet.
(function () {
  'use strict';
  var WORDS = {
    zh: { text: '演示数据 · 合成样例', title: '这是合成的演示数据,不是真实的人防工程。' },
    en: { text: 'Demo data · synthetic sample', title: 'This is generated demo data, not real shelters.' }
  };

  function language() {
    return (document.documentElement.lang || 'zh').toLowerCase().indexOf('en') === 0 ? 'en' : 'zh';
  }

  function show() {
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/css/sample-badge.css';
    document.head.appendChild(css);
    var badge = document.createElement('span');
    badge.className = 'sample-badge';
    badge.setAttribute('role', 'note');
    badge.setAttribute('data-sample-badge', '');
    // A strip right under the page's header (the header itself is full on a 360 px phone); else a corner tag.
    var header = document.querySelector('header');
    if (header) {
      badge.classList.add('sample-badge-strip');
      header.insertAdjacentElement('afterend', badge);
    } else {
      badge.classList.add('sample-badge-float');
      document.body.appendChild(badge);
    }
    function words() {
      var w = WORDS[language()];
      badge.textContent = w.text;
      badge.title = w.title;
      badge.lang = language() === 'en' ? 'en' : 'zh-CN';
    }
    words();
    new MutationObserver(words).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  fetch('/api/public/config', { credentials: 'same-origin' })
    .then(function (r) { return r.ok ? r.json() : {}; })
    .then(function (config) {
      if (config.sample === true) {
        if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
        else show();
      }
    })
    .catch(function () { /* offline without a cached config: nothing to say */ });
})();
