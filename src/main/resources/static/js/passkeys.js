// Passkeys (WebAuthn): makes a passkey or signs in with one. A form marked data-passkey="create" or
// "get" asks the server for its options, lets the browser and the device do their part, and sends the
// device's answer with the form. Nothing else leaves the page. Without this file, or in a browser that
// cannot use passkeys, the other ways (the password, a code, a recovery code) stay as they are.
(function () {
  'use strict';
  var forms = document.querySelectorAll('form[data-passkey]');
  if (!forms.length) { return; }
  var supported = !!(window.PublicKeyCredential && navigator.credentials && window.fetch && window.JSON);

  function toBytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) { base64 += '='; }
    var text = atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) { bytes[i] = text.charCodeAt(i); }
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    if (!buffer) { return null; }
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function descriptors(list) {
    return (list || []).map(function (d) {
      var copy = { type: d.type || 'public-key', id: toBytes(d.id) };
      if (d.transports) { copy.transports = d.transports; }
      return copy;
    });
  }

  function creation(options) {
    var publicKey = Object.assign({}, options);
    publicKey.challenge = toBytes(options.challenge);
    publicKey.user = Object.assign({}, options.user, { id: toBytes(options.user.id) });
    publicKey.excludeCredentials = descriptors(options.excludeCredentials);
    return publicKey;
  }

  function request(options) {
    var publicKey = Object.assign({}, options);
    publicKey.challenge = toBytes(options.challenge);
    publicKey.allowCredentials = descriptors(options.allowCredentials);
    return publicKey;
  }

  function answer(credential, mode) {
    var r = credential.response;
    var response = mode === 'create'
      ? { attestationObject: toBase64url(r.attestationObject), clientDataJSON: toBase64url(r.clientDataJSON),
          transports: r.getTransports ? r.getTransports() : [] }
      : { authenticatorData: toBase64url(r.authenticatorData), clientDataJSON: toBase64url(r.clientDataJSON),
          signature: toBase64url(r.signature), userHandle: toBase64url(r.userHandle) };
    return {
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      type: credential.type,
      response: response,
      clientExtensionResults: credential.getClientExtensionResults ? credential.getClientExtensionResults() : {},
      authenticatorAttachment: credential.authenticatorAttachment || null
    };
  }

  Array.prototype.forEach.call(forms, function (form) {
    var mode = form.getAttribute('data-passkey');
    var button = form.querySelector('button[type="submit"]');
    var status = form.querySelector('[data-passkey-status]');
    var unsupported = form.querySelector('[data-passkey-unsupported]');
    if (!supported) {
      if (unsupported) { unsupported.hidden = false; }
      if (button) { button.disabled = true; }
      return;
    }
    form.hidden = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (status) { status.hidden = true; status.textContent = ''; }
      button.disabled = true;
      var token = form.querySelector('input[name="_csrf"]');
      fetch(form.getAttribute('data-options'), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' },
        body: token ? '_csrf=' + encodeURIComponent(token.value) : ''
      }).then(function (reply) {
        if (!reply.ok) { throw new Error('options ' + reply.status); }
        return reply.json();
      }).then(function (options) {
        return mode === 'create'
          ? navigator.credentials.create({ publicKey: creation(options) })
          : navigator.credentials.get({ publicKey: request(options) });
      }).then(function (credential) {
        form.querySelector('input[name="credential"]').value = JSON.stringify(answer(credential, mode));
        form.submit();
      }).catch(function () {
        // Cancelled at the device, timed out, or the page waited too long: say so calmly and let them try again.
        button.disabled = false;
        if (status) {
          status.textContent = status.getAttribute('data-failed');
          status.hidden = false;
        }
      });
    });
  });
})();
