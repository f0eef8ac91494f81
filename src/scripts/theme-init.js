(function () {
  var visitTheme = function (v) {
    return v === 'light' || v === 'dark' || v === 'projector';
  };
  var t = null;
  try {
    t = new URLSearchParams(location.search).get('theme');
  } catch (e) {}
  try {
    if (visitTheme(t)) sessionStorage.setItem('ama-theme-visit', t);
    else t = sessionStorage.getItem('ama-theme-visit');
  } catch (e) {}
  if (!visitTheme(t)) {
    try {
      t = localStorage.getItem('ama-theme');
    } catch (e) {}
    if (t !== 'light' && t !== 'dark') {
      t = window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    }
  }
  document.documentElement.dataset.theme = t;
})();
