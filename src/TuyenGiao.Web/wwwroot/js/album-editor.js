// The album form: photos picked or dropped go up one at a time, each with its own progress bar, and
// their rows join the form; ↑ ↓ move a row and renumber the "Thứ tự" boxes. Without JavaScript the
// form's own "Tải ảnh lên" button sends the photos with the form, and the boxes set the order.
(function () {
    'use strict';
    var form = document.querySelector('form.album-editor');
    if (!form) { return; }
    var rows = form.querySelector('.photo-rows');
    var picker = form.querySelector('#uploads');
    var drop = form.querySelector('.photo-drop');
    var list = form.querySelector('.upload-list');
    var token = form.querySelector('input[name="__RequestVerificationToken"]').value;
    var queue = [];
    var busy = false;

    function renumber() {
        Array.prototype.forEach.call(rows.querySelectorAll('.photo-position'), function (box, i) { box.value = i + 1; });
    }

    function enableMoves(row) {
        Array.prototype.forEach.call(row.querySelectorAll('.move-up, .move-down'), function (button) { button.hidden = false; });
    }

    function next() {
        if (busy || queue.length === 0) { return; }
        busy = true;
        var item = queue.shift();
        var data = new FormData();
        data.append('upload', item.file);
        data.append('__RequestVerificationToken', token);
        // XMLHttpRequest rather than fetch: only it reports upload progress, which a slow line needs to see.
        var request = new XMLHttpRequest();
        request.open('POST', form.dataset.photoUrl);
        request.upload.onprogress = function (event) {
            if (event.lengthComputable) { item.bar.value = Math.round(100 * event.loaded / event.total); }
        };
        request.onload = function () {
            if (request.status === 200) {
                rows.insertAdjacentHTML('beforeend', request.responseText);
                var row = rows.lastElementChild;
                enableMoves(row);
                renumber();
                item.line.remove();
            } else {
                var message;
                try { message = JSON.parse(request.responseText).error; } catch (e) { message = null; }
                item.text.textContent = message || ('Không tải được “' + item.file.name + '” (lỗi máy chủ ' + request.status + ').');
                item.line.classList.add('field-error');
                item.bar.remove();
            }
            busy = false;
            next();
        };
        request.onerror = function () {
            item.text.textContent = 'Không tải được “' + item.file.name + '”: mất kết nối. Hãy chọn lại ảnh này.';
            item.line.classList.add('field-error');
            item.bar.remove();
            busy = false;
            next();
        };
        request.send(data);
    }

    function add(files) {
        Array.prototype.forEach.call(files, function (file) {
            var line = document.createElement('li');
            var text = document.createElement('span');
            text.textContent = file.name + ' ';
            var bar = document.createElement('progress');
            bar.max = 100;
            bar.value = 0;
            bar.setAttribute('aria-label', 'Tiến độ tải ' + file.name);
            line.appendChild(text);
            line.appendChild(bar);
            list.appendChild(line);
            queue.push({ file: file, line: line, text: text, bar: bar });
        });
        next();
    }

    if (rows && form.dataset.photoUrl) {
        Array.prototype.forEach.call(rows.children, enableMoves);
        rows.addEventListener('click', function (event) {
            var button = event.target.closest('.move-up, .move-down');
            if (!button) { return; }
            var row = button.closest('.photo-row');
            if (button.classList.contains('move-up') && row.previousElementSibling) {
                rows.insertBefore(row, row.previousElementSibling);
            } else if (button.classList.contains('move-down') && row.nextElementSibling) {
                rows.insertBefore(row.nextElementSibling, row);
            }
            renumber();
            button.focus();
        });
        picker.addEventListener('change', function () {
            add(picker.files);
            picker.value = '';
        });
        drop.addEventListener('dragover', function (event) {
            if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0) {
                event.preventDefault();
                drop.classList.add('dropping');
            }
        });
        drop.addEventListener('dragleave', function () { drop.classList.remove('dropping'); });
        drop.addEventListener('drop', function (event) {
            drop.classList.remove('dropping');
            if (!event.dataTransfer || event.dataTransfer.files.length === 0) { return; }
            event.preventDefault();
            add(event.dataTransfer.files);
        });
    }
}());
