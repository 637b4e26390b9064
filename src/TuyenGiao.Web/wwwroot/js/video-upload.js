// The film's file goes up with a progress bar and without leaving the page; a file over the limit is
// refused before a byte is sent. Without JavaScript the form posts the file itself.
(function () {
    'use strict';
    var form = document.querySelector('form.video-file-form');
    if (!form) { return; }
    var picker = form.querySelector('input[type="file"]');
    var error = form.querySelector('.field-error');
    var progress = form.querySelector('.upload-progress');
    var bar = progress.querySelector('progress');
    var text = progress.querySelector('.upload-progress-text');
    var token = form.querySelector('input[name="__RequestVerificationToken"]').value;
    var button = form.querySelector('button[type="submit"]');

    form.addEventListener('submit', function (event) {
        var file = picker.files[0];
        if (!file) { return; }
        event.preventDefault();
        if (file.size > Number(form.dataset.maxBytes)) {
            error.textContent = form.dataset.tooLarge;
            return;
        }
        error.textContent = '';
        var data = new FormData();
        data.append('file', file);
        // XMLHttpRequest rather than fetch: only it reports upload progress.
        var request = new XMLHttpRequest();
        request.open('POST', form.action);
        request.setRequestHeader('RequestVerificationToken', token);
        request.setRequestHeader('Accept', 'application/json');
        request.responseType = 'json';
        request.upload.onprogress = function (e) {
            if (e.lengthComputable) {
                bar.value = Math.round(100 * e.loaded / e.total);
                text.textContent = 'Đang tải “' + file.name + '” lên: ' + bar.value + '% ';
            }
        };
        request.onload = function () {
            button.disabled = false;
            progress.hidden = true;
            var result = request.response;
            if (result && result.editUrl) { window.location.assign(result.editUrl); return; }
            error.textContent = (result && result.error) || ('Không tải được tệp lên (lỗi máy chủ ' + request.status + '). Hãy thử lại.');
        };
        request.onerror = function () {
            button.disabled = false;
            progress.hidden = true;
            error.textContent = 'Mất kết nối khi đang tải tệp lên; chưa lưu gì. Hãy thử lại.';
        };
        button.disabled = true;
        progress.hidden = false;
        text.textContent = 'Đang tải “' + file.name + '” lên: ';
        bar.value = 0;
        request.send(data);
    });
}());
