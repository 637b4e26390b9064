// Drag-and-drop and picked images go up at once and their Markdown lands at the cursor, without
// sending the rest of the form. Without JavaScript the form's own "Tải ảnh lên" button does the same.
(function () {
    'use strict';
    var form = document.querySelector('form.article-editor');
    if (!form) { return; }
    var body = form.querySelector('textarea.markdown');
    var picker = form.querySelector('#upload');
    var error = form.querySelector('#upload-error');
    var progress = form.querySelector('#upload-progress');
    var progressBar = progress.querySelector('progress');
    var progressText = progress.querySelector('.upload-progress-text');
    var cover = form.querySelector('#Form_CoverImageUrl');
    var token = form.querySelector('input[name="__RequestVerificationToken"]').value;

    function say(message) { error.textContent = message; }

    function insertAtCursor(text) {
        // With the writing desk (writing-desk.js) the textarea is hidden behind the visual editor.
        if (form.writingDesk) { form.writingDesk.insertMarkdown(text); return; }
        var start = body.selectionStart, end = body.selectionEnd;
        var before = body.value.slice(0, start), after = body.value.slice(end);
        var block = (before && !/\n\n$/.test(before) ? '\n\n' : '') + text + '\n\n';
        body.value = before + block + after;
        body.selectionStart = body.selectionEnd = before.length + block.length;
        body.focus();
    }

    // XMLHttpRequest rather than fetch: only it reports upload progress, which a slow line needs to see.
    // The writing desk (writing-desk.js) uploads through it too: done gets the library's answer ({ url,
    // markdown }); a refusal goes to failed, or under the upload box.
    function uploadImage(file, done, failed) {
        var refused = failed || say;
        var name = file.name || 'anh-dan.png';
        var data = new FormData();
        data.append('upload', file, name);
        data.append('__RequestVerificationToken', token);
        say('');
        progressText.textContent = 'Đang tải ảnh “' + name + '” lên: ';
        progressBar.value = 0;
        progress.hidden = false;
        var request = new XMLHttpRequest();
        request.open('POST', form.dataset.uploadUrl);
        request.responseType = 'json';
        request.upload.onprogress = function (event) {
            if (event.lengthComputable) { progressBar.value = Math.round(100 * event.loaded / event.total); }
        };
        request.onload = function () {
            progress.hidden = true;
            var result = request.response;
            if (!result) { refused('Không tải được ảnh lên (lỗi máy chủ ' + request.status + '). Nội dung bài vẫn còn nguyên, xin thử lại.'); return; }
            if (result.error) { refused(result.error); return; }
            done(result);
        };
        request.onerror = function () {
            progress.hidden = true;
            refused('Không tải được ảnh lên: mất kết nối. Nội dung bài vẫn còn nguyên, xin thử lại.');
        };
        request.send(data);
    }
    form.uploadImage = uploadImage;

    function upload(file, toCover) {
        uploadImage(file, function (result) {
            if (toCover) { cover.value = result.url; } else { insertAtCursor(result.markdown); }
        });
    }

    body.addEventListener('dragover', function (event) {
        if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0) {
            event.preventDefault();
            body.classList.add('dropping');
        }
    });
    body.addEventListener('dragleave', function () { body.classList.remove('dropping'); });
    body.addEventListener('drop', function (event) {
        body.classList.remove('dropping');
        if (!event.dataTransfer || event.dataTransfer.files.length === 0) { return; }
        event.preventDefault();
        Array.prototype.forEach.call(event.dataTransfer.files, function (file) { upload(file, false); });
    });
    picker.addEventListener('change', function () {
        if (picker.files.length === 0) { return; }
        upload(picker.files[0], form.querySelector('#upload-cover').checked);
        picker.value = '';
    });
}());
