// Passkeys in the newsroom (the sign-in page and one's own security page). A form marked data-passkey asks
// the server for WebAuthn options, lets the browser's authenticator answer, and posts the answer as a field.
// Browsers without WebAuthn's JSON helpers never see the form: it stays hidden.
(function () {
    'use strict';
    if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
        return;
    }
    document.querySelectorAll('form[data-passkey]').forEach(function (form) {
        var status = form.querySelector('[data-passkey-status]');
        form.hidden = false;
        form.addEventListener('submit', async function (event) {
            event.preventDefault();
            status.textContent = 'Đang chờ thiết bị xác nhận…';
            try {
                var body = new FormData();
                body.append('__RequestVerificationToken', form.querySelector('input[name="__RequestVerificationToken"]').value);
                var response = await fetch(form.dataset.optionsUrl, { method: 'POST', body: body, credentials: 'same-origin' });
                if (!response.ok) {
                    throw new Error('options ' + response.status);
                }
                var options = await response.json();
                var credential = form.dataset.passkey === 'create'
                    ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
                    : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
                form.querySelector('input[name="credential"]').value = JSON.stringify(credential);
                form.submit();
            } catch (error) {
                status.textContent = error && error.name === 'NotAllowedError'
                    ? 'Đã hủy, hoặc quá thời gian chờ thiết bị. Bấm lại để thử lần nữa.'
                    : 'Không dùng được passkey trên thiết bị này. Hãy dùng cách khác.';
            }
        });
    });
})();
