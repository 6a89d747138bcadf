// The reflection form in short parts, one at a time, kept as a private draft while the person writes.
// Progressive enhancement only: without this file the form is one page with a "Save draft" button.
(function () {
  'use strict';
  var form = document.querySelector('form.reflection-form');
  if (!form) { return; }

  // Unchoosing a feeling clears its strength, so a hidden choice is never sent as if it were meant.
  form.querySelectorAll('.feel input[name="felt"]').forEach(function (box) {
    box.addEventListener('change', function () {
      if (box.checked) { return; }
      var feel = box.closest('.feel');
      feel.querySelectorAll('.strength input[type="radio"]').forEach(function (r) { r.checked = false; });
    });
  });

  // ---------------------------------------------------------------- one part at a time
  var steps = Array.prototype.slice.call(form.querySelectorAll('.form-step'));
  var actions = form.querySelector('.form-actions');
  var current = 0;

  function show(index, moveFocus) {
    current = Math.max(0, Math.min(index, steps.length - 1));
    steps.forEach(function (step, i) { step.hidden = i !== current; });
    if (actions) { actions.hidden = current !== steps.length - 1; }
    if (moveFocus) {
      var heading = steps[current].querySelector('h2');
      heading.setAttribute('tabindex', '-1');
      heading.focus();
      steps[current].scrollIntoView({ block: 'start' });
    }
  }

  function button(text, className, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'button ' + className;
    b.textContent = text;
    b.addEventListener('click', onClick);
    return b;
  }

  if (steps.length > 1) {
    form.classList.add('stepped');
    var of = form.getAttribute('data-step-of') || '{0} / {1}';
    steps.forEach(function (step, i) {
      var count = document.createElement('p');
      count.className = 'step-count';
      count.textContent = of.replace('{0}', String(i + 1)).replace('{1}', String(steps.length));
      step.insertBefore(count, step.firstChild);
      var nav = document.createElement('div');
      nav.className = 'actions step-buttons';
      if (i < steps.length - 1) {
        nav.appendChild(button(form.getAttribute('data-step-next') || 'Next', 'primary',
          function () { keepNow(); show(i + 1, true); }));
      }
      if (i > 0) {
        nav.appendChild(button(form.getAttribute('data-step-back') || 'Back', 'secondary',
          function () { keepNow(); show(i - 1, true); }));
      }
      step.appendChild(nav);
    });
    // A form that came back with a message opens at the first part that needs attention.
    var invalid = form.querySelector('[aria-invalid="true"]');
    var first = invalid ? steps.indexOf(invalid.closest('.form-step')) : 0;
    show(first < 0 ? 0 : first, false);
  }

  // ---------------------------------------------------------------- keeping a draft as they write
  var url = form.getAttribute('data-draft-url');
  if (!url || !window.fetch || !window.URLSearchParams || !window.FormData) { return; }
  var status = form.querySelector('.draft-status');
  var saveDraft = form.querySelector('.save-draft');
  if (saveDraft) { saveDraft.hidden = true; }
  var timer = null;
  var dirty = false;
  var inFlight = null;

  function say(attribute) {
    if (status) { status.textContent = form.getAttribute(attribute) || ''; }
  }

  function keepNow(leaving) {
    if (timer) { window.clearTimeout(timer); timer = null; }
    if (!dirty) { return; }
    dirty = false;
    var body = new URLSearchParams(new FormData(form));
    inFlight = window.AbortController ? new AbortController() : null;
    window.fetch(url, {
      method: 'POST', body: body, credentials: 'same-origin', keepalive: !!leaving,
      headers: { 'X-Draft': '1' }, signal: inFlight ? inFlight.signal : undefined
    }).then(function (response) {
      say(response.ok ? 'data-draft-kept' : 'data-draft-failed');
      if (!response.ok) { dirty = true; }
    }).catch(function (error) {
      if (error && error.name === 'AbortError') { return; }
      dirty = true;
      say('data-draft-failed');
    });
  }

  function later() {
    dirty = true;
    if (timer) { window.clearTimeout(timer); }
    timer = window.setTimeout(keepNow, 1500);
  }

  form.addEventListener('input', later);
  form.addEventListener('change', later);
  // Saving the reflection itself deletes the draft on the server; nothing to keep then.
  // A draft still on its way must not arrive after the saved reflection and bring the text back.
  form.addEventListener('submit', function () {
    dirty = false;
    if (timer) { window.clearTimeout(timer); }
    if (inFlight) { inFlight.abort(); }
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') { keepNow(true); }
  });
})();
