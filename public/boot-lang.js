// Before any module loads: the boot line in the page's language (docs/i18n.md, same order as
// src/i18n/language.ts: ?lang=, the remembered choice, the browser's languages).
(function () {
  var ok = function (l) {
    return l === 'en' || l === 'zh-CN';
  };
  var lang = new URLSearchParams(location.search).get('lang');
  try {
    if (!ok(lang)) lang = localStorage.getItem('cc.lang');
  } catch (e) {}
  var list = navigator.languages || [navigator.language];
  for (var i = 0; !ok(lang) && i < list.length; i++)
    lang = /^zh/i.test(list[i]) ? 'zh-CN' : /^en/i.test(list[i]) ? 'en' : null;
  if (lang === 'zh-CN') {
    document.documentElement.lang = 'zh-CN';
    document.querySelector('#root .boot').textContent = '正在加载星座视图…';
  }
})();
