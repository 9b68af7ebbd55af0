// Personal agenda without an account: starred sessions live in this browser (localStorage), the
// agenda page shows them, and the pages a reader needs are kept for offline reading.
(function () {
  var main = document.querySelector('main[data-edition]');
  if (!main) return;
  var edition = main.getAttribute('data-edition');
  var key = 'cv-agenda:' + edition;
  var cacheName = 'convergence-pages-v1';
  function starred() {
    try { return JSON.parse(localStorage.getItem(key) || '[]'); } catch (error) { return []; }
  }
  function save(ids) { localStorage.setItem(key, JSON.stringify(ids)); }
  function sessionUrl(id) { return '/editions/' + edition + '/sessions/' + id; }
  function keep(urls) {
    if (!('caches' in window)) return;
    // One at a time, so a page that fails to come does not keep the others out.
    var unique = urls.filter(function (url, index) { return urls.indexOf(url) === index; });
    caches.open(cacheName).then(function (cache) {
      unique.forEach(function (url) { cache.add(url).catch(function () {}); });
    });
  }
  function render() {
    var ids = starred();
    document.querySelectorAll('[data-session-id]').forEach(function (item) {
      var id = item.getAttribute('data-session-id');
      var on = ids.indexOf(id) !== -1;
      var button = item.querySelector('button.star');
      if (button) {
        button.setAttribute('aria-pressed', on ? 'true' : 'false');
        button.textContent = (on ? '★ ' : '☆ ') + main.getAttribute(on ? 'data-unstar-label' : 'data-star-label');
      }
      if (main.hasAttribute('data-agenda')) item.hidden = !on;
    });
    var exportLink = document.getElementById('agenda-export');
    if (exportLink) exportLink.href = exportLink.getAttribute('data-base') + (ids.length ? '&sessions=' + ids.join(',') : '&sessions=none');
    var empty = document.getElementById('agenda-empty');
    if (empty) empty.hidden = ids.length > 0;
  }
  document.querySelectorAll('[data-session-id]').forEach(function (item) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'star';
    button.addEventListener('click', function () {
      var id = item.getAttribute('data-session-id');
      var ids = starred();
      var at = ids.indexOf(id);
      if (at === -1) { ids.push(id); keep([sessionUrl(id)]); } else { ids.splice(at, 1); }
      save(ids);
      render();
    });
    item.appendChild(button);
  });
  render();
  keep([location.pathname + location.search, '/editions/' + edition + '/program', '/editions/' + edition + '/agenda', '/assets/agenda.js', '/assets/reader-zone.js']
    .concat(starred().map(sessionUrl)));
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(function () {});
})();
