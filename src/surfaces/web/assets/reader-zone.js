// Detects the reader's time zone once and remembers it, so times are shown in their own zone.
// Without scripts the page still works: the zone form does the same by hand.
(function () {
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var root = document.documentElement;
  if (!zone || document.cookie.indexOf('cv_tz=') !== -1) return;
  document.cookie = 'cv_tz=' + encodeURIComponent(zone) + ';path=/;max-age=31536000;samesite=lax';
  if (root.getAttribute('data-reader-zone') !== zone) location.reload();
})();
