// The writing desk: the article's body in a visual editor (Toast UI Editor, vendored by
// scripts/vendor-editor.sh) whose Markdown goes back into the form's own textarea, so saving, the server's
// checks and the public page work exactly as without JavaScript, where the textarea stays. Photos go in with
// a caption (an image paragraph, then the caption in italics: the public page makes them one figure); the
// text is kept in the browser and autosaved to the server while it is typed, and offered back when the page
// opens with other text; a sign-in that expires mid-writing is said at once, with a way to sign in again.
(function () {
    'use strict';
    var form = document.querySelector('form.article-editor');
    if (!form || !window.toastui) { return; }
    var body = form.querySelector('textarea.markdown');
    if (!body) { return; }
    var title = form.querySelector('#Form_Title');
    var sapo = form.querySelector('#Form_Sapo');
    var tokenField = form.querySelector('input[name="__RequestVerificationToken"]');
    var Editor = window.toastui.Editor;
    var kept = '';
    var keepTimer = 0;

    Editor.setLanguage('vi', {
        Markdown: 'Markdown', WYSIWYG: 'Trực quan', Write: 'Viết', Preview: 'Xem trước',
        Headings: 'Đề mục', Paragraph: 'Đoạn văn', Heading: 'Đề mục', Bold: 'Đậm', Italic: 'Nghiêng',
        Strike: 'Gạch ngang', Code: 'Mã', Line: 'Đường kẻ ngang', Blockquote: 'Trích dẫn',
        'Unordered list': 'Danh sách gạch đầu dòng', 'Ordered list': 'Danh sách đánh số', Task: 'Việc cần làm',
        Indent: 'Thụt vào', Outdent: 'Thụt ra', 'Insert link': 'Chèn liên kết', 'Insert CodeBlock': 'Chèn khối mã',
        'Insert table': 'Chèn bảng', 'Insert image': 'Chèn ảnh', 'Image URL': 'Địa chỉ ảnh',
        'Select image file': 'Chọn tệp ảnh', 'Choose a file': 'Chọn tệp', 'No file': 'Chưa chọn tệp',
        Description: 'Mô tả', OK: 'Đồng ý', More: 'Thêm', Cancel: 'Hủy', File: 'Tệp', URL: 'Địa chỉ',
        'Link text': 'Chữ hiện trên liên kết', 'Add row to up': 'Thêm hàng phía trên', 'Add row to down': 'Thêm hàng phía dưới',
        'Add column to left': 'Thêm cột bên trái', 'Add column to right': 'Thêm cột bên phải', 'Remove row': 'Xóa hàng',
        'Remove column': 'Xóa cột', 'Align column to left': 'Căn trái', 'Align column to center': 'Căn giữa',
        'Align column to right': 'Căn phải', 'Remove table': 'Xóa bảng',
        'Would you like to paste as table?': 'Dán thành bảng?', 'Text color': 'Màu chữ',
        'Auto scroll enabled': 'Đang cuộn theo', 'Auto scroll disabled': 'Không cuộn theo', 'Choose language': 'Chọn ngôn ngữ'
    });

    var host = element('div', 'writing-desk');
    body.insertAdjacentElement('afterend', host);
    body.hidden = true;
    // Not a live region: it changes with every key, and a screen reader would read it out each time.
    var status = element('p', 'desk-status');
    host.insertAdjacentElement('afterend', status);
    // Without this script the field is Markdown, and its label and help say so; with it, the desk's own.
    form.querySelector('label[for="' + body.id + '"]').textContent = 'Nội dung';
    document.getElementById('body-help').textContent =
        'Soạn như trong Word: chọn chữ rồi bấm nút trên thanh công cụ (Ctrl+B đậm, Ctrl+I nghiêng, Ctrl+Z hoàn tác). ' +
        'Nút “Ảnh” chèn ảnh kèm chú thích; thẻ “Markdown” ở dưới dành cho người quen viết Markdown.';

    function element(tagName, className, text) {
        var made = document.createElement(tagName);
        if (className) { made.className = className; }
        if (text) { made.textContent = text; }
        return made;
    }

    // A post of the desk's own (autosave, preview) with the page's form token.
    function post(url, fields) {
        var data = new FormData();
        Object.keys(fields).forEach(function (name) { data.append(name, fields[name]); });
        data.append('__RequestVerificationToken', tokenField.value);
        // Marked as the script's own request, so an expired sign-in answers 401 rather than the sign-in page.
        return fetch(url, { method: 'POST', body: data, headers: { 'X-Requested-With': 'XMLHttpRequest' } });
    }

    function toolbarButton(name, text, label, onClick) {
        var button = element('button', 'desk-button desk-' + name, text);
        button.type = 'button';
        button.setAttribute('aria-label', label);
        button.addEventListener('click', onClick);
        return { name: name, el: button, tooltip: label };
    }

    var editor = new Editor({
        el: host,
        initialValue: body.value,
        initialEditType: 'wysiwyg',
        previewStyle: window.matchMedia('(min-width: 60em)').matches ? 'vertical' : 'tab',
        height: 'auto',
        minHeight: '24rem',
        language: 'vi',
        usageStatistics: false,
        hideModeSwitch: false,
        // The photo button first after undo and redo: on a phone what does not fit goes under "more".
        toolbarItems: [
            [toolbarButton('undo', '↶', 'Hoàn tác (Ctrl+Z)', function () { editor.exec('undo'); }),
             toolbarButton('redo', '↷', 'Làm lại (Ctrl+Y)', function () { editor.exec('redo'); })],
            [toolbarButton('figure', 'Ảnh', 'Chèn ảnh có chú thích', function () { openPhotoDialog(); }), 'heading', 'bold', 'italic'],
            ['strike', 'hr', 'quote'],
            ['ul', 'ol'],
            ['table', 'link']
        ],
        hooks: {
            // A photo pasted or dropped into the text goes up like any upload; its caption can be typed under it.
            addImageBlobHook: function (blob, callback) {
                upload(blob, function (url) { callback(url, ''); });
            }
        },
        events: { change: changed }
    });
    label();
    // The toolbar is drawn again as the screen's width changes; its "more" button comes without a name.
    new MutationObserver(label).observe(host.querySelector('.toastui-editor-toolbar'), { childList: true, subtree: true });

    // Screen readers announce the editing area by the field's own label, and every button by its name.
    function label() {
        Array.prototype.forEach.call(host.querySelectorAll('[contenteditable="true"]:not([aria-label])'), function (area) {
            area.setAttribute('aria-label', 'Nội dung bài viết');
            area.setAttribute('role', 'textbox');
            area.setAttribute('aria-multiline', 'true');
        });
        Array.prototype.forEach.call(host.querySelectorAll('button.more:not([aria-label])'), function (button) {
            button.setAttribute('aria-label', 'Thêm công cụ');
        });
    }

    // --- Photos with captions, new or from the library, for the text or as the cover ----------------------
    var dialog = document.getElementById('photo-dialog');
    var photoTitle = dialog.querySelector('#photo-dialog-title');
    var photoFile = dialog.querySelector('#photo-file');
    var photoCaption = dialog.querySelector('#photo-caption');
    var photoCredit = dialog.querySelector('#photo-credit');
    var photoError = dialog.querySelector('#photo-error');
    var photoSearch = dialog.querySelector('#photo-search');
    var choices = dialog.querySelector('.photo-choices');
    var pageLabel = dialog.querySelector('.photo-page');
    var previousPage = dialog.querySelector('.photo-previous');
    var nextPage = dialog.querySelector('.photo-next');
    var cover = form.querySelector('#Form_CoverImageUrl');
    var coverCaption = form.querySelector('#Form_CoverImageCaption');
    var pickCover = form.querySelector('.pick-cover');
    var forCover = false;
    var chosenUrl = '';
    var libraryPage = 1;
    var searchTimer = 0;

    function openPhotoDialog(asCover) {
        forCover = asCover === true;
        photoTitle.textContent = forCover ? 'Chọn ảnh đại diện' : 'Chèn ảnh có chú thích';
        photoFile.value = '';
        photoCaption.value = forCover && coverCaption ? coverCaption.value : '';
        photoCredit.value = '';
        photoSearch.value = '';
        photoError.textContent = '';
        chosenUrl = '';
        libraryPage = 1;
        loadLibrary();
        dialog.showModal();
        photoFile.focus();
    }

    function loadLibrary() {
        var address = dialog.dataset.pickerUrl + '&q=' + encodeURIComponent(photoSearch.value.trim()) + '&trang=' + libraryPage;
        fetch(address, { headers: { Accept: 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
            .then(showLibrary, function () { pageLabel.textContent = 'Chưa tải được kho ảnh, xin thử lại.'; });
    }

    function showLibrary(result) {
        choices.textContent = '';
        result.images.forEach(function (image) {
            var button = element('button', 'photo-choice');
            button.type = 'button';
            button.setAttribute('aria-pressed', String(image.url === chosenUrl));
            var thumbnail = element('img');
            thumbnail.src = image.thumbnail;
            thumbnail.alt = '';
            thumbnail.loading = 'lazy';
            var name = element('span', '', (image.caption ? image.caption + ' · ' : '') + image.name + ' · ' + image.uploaded);
            button.append(thumbnail, name);
            button.addEventListener('click', function () {
                chosenUrl = image.url;
                photoFile.value = '';
                // The caption it had in an article, to keep or change.
                var earlier = /^(.*?)(?: \(Ảnh: (.*)\))?$/.exec(image.caption || '');
                if (image.caption && !photoCaption.value.trim()) {
                    photoCaption.value = earlier[1];
                    photoCredit.value = earlier[2] || '';
                }
                Array.prototype.forEach.call(choices.querySelectorAll('.photo-choice'), function (other) {
                    other.setAttribute('aria-pressed', String(other === button));
                });
            });
            choices.appendChild(element('li')).appendChild(button);
        });
        pageLabel.textContent = result.images.length === 0 ? 'Không có ảnh nào khớp.' : 'Trang ' + result.page + '/' + result.pages;
        previousPage.disabled = result.page <= 1;
        nextPage.disabled = result.page >= result.pages;
    }

    photoSearch.addEventListener('input', function () {
        window.clearTimeout(searchTimer);
        searchTimer = window.setTimeout(function () { libraryPage = 1; loadLibrary(); }, 300);
    });
    previousPage.addEventListener('click', function () { libraryPage -= 1; loadLibrary(); });
    nextPage.addEventListener('click', function () { libraryPage += 1; loadLibrary(); });
    photoFile.addEventListener('change', function () { if (photoFile.files.length > 0) { chosenUrl = ''; clearChoice(); } });
    function clearChoice() {
        Array.prototype.forEach.call(choices.querySelectorAll('.photo-choice'), function (button) { button.setAttribute('aria-pressed', 'false'); });
    }
    if (pickCover && cover) {
        pickCover.hidden = false;
        pickCover.addEventListener('click', function () { openPhotoDialog(true); });
    }

    dialog.querySelector('form').addEventListener('submit', function (event) {
        event.preventDefault();
        if (photoFile.files.length === 0 && !chosenUrl) { photoError.textContent = 'Xin chọn ảnh trong máy, chụp ảnh bằng điện thoại, hoặc chọn một ảnh trong kho.'; return; }
        var text = photoCaption.value.trim();
        if (!text && !forCover) { photoError.textContent = 'Xin nhập chú thích ảnh: ảnh tin bài luôn có chú thích.'; return; }
        var caption = text + (photoCredit.value.trim() ? ' (Ảnh: ' + photoCredit.value.trim() + ')' : '');
        function place(url) {
            dialog.close();
            if (forCover) {
                cover.value = url;
                if (coverCaption && caption) { coverCaption.value = caption; }
                showCard();
            } else {
                insertFigure(url, text, caption);
            }
        }
        if (chosenUrl) { place(chosenUrl); return; }
        photoError.textContent = 'Đang tải ảnh lên…';
        upload(photoFile.files[0], place, function (message) { photoError.textContent = message; });
    });
    dialog.querySelector('.photo-cancel').addEventListener('click', function () { dialog.close(); });

    // The image in a paragraph of its own, then (when there is one) the caption in italics.
    function insertFigure(url, alt, caption) {
        if (editor.isMarkdownMode()) {
            editor.replaceSelection('\n\n![' + escapeMarkdown(alt) + '](' + url + ')\n\n' + (caption ? '*' + escapeMarkdown(caption) + '*\n\n' : ''));
            return;
        }
        // In the visual mode, after the paragraph the cursor is in (ProseMirror's view, which Toast UI keeps).
        var view = editor.wwEditor.view;
        var state = view.state;
        var schema = state.schema;
        var paragraphs = [schema.nodes.paragraph.create(null, schema.nodes.image.create({ imageUrl: url, altText: alt }))];
        if (caption) { paragraphs.push(schema.nodes.paragraph.create(null, schema.text(caption, [schema.marks.emph.create()]))); }
        view.dispatch(state.tr.insert(state.selection.$to.after(1), paragraphs));
        editor.focus();
    }

    function escapeMarkdown(text) { return text.replace(/([\\`*_[\]()#!<>|~])/g, '\\$1'); }

    // Through the form's own upload (editor.js), with its progress bar; done gets the library's address.
    function upload(file, done, failed) {
        form.uploadImage(file, function (result) { done(result.url); }, failed);
    }

    // --- Paste from Word, Google Docs and web pages ----------------------------------------------------
    // The pasted HTML is cleaned first (pasted-html.js); images written into it (data: addresses) then go up
    // to the image library, and the writer is told of images the browser could not read.
    host.addEventListener('paste', function (event) {
        var html = event.clipboardData && event.clipboardData.getData('text/html');
        if (!html || editor.isMarkdownMode()) { return; }
        event.preventDefault();
        event.stopPropagation();
        var cleaned = window.pastedHtml.clean(html);
        editor.wwEditor.view.pasteHTML(cleaned.html, event);
        uploadPastedImages();
        document.getElementById('upload-error').textContent = cleaned.unreadableImages === 0 ? '' :
            cleaned.unreadableImages + ' ảnh trong phần vừa dán nằm trên máy người soạn hoặc trên trang khác nên chưa lấy được. ' +
            'Xin lưu ảnh về máy rồi chèn bằng nút “Ảnh”.';
    }, true);

    // Each image whose address is its own bytes goes up, and every image with that address gets the library's.
    function uploadPastedImages() {
        var seen = {};
        editor.wwEditor.view.state.doc.descendants(function (node) {
            var source = node.type.name === 'image' ? node.attrs.imageUrl : '';
            if (!/^data:image\//.test(source) || seen[source]) { return; }
            seen[source] = true;
            upload(blobOf(source), function (url) { replaceImageAddress(source, url); });
        });
    }

    function blobOf(dataUrl) {
        var comma = dataUrl.indexOf(',');
        var bytes = atob(dataUrl.slice(comma + 1));
        var array = new Uint8Array(bytes.length);
        for (var i = 0; i < bytes.length; i++) { array[i] = bytes.charCodeAt(i); }
        var type = dataUrl.slice(5, dataUrl.indexOf(';'));
        var blob = new Blob([array], { type: type });
        blob.name = 'anh-dan.' + type.split('/')[1];
        return blob;
    }

    function replaceImageAddress(from, to) {
        var view = editor.wwEditor.view;
        var tr = view.state.tr;
        view.state.doc.descendants(function (node, position) {
            if (node.type.name === 'image' && node.attrs.imageUrl === from) {
                tr.setNodeMarkup(position, null, Object.assign({}, node.attrs, { imageUrl: to }));
            }
        });
        view.dispatch(tr);
    }

    // For editor.js, whose uploads picked with the form's own button land in the desk at the cursor, and for
    // the test that round-trips every construct through the editor.
    form.writingDesk = {
        editor: editor,
        markdown: function () { return storedMarkdown(); },
        insertMarkdown: function (markdown) {
            var image = /^!\[([^\]]*)\]\(([^)\s]+)/.exec(markdown);
            if (image && !editor.isMarkdownMode()) { insertFigure(image[2], image[1], ''); } else { editor.replaceSelection('\n\n' + markdown + '\n\n'); }
        }
    };

    // --- The preview, the lengths, the shared link ----------------------------------------------------
    // The preview is the server's: the text through the pipeline the public page uses, so what it shows is
    // what readers will see; beside the text on a wide screen, under it otherwise, on request.
    var columns = element('div', 'desk-columns');
    host.before(columns);
    columns.appendChild(host);
    var preview = element('section', 'desk-preview');
    preview.hidden = true;
    preview.setAttribute('aria-label', 'Xem nhanh như trên trang công khai');
    var previewBody = preview.appendChild(element('div', 'article-body'));
    columns.appendChild(preview);
    var previewToggle = element('button', 'secondary desk-preview-toggle', 'Xem nhanh như trên trang');
    previewToggle.type = 'button';
    previewToggle.setAttribute('aria-expanded', 'false');
    status.after(previewToggle);
    var previewTimer = 0;

    function showPreview(open) {
        preview.hidden = !open;
        columns.classList.toggle('with-preview', open);
        previewToggle.setAttribute('aria-expanded', String(open));
        previewToggle.textContent = open ? 'Ẩn phần xem nhanh' : 'Xem nhanh như trên trang';
        if (open) { refreshPreview(); }
    }

    function refreshPreview() {
        if (preview.hidden) { return; }
        post(form.dataset.renderUrl, { markdown: body.value })
            .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
            // What comes back has been through the server's sanitizer, as the public page's body has.
            .then(function (html) { previewBody.innerHTML = html; },
                  function () { previewBody.textContent = 'Chưa xem trước được (mất kết nối hoặc phiên đăng nhập đã hết). Nội dung vẫn còn nguyên.'; });
    }

    function schedulePreview() {
        window.clearTimeout(previewTimer);
        previewTimer = window.setTimeout(refreshPreview, 700);
    }

    previewToggle.addEventListener('click', function () { showPreview(preview.hidden); });

    // How long the title and the sapo are, against what sharing and the home page show in full.
    function lengthHint(field, from, to, what) {
        if (!field) { return function () {}; }
        var hint = element('span', 'help length-hint');
        field.after(hint);
        return function () {
            var length = field.value.trim().length;
            hint.textContent = length + ' ký tự' + (length === 0 ? '' : length < from
                ? ' — ' + what + ' nên dài từ ' + from + ' đến ' + to + ' ký tự.'
                : length > to ? ' — dài hơn ' + to + ' ký tự thì Zalo, Facebook sẽ cắt bớt.' : ' — vừa.');
        };
    }
    var titleHint = lengthHint(title, 40, 100, 'tiêu đề');
    var sapoHint = lengthHint(sapo, 120, 300, 'sapo');

    // How the link looks when shared on Zalo or Facebook: the cover, the site, the title, the start of the sapo.
    var card = element('figure', 'share-card');
    card.innerHTML = '<figcaption>Khi chia sẻ lên Zalo, Facebook</figcaption><div class="share-card-box">' +
        '<img alt="" hidden><span class="share-card-site"></span><strong class="share-card-title"></strong><span class="share-card-sapo"></span></div>';
    var coverField = form.querySelector('#Form_CoverImageCaption');
    (coverField ? coverField.closest('.field') : form.querySelector('.editor-side')).after(card);
    card.querySelector('.share-card-site').textContent = location.host.toUpperCase();

    function showCard() {
        var cardImage = card.querySelector('img');
        var coverUrl = cover ? cover.value.trim() : '';
        cardImage.hidden = !coverUrl;
        if (coverUrl && cardImage.getAttribute('src') !== coverUrl) { cardImage.src = coverUrl; }
        card.querySelector('.share-card-title').textContent = (title && title.value.trim()) || 'Tiêu đề bài viết';
        var sapoText = sapo ? sapo.value.trim() : '';
        card.querySelector('.share-card-sapo').textContent = sapoText.length > 160 ? sapoText.slice(0, 157) + '…' : sapoText;
        titleHint();
        sapoHint();
    }
    [title, sapo, cover].forEach(function (field) { if (field) { field.addEventListener('input', showCard); } });

    // --- The Markdown stored -----------------------------------------------------------------------------
    // Toast UI writes the paragraphs of its visual mode one per line, but in Markdown lines without a blank
    // between them are one paragraph, and the public page would run them together. Its converter writes a
    // blank line for an empty paragraph, so the Markdown is written from a copy of the document with an empty
    // paragraph between any two that follow each other. What is typed in the Markdown tab is kept as typed.
    function storedMarkdown() {
        if (editor.isMarkdownMode()) { return editor.getMarkdown(); }
        var state = editor.wwEditor.view.state;
        return editor.convertor.toMarkdownText(spaced(state.doc, state.schema));
    }

    function spaced(node, schema) {
        if (node.isTextblock || node.isLeaf) { return node; }
        var children = [];
        node.forEach(function (child) {
            var previous = children[children.length - 1];
            if (previous && isFilledParagraph(previous) && isFilledParagraph(child)) { children.push(schema.nodes.paragraph.create()); }
            children.push(spaced(child, schema));
        });
        return node.type.create(node.attrs, children, node.marks);
    }

    function isFilledParagraph(node) { return node.type.name === 'paragraph' && node.childCount > 0; }

    // --- Words, and nothing lost ------------------------------------------------------------------------
    function plainWords(markdown) {
        var text = markdown
            .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
            .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
            .replace(/[#*_>`|~\\-]+/g, ' ');
        return text.split(/\s+/).filter(function (word) { return /[0-9A-Za-zÀ-ỹ]/.test(word); });
    }

    function showCounts() {
        var markdown = body.value;
        var words = plainWords(markdown).length;
        var characters = markdown.replace(/\s+/g, ' ').trim().length;
        var minutes = Math.max(1, Math.round(words / 200));
        status.textContent = [words.toLocaleString('vi-VN') + ' chữ', characters.toLocaleString('vi-VN') + ' ký tự',
            'khoảng ' + minutes + ' phút đọc',
            kept && 'đã giữ bản nháp trong trình duyệt lúc ' + kept,
            autosaved && 'đã tự lưu lên máy chủ lúc ' + autosaved,
            autosaveProblem].filter(Boolean).join(' · ');
    }

    function clock(moment) { return new Date(moment).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' }); }

    // The draft kept in this browser, per article (a new one has its own), while the text is typed.
    var storageKey = 'tg-ban-nhap:' + location.pathname;

    function changed() {
        if (!editor) { return; }
        body.value = storedMarkdown();
        showCounts();
        schedulePreview();
        window.clearTimeout(keepTimer);
        keepTimer = window.setTimeout(keep, 800);
        scheduleAutosave();
    }

    function readDraft(key) {
        try { return JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { return null; }
    }

    function keep(sent) {
        var now = new Date();
        try {
            localStorage.setItem(storageKey, JSON.stringify({
                body: body.value, title: title ? title.value : '', sapo: sapo ? sapo.value : '', at: now.toISOString(), sent: sent === true
            }));
            kept = clock(now);
        } catch (e) {
            kept = '';
        }
        showCounts();
    }

    [title, sapo].forEach(function (field) { if (field) { field.addEventListener('input', changed); } });
    // A sent draft stays kept until a page shows that its text was saved: the post may yet fail (a lost
    // connection, an expired sign-in), and then the text is offered back.
    form.addEventListener('submit', function (event) {
        body.value = storedMarkdown();
        window.clearTimeout(keepTimer);
        keep(true);
        // Posted now, it would land on the sign-in page; the writer signs in first, in another tab.
        if (signInPrompt) {
            event.preventDefault();
            signInPrompt.querySelector('a').focus();
        }
    });

    // Drafts this page shows saved (a new article's lands on its own page after the save), and any a
    // month old, are done with.
    function forgetSavedDrafts() {
        var month = 30 * 24 * 3600 * 1000;
        for (var i = localStorage.length - 1; i >= 0; i--) {
            var key = localStorage.key(i);
            if (!key || key.indexOf('tg-ban-nhap:') !== 0) { continue; }
            var draft = readDraft(key);
            if (!draft || Date.now() - new Date(draft.at).getTime() > month || (draft.sent && draft.body === body.value)) {
                localStorage.removeItem(key);
            }
        }
    }

    // When the page opens with the text the browser kept, the kept copy is done with. When it opens with
    // other text, the newer of the browser's copy and the server's autosave (the page carries it only when it
    // differs) is offered back.
    function offerKeptDraft() {
        var offers = [];
        var local = readDraft(storageKey);
        if (local && typeof local.body === 'string') {
            if (local.body === body.value && (!title || local.title === title.value)) {
                localStorage.removeItem(storageKey);
            } else {
                offers.push({ draft: local, said: 'Trình duyệt này còn giữ một bản đang viết dở lúc ' });
            }
        }
        var server = form.dataset.serverAutosave ? JSON.parse(form.dataset.serverAutosave) : null;
        if (server) { offers.push({ draft: server, said: 'Máy chủ còn giữ một bản tự lưu lúc ' }); }
        if (offers.length === 0) { return; }
        offers.sort(function (a, b) { return new Date(b.draft.at) - new Date(a.draft.at); });
        var stored = offers[0].draft;
        var offer = element('div', 'notice desk-restore');
        offer.setAttribute('role', 'alert');
        var text = element('p', '', offers[0].said +
            new Date(stored.at).toLocaleString('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' }) +
            ', khác với bản đang mở. Bạn muốn dùng bản nào?');
        var restore = element('button', '', 'Khôi phục bản đang viết dở');
        restore.type = 'button';
        var discard = element('button', 'secondary', 'Giữ bản đang mở');
        discard.type = 'button';
        offer.append(text, restore, ' ', discard);
        columns.insertAdjacentElement('beforebegin', offer);
        restore.addEventListener('click', function () {
            editor.setMarkdown(stored.body);
            if (title && stored.title) { title.value = stored.title; }
            if (sapo && stored.sapo) { sapo.value = stored.sapo; }
            changed();
            offer.remove();
            editor.focus();
        });
        discard.addEventListener('click', function () {
            localStorage.removeItem(storageKey);
            if (server) { post(form.dataset.forgetAutosaveUrl, {}); }
            offer.remove();
        });
    }

    // --- Autosave to the server, and a sign-in that expires mid-writing -------------------------------
    // A few seconds after the typing stops, the title, sapo and body go to the server as this writer's
    // autosave of the article (not a save: no revision, nothing published). When the sign-in has expired the
    // server answers 401: the writer is told at once and signs in again in another tab; back here, the desk
    // takes a form token for the new sign-in and autosaves, and the text never left the page.
    var autosaveTimer = 0;
    var retryTimer = 0;
    var lastSent = snapshot();
    var autosaved = '';
    var autosaveProblem = '';
    var signInPrompt = null;

    function snapshot() { return JSON.stringify([title ? title.value : '', sapo ? sapo.value : '', body.value]); }

    function scheduleAutosave() {
        if (!form.dataset.autosaveUrl) { return; }
        window.clearTimeout(autosaveTimer);
        autosaveTimer = window.setTimeout(autosave, 3000);
    }

    function autosave(withNewToken) {
        var sending = snapshot();
        if (sending === lastSent) { return; }
        post(form.dataset.autosaveUrl, { title: title ? title.value : '', sapo: sapo ? sapo.value : '', markdown: body.value })
            .then(function (response) {
                if (response.status === 401) { showSignedOut(); return null; }
                var json = /json/.test(response.headers.get('Content-Type') || '');
                // Refused before it reached the page: the token was the former sign-in's.
                if (response.status === 400 && !json && !withNewToken) { return renewToken().then(function () { autosave(true); }); }
                if (!json) { return Promise.reject(response.status); }
                return response.json().then(function (result) {
                    if (response.ok) {
                        lastSent = sending;
                        autosaved = clock(result.savedAt);
                        autosaveProblem = '';
                        signedIn();
                    } else {
                        autosaveProblem = result.error;
                    }
                    showCounts();
                });
            })
            .catch(function () {
                autosaveProblem = 'chưa tự lưu lên máy chủ được (mất kết nối?), sẽ thử lại';
                showCounts();
                window.clearTimeout(autosaveTimer);
                autosaveTimer = window.setTimeout(autosave, 15000);
            });
    }

    function renewToken() {
        return fetch(form.dataset.tokenUrl, { headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
            .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
            .then(function (result) {
                Array.prototype.forEach.call(document.querySelectorAll('input[name="__RequestVerificationToken"]'), function (field) {
                    field.value = result.token;
                });
            });
    }

    function showSignedOut() {
        autosaveProblem = 'chưa tự lưu lên máy chủ được vì phiên đăng nhập đã hết';
        showCounts();
        if (signInPrompt) { return; }
        signInPrompt = element('div', 'notice desk-signed-out');
        signInPrompt.setAttribute('role', 'alert');
        var link = element('a', '', 'Đăng nhập lại (mở thẻ mới)');
        link.href = form.dataset.signInUrl;
        link.target = '_blank';
        link.rel = 'noopener';
        signInPrompt.append(
            element('p', '', 'Phiên đăng nhập đã hết hạn. Nội dung bạn đang viết vẫn còn nguyên trên trang này và trong trình duyệt — đừng đóng trang.'),
            link,
            element('p', '', 'Đăng nhập xong, quay lại thẻ này: bài sẽ tự lưu tiếp, rồi bạn bấm Lưu như thường lệ.'));
        columns.insertAdjacentElement('beforebegin', signInPrompt);
        // Tried again when the writer comes back to this tab, and every so often meanwhile.
        retryTimer = window.setInterval(retry, 10000);
    }

    function retry() { lastSent = ''; autosave(); }

    function signedIn() {
        if (!signInPrompt) { return; }
        signInPrompt.remove();
        signInPrompt = null;
        window.clearInterval(retryTimer);
    }

    window.addEventListener('focus', function () { if (signInPrompt) { retry(); } });

    try { forgetSavedDrafts(); } catch (e) { /* storage refused: nothing is kept, nothing to forget */ }
    offerKeptDraft();
    showCounts();
    showCard();
    showPreview(window.matchMedia('(min-width: 90em)').matches);
}());
