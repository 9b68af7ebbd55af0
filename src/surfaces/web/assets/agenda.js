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
  function save(ids) { localStorage.setItem(key, JSON.stringify(ids)); shareSoon(); }
  // Sharing (opt-in, on the agenda page): the stars go to the organisers with a random token that
  // lets this browser replace or withdraw them, and nothing that names the reader.
  var shareKey = 'cv-agenda-share:' + edition;
  var shareTimer;
  function shareToken() { try { return localStorage.getItem(shareKey); } catch (error) { return null; } }
  function newToken() {
    var bytes = new Uint8Array(18);
    crypto.getRandomValues(bytes);
    return btoa(String.fromCharCode.apply(null, bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function shareStatus(name) {
    var box = document.getElementById('agenda-share-box');
    var status = document.getElementById('agenda-share-status');
    if (box && status) status.textContent = box.getAttribute('data-' + name) || '';
  }
  function post(token, ids) {
    return fetch('/api/v1/session', { credentials: 'same-origin' }).then(function (answer) { return answer.json(); }).then(function (session) {
      var zone = null;
      try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || null; } catch (error) {}
      return fetch('/api/v1/editions/' + edition + '/agenda-shares', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ token: token, sessionIds: ids, timeZone: zone })
      });
    });
  }
  function send(token, ids, retried) {
    return post(token, ids).then(function (answer) {
      if (answer.ok) return;
      if (answer.status !== 400 || retried) throw new Error('share refused: ' + answer.status);
      // A starred session may have been withdrawn from the program since: share the others.
      return answer.json().then(function (body) {
        var gone = ((body.error && body.error.fields) || []).map(function (field) { return ids[Number(String(field.path).split('.')[1])]; });
        return send(token, ids.filter(function (id) { return gone.indexOf(id) === -1; }), true);
      });
    });
  }
  function shareSoon() {
    var token = shareToken();
    if (!token) return;
    clearTimeout(shareTimer);
    shareTimer = setTimeout(function () {
      send(token, starred()).then(function () { shareStatus('shared'); }, function () { shareStatus('share-failed'); });
    }, 600);
  }
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
  var shareBox = document.getElementById('agenda-share-box');
  var shareChoice = document.getElementById('agenda-share');
  if (shareBox && shareChoice && window.fetch && window.crypto) {
    shareBox.hidden = false;
    shareChoice.checked = Boolean(shareToken());
    shareStatus(shareChoice.checked ? 'shared' : 'not-shared');
    shareChoice.addEventListener('change', function () {
      if (shareChoice.checked) {
        localStorage.setItem(shareKey, newToken());
        shareSoon();
      } else {
        var token = shareToken();
        clearTimeout(shareTimer);
        localStorage.removeItem(shareKey);
        if (token) send(token, []).then(function () { shareStatus('not-shared'); }, function () { shareStatus('share-failed'); });
      }
    });
  }
  keep([location.pathname + location.search, '/editions/' + edition + '/program', '/editions/' + edition + '/agenda', '/assets/agenda.js', '/assets/reader-zone.js']
    .concat(starred().map(sessionUrl)));
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(function () {});
})();
