// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  var exit = document.getElementById('quick-exit');

  // Leave at once, replacing this page in the history so Back does not return to it, and sign out
  // in the background so whoever picks up the device finds nothing open.
  function leave() {
    if (!exit) { return; }
    var target = exit.getAttribute('href');
    var csrf = document.querySelector('meta[name="csrf-token"]');
    if (csrf && navigator.sendBeacon) {
      try {
        navigator.sendBeacon('/sign-out', new URLSearchParams({ _csrf: csrf.getAttribute('content') }));
      } catch (ignored) { /* leaving matters more */ }
    }
    try { document.title = ''; document.body.hidden = true; } catch (ignored) { /* keep leaving */ }
    window.location.replace(target);
  }

  if (exit) {
    exit.addEventListener('click', function (event) {
      event.preventDefault();
      leave();
    });
  }

  // Escape pressed three times within two seconds leaves too.
  var presses = [];
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') { return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 2000; });
    presses.push(now);
    if (presses.length >= 3) { leave(); }
  });
})();

// Registration takes the device's time zone, so dates are shown in the person's own time from the start.
(function () {
  'use strict';
  var field = document.querySelector('[data-fill="time-zone"]');
  if (field && !field.value && window.Intl && Intl.DateTimeFormat) {
    try { field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (ignored) { /* UTC then */ }
  }
})();

// Someone writing slowly is not idle: while they type, keep the session alive so a long reflection
// is not lost to the 30-minute idle timeout. Nothing is sent but the request itself.
(function () {
  'use strict';
  var typedSince = 0;
  document.addEventListener('input', function () { typedSince = Date.now(); }, true);
  window.setInterval(function () {
    if (typedSince && Date.now() - typedSince < 5 * 60 * 1000 && window.fetch) {
      window.fetch('/keepalive', { credentials: 'same-origin', cache: 'no-store' }).catch(function () { /* offline */ });
    }
  }, 4 * 60 * 1000);
})();

// A page that could not save what was sent (too long, too many at once) offers the way back to the
// form, where the browser usually still holds the text. Without this script the Back button does it.
(function () {
  'use strict';
  var back = document.querySelector('[data-go-back]');
  if (back && window.history.length > 1) {
    back.hidden = false;
    back.addEventListener('click', function () { window.history.back(); });
  }
})();
