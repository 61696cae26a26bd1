(function () {
  'use strict';
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  // Sortable tables: click (or Enter on) a heading; numbers sort by data-v, empty values last either way.
  function sortKey(cell, type) {
    var v = cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent;
    if (type === 'num') { return v === '' ? null : parseFloat(v); }
    return v.trim().toLowerCase();
  }
  function sortTable(table, th, col) {
    var type = th.getAttribute('data-sort');
    var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    each(th.parentNode.cells, function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', dir);
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var sign = dir === 'ascending' ? 1 : -1;
    rows.sort(function (a, b) {
      var x = sortKey(a.cells[col], type), y = sortKey(b.cells[col], type);
      if (x === null || y === null) { return x === y ? 0 : (x === null ? 1 : -1); }
      if (x < y) { return -sign; }
      if (x > y) { return sign; }
      return 0;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  each(document.querySelectorAll('table.sortable'), function (table) {
    each(table.tHead.rows[0].cells, function (th, col) {
      if (!th.hasAttribute('data-sort')) { return; }
      th.tabIndex = 0;
      th.addEventListener('click', function () { sortTable(table, th, col); });
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortTable(table, th, col); }
      });
    });
  });

  // Overview: a seller's name lists that seller's calls.
  var calls = document.getElementById('calls');
  var filter = document.getElementById('filter');
  function showCallsOf(name) {
    var shown = 0;
    each(calls.tBodies[0].rows, function (row) {
      var names = (row.getAttribute('data-sellers') || '').toLowerCase().split('\n');
      var visible = name === null || names.indexOf(name.toLowerCase()) >= 0;
      row.hidden = !visible;
      if (visible) { shown++; }
    });
    filter.hidden = name === null;
    if (name !== null) { document.getElementById('filter-name').textContent = name + ' (' + shown + ')'; }
  }
  if (calls && filter) {
    each(document.querySelectorAll('button.who'), function (button) {
      button.addEventListener('click', function () {
        showCallsOf(button.getAttribute('data-seller'));
        calls.scrollIntoView({ block: 'start' });
      });
    });
    document.getElementById('filter-clear').addEventListener('click', function () { showCallsOf(null); });
  }

  // Call page: hovering shows a finding or a turn in the detail panel; clicking pins it (click again to unpin).
  var panel = document.getElementById('detail');
  if (!panel) { return; }
  var placeholder = panel.innerHTML;
  var pinned = null;
  var byF = function (sel, f) { return document.querySelectorAll(sel + '[data-f="' + f + '"]'); };
  function clearActive() {
    each(document.querySelectorAll('.active'), function (el) { el.classList.remove('active'); });
  }
  function activateFinding(f) {
    each(byF('.mark', f), function (el) { el.classList.add('active'); });
    each(byF('.stem', f), function (el) { el.classList.add('active'); });
    each(document.querySelectorAll('mark.hl'), function (el) {
      if ((' ' + el.getAttribute('data-f') + ' ').indexOf(' ' + f + ' ') >= 0) { el.classList.add('active'); }
    });
    var note = document.getElementById('f-' + f);
    if (note) { note.classList.add('active'); }
  }
  function pinNote(isPinned) {
    var p = document.createElement('p');
    p.className = 'pin-state';
    p.textContent = isPinned ? 'Pinned: click the mark again to unpin.' : 'Click to pin.';
    panel.appendChild(p);
  }
  function showFinding(f, isPinned) {
    var note = document.getElementById('f-' + f);
    if (!note) { return; }
    clearActive();
    activateFinding(f);
    var copy = note.cloneNode(true);
    copy.removeAttribute('id');
    copy.classList.remove('active');
    panel.replaceChildren(copy);
    panel.setAttribute('data-showing', 'f-' + f);
    pinNote(isPinned);
  }
  function showTurn(t, isPinned) {
    var turn = document.getElementById('t-' + t);
    if (!turn) { return; }
    clearActive();
    turn.classList.add('active');
    each(document.querySelectorAll('.bar[data-turn="' + t + '"]'), function (el) { el.classList.add('active'); });
    var head = turn.querySelector('.turn-head').cloneNode(true);
    var text = turn.querySelector('.text').textContent;
    var p = document.createElement('p');
    p.className = 'turn-excerpt';
    p.textContent = text.length > 600 ? text.slice(0, 599) + '…' : text;
    var link = document.createElement('a');
    link.href = '#t-' + t;
    link.textContent = 'Go to turn ' + (Number(t) + 1) + ' in the transcript';
    panel.replaceChildren(head, p, link);
    panel.setAttribute('data-showing', 't-' + t);
    pinNote(isPinned);
  }
  function reset() {
    clearActive();
    panel.innerHTML = placeholder;
    panel.removeAttribute('data-showing');
    panel.classList.remove('pinned');
  }
  function wire(el, key, show) {
    var id = key + el.getAttribute(key === 'f-' ? 'data-f' : 'data-turn');
    var value = id.slice(2);
    el.addEventListener('mouseenter', function () { if (pinned === null) { show(value, false); } });
    el.addEventListener('focus', function () { if (pinned === null) { show(value, false); } });
    el.addEventListener('mouseleave', function () { if (pinned === null) { reset(); } });
    var toggle = function () {
      if (pinned === id) { pinned = null; reset(); return; }
      pinned = id;
      show(value, true);
      panel.classList.add('pinned');
    };
    el.addEventListener('click', toggle);
    el.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); }
    });
  }
  each(document.querySelectorAll('svg.timeline .mark'), function (el) { wire(el, 'f-', showFinding); });
  each(document.querySelectorAll('svg.timeline .bar'), function (el) { wire(el, 't-', showTurn); });
  // In the transcript, clicking a highlight lights up its finding(s) and their marks on the timeline.
  each(document.querySelectorAll('mark.hl'), function (el) {
    el.addEventListener('click', function () {
      var fs = el.getAttribute('data-f').split(' ');
      pinned = 'f-' + fs[0];
      showFinding(fs[0], true);
      panel.classList.add('pinned');
      fs.slice(1).forEach(activateFinding);
    });
  });
})();
