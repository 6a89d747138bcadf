// Copy and share an invitation's message. Progressive enhancement: without this file the message is
// plain, editable text the person copies themselves. Nothing is sent anywhere by this page.
(function () {
  'use strict';
  var actions = document.querySelector('[data-share-actions]');
  if (!actions) { return; }
  var copy = actions.querySelector('[data-copy]');
  var share = actions.querySelector('[data-share]');
  var status = actions.querySelector('[data-copied]');
  var field = document.getElementById(copy.getAttribute('data-copy'));
  actions.hidden = false;

  copy.addEventListener('click', function () {
    var done = function () { status.textContent = status.getAttribute('data-copied-text'); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
    } else {
      field.select();
      try { if (document.execCommand('copy')) { done(); } } catch (ignored) { /* selected for the person to copy */ }
    }
  });

  if (share && navigator.share) {
    share.hidden = false;
    share.addEventListener('click', function () {
      navigator.share({ text: field.value }).catch(function () { /* the person closed the sheet */ });
    });
  }
})();
