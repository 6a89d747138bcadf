// Live conversation: keeps this screen in step with the partner's. About once a second it asks
// the server for the session's version (a few bytes); when it changed, the panel is fetched again
// and swapped in, keeping anything being typed. Timers count locally between updates. Without
// this file every action still works as a plain form, with a refresh link.
(function () {
  'use strict';
  var panel = document.getElementById('live-panel');
  if (!panel || !window.fetch) { return; }
  var announce = document.getElementById('live-announce');
  var INTERVAL = 700;
  var stopped = false;
  var busy = false;

  function attr(name) { return panel.getAttribute(name); }

  function pad(n) { return n < 10 ? '0' + n : '' + n; }

  function show(el, seconds) {
    seconds = Math.max(0, seconds);
    el.textContent = Math.floor(seconds / 60) + ':' + pad(seconds % 60);
  }

  var startedAt = Date.now();
  function tick() {
    var elapsed = Math.floor((Date.now() - startedAt) / 1000);
    var clocks = panel.querySelectorAll('time.clock');
    for (var i = 0; i < clocks.length; i++) {
      var c = clocks[i];
      var base = parseInt(c.getAttribute('data-seconds'), 10) || 0;
      if (c.getAttribute('data-count') === 'down') {
        show(c, base - elapsed);
        if (base - elapsed <= 0 && !c.getAttribute('data-done')) {
          c.setAttribute('data-done', '1');
          refresh();
        }
      } else {
        show(c, base + elapsed);
      }
    }
  }

  function refresh() {
    if (busy) { return; }
    busy = true;
    var url = attr('data-panel-url') + '?device=' + encodeURIComponent(attr('data-device'));
    fetch(url, { credentials: 'same-origin', cache: 'no-store', headers: { 'Accept': 'text/html' } })
      .then(function (r) {
        if (!r.ok) { throw new Error('status ' + r.status); }
        return r.text();
      })
      .then(function (html) { swap(html); })
      .catch(function () { /* try again on the next round */ })
      .then(function () { busy = false; });
  }

  function swap(html) {
    var holder = document.createElement('div');
    holder.innerHTML = html;
    var next = holder.querySelector('#live-panel');
    if (!next) { return; }
    var typed = panel.querySelector('textarea');
    var typedValue = typed ? typed.value : null;
    var hadFocus = panel.contains(document.activeElement);
    var attrs = ['data-version', 'data-phase', 'data-current'];
    for (var i = 0; i < attrs.length; i++) { panel.setAttribute(attrs[i], next.getAttribute(attrs[i])); }
    panel.innerHTML = next.innerHTML;
    startedAt = Date.now();
    var area = panel.querySelector('textarea');
    if (area && typedValue && !area.value) { area.value = typedValue; }
    var said = panel.querySelector('[data-announce]');
    if (announce && said) { announce.textContent = said.textContent; }
    if (hadFocus) {
      var heading = panel.querySelector('h2');
      if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
    }
    if (panel.getAttribute('data-current') !== 'true' || panel.getAttribute('data-phase') === 'ENDED') {
      stopped = true;
    }
  }

  function poll() {
    if (stopped) { return; }
    var url = attr('data-version-url') + '?device=' + encodeURIComponent(attr('data-device'));
    fetch(url, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) {
        if (r.status === 409) { refresh(); stopped = true; return null; }
        if (r.status === 404 || r.status === 401 || r.status === 403) { stopped = true; return null; }
        if (!r.ok) { return null; }
        return r.text();
      })
      .then(function (version) {
        if (version !== null && version !== undefined && version.trim() !== attr('data-version')) { refresh(); }
      })
      .catch(function () { /* offline for a moment: keep trying */ })
      .then(function () { if (!stopped) { window.setTimeout(poll, INTERVAL); } });
  }

  // Pressing a button twice sends it once.
  panel.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.getAttribute('data-sent')) { event.preventDefault(); return; }
    form.setAttribute('data-sent', '1');
  });

  window.setInterval(tick, 1000);
  if (attr('data-current') === 'true' && attr('data-phase') !== 'ENDED') { window.setTimeout(poll, INTERVAL); }
})();
