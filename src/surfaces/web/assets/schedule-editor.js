// The schedule editor without reloading the page: drag a session onto a cell, or pick it up from the
// keyboard (Space or Enter), choose a cell with the arrow keys and drop it with Enter. Either way the
// session's own "move to" form is filled in and posted, exactly as without scripts. On a solve's
// progress page, the run's status is polled and the page goes back to the grid when it is done.
(function () {
  var main = document.querySelector('main');
  if (!main) return;
  if (main.hasAttribute('data-solve-status')) { watchSolve(); return; }
  if (!main.hasAttribute('data-schedule-editor')) return;

  var picked = null;

  function text(name, values) {
    var message = main.getAttribute('data-' + name) || '';
    Object.keys(values || {}).forEach(function (key) { message = message.split('{' + key + '}').join(values[key]); });
    return message;
  }
  function announce(message) {
    var live = document.getElementById('schedule-live');
    if (live) { live.textContent = ''; setTimeout(function () { live.textContent = message; }, 30); }
  }
  function cellRows() {
    return Array.prototype.map.call(main.querySelectorAll('table.schedule-grid tbody tr'), function (row) {
      return Array.prototype.slice.call(row.querySelectorAll('td[data-slot-id]'));
    });
  }
  function cardOf(id) { return main.querySelector('[data-session-id="' + id + '"]'); }

  function move(card, slotId, roomId, label) {
    var form = card.querySelector('form[data-move-form]');
    if (!form) return;
    form.querySelector('select[name="slotId"]').value = slotId || '';
    if (roomId) form.querySelector('select[name="roomId"]').value = roomId;
    announce(text('live-dropped', { session: card.getAttribute('data-label'), place: label || text('live-unassigned') }));
    var id = card.getAttribute('data-session-id');
    var body = new URLSearchParams(new FormData(form));
    fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.text();
    }).then(function (html) {
      var next = new DOMParser().parseFromString(html, 'text/html').querySelector('main');
      if (!next) throw new Error('no page');
      main.innerHTML = next.innerHTML;
      var moved = cardOf(id);
      if (moved) { moved.focus(); moved.scrollIntoView({ block: 'nearest', inline: 'nearest' }); }
      var notice = main.querySelector('.notice[role="status"]');
      var conflict = moved && moved.querySelector('.conflict');
      announce((notice ? notice.textContent + ' ' : '') + (conflict ? conflict.textContent : ''));
    }).catch(function () { form.submit(); });
  }

  function clearTarget() {
    main.querySelectorAll('.drop-target').forEach(function (cell) { cell.classList.remove('drop-target'); });
  }
  function showTarget() {
    clearTarget();
    var cell = cellRows()[picked.row][picked.col];
    cell.classList.add('drop-target');
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    announce(cell.getAttribute('data-label'));
  }
  function pickUp(card) {
    var rows = cellRows();
    if (rows.length === 0) return;
    var cell = card.closest('td[data-slot-id]');
    picked = { card: card, row: 0, col: 0 };
    rows.forEach(function (cells, r) { var c = cells.indexOf(cell); if (c !== -1) { picked.row = r; picked.col = c; } });
    card.classList.add('picked');
    card.setAttribute('aria-grabbed', 'true');
    announce(text('live-picked-up', { session: card.getAttribute('data-label') }));
    setTimeout(showTarget, 600);
  }
  function putDown() {
    if (!picked) return;
    picked.card.classList.remove('picked');
    picked.card.removeAttribute('aria-grabbed');
    clearTarget();
    picked = null;
  }

  main.addEventListener('keydown', function (event) {
    var card = event.target;
    if (!card || !card.hasAttribute || !card.hasAttribute('data-session-id')) return;
    if (!picked) {
      if (event.key === ' ' || event.key === 'Enter') { event.preventDefault(); pickUp(card); }
      return;
    }
    var rows = cellRows();
    var handled = true;
    if (event.key === 'ArrowDown') picked.row = Math.min(rows.length - 1, picked.row + 1);
    else if (event.key === 'ArrowUp') picked.row = Math.max(0, picked.row - 1);
    else if (event.key === 'ArrowRight') picked.col = Math.min(rows[picked.row].length - 1, picked.col + 1);
    else if (event.key === 'ArrowLeft') picked.col = Math.max(0, picked.col - 1);
    else if (event.key === 'Enter' || event.key === ' ') {
      var target = rows[picked.row][picked.col];
      var moving = picked.card;
      putDown();
      move(moving, target.getAttribute('data-slot-id'), target.getAttribute('data-room-id'), target.getAttribute('data-label'));
    } else if (event.key === 'Escape') { putDown(); announce(text('live-cancelled')); }
    else handled = false;
    if (handled) { event.preventDefault(); if (picked) showTarget(); }
  });
  main.addEventListener('focusout', function (event) {
    if (picked && event.target === picked.card && !main.contains(event.relatedTarget)) putDown();
  });

  main.addEventListener('dragstart', function (event) {
    var card = event.target.closest && event.target.closest('[data-session-id]');
    if (!card) return;
    event.dataTransfer.setData('text/plain', card.getAttribute('data-session-id'));
    event.dataTransfer.effectAllowed = 'move';
    card.classList.add('picked');
  });
  main.addEventListener('dragend', function (event) {
    var card = event.target.closest && event.target.closest('[data-session-id]');
    if (card) card.classList.remove('picked');
  });
  function dropZone(event) { return event.target.closest && event.target.closest('td[data-slot-id], [data-drop-zone]'); }
  main.addEventListener('dragover', function (event) {
    var zone = dropZone(event);
    if (!zone) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    zone.classList.add('drag-over');
  });
  main.addEventListener('dragleave', function (event) {
    var zone = dropZone(event);
    if (zone && !zone.contains(event.relatedTarget)) zone.classList.remove('drag-over');
  });
  main.addEventListener('drop', function (event) {
    var zone = dropZone(event);
    if (!zone) return;
    event.preventDefault();
    zone.classList.remove('drag-over');
    var card = cardOf(event.dataTransfer.getData('text/plain'));
    if (!card) return;
    card.classList.remove('picked');
    move(card, zone.getAttribute('data-slot-id'), zone.getAttribute('data-room-id'), zone.getAttribute('data-label'));
  });

  function watchSolve() {
    var progress = document.getElementById('solve-progress');
    var status = document.getElementById('solve-status');
    var polls = 0;
    function poll() {
      fetch(main.getAttribute('data-solve-status'), { credentials: 'same-origin', headers: { accept: 'application/json' } }).then(function (response) {
        return response.json();
      }).then(function (run) {
        if (run.status !== 'running') { window.location.assign(main.getAttribute('data-solve-done')); return; }
        var done = run.progress;
        if (done) {
          progress.value = Math.min(done.elapsedMs / 1000, run.timeLimitMs / 1000);
          // Every other poll: a status region that changes too often is hard to listen to.
          if (polls++ % 2 === 0) {
            status.textContent = main.getAttribute('data-solve-message').split('{elapsed}').join((done.elapsedMs / 1000).toFixed(1))
              .split('{limit}').join(String(run.timeLimitMs / 1000)).split('{hard}').join(String(done.bestHard)).split('{soft}').join(done.bestSoft.toFixed(1));
          }
        }
        setTimeout(poll, 500);
      }).catch(function () { setTimeout(poll, 2000); });
    }
    setTimeout(poll, 300);
  }
})();
