// Keeps the public pages a reader has opened readable offline: network first, the kept copy when
// the network fails. Only public program pages and assets are kept, never forms or the API.
// The pages' own script keeps what a reader chose in 'convergence-pages-v1'; this worker keeps what
// it sees pass in a cache of its own, so the two never write the same entry at once.
var cacheName = 'convergence-runtime-v1';
var kept = /^\/(editions\/[^/]+\/(program|agenda|sessions\/[^/]+|initiatives\/[^/]+)|people\/[^/]+|organisations\/[^/]+|assets\/[^/]+\.js)$/;

self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !kept.test(url.pathname)) return;
  event.respondWith(
    fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(cacheName).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    }).catch(function () {
      // Pages vary by language and cookies; offline, a kept copy fetched with other cookies (a
      // CSRF cookie set since, a sign-in) is still the page the reader wants, so Vary is ignored.
      return caches.match(request, { ignoreVary: true }).then(function (hit) {
        return hit || caches.match(url.pathname, { ignoreSearch: true, ignoreVary: true }).then(function (page) {
          return page || new Response('Offline', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
        });
      });
    }),
  );
});
