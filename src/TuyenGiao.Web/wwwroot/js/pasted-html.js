// What a paste from Word, Google Docs or a web page becomes before the writing desk's editor
// (writing-desk.js) sees it. What has no Markdown meaning goes: comments, Office's review notes, styles,
// classes, fonts, empty paragraphs, line breaks between blocks. Word's list paragraphs (a drawn bullet and an
// indent) become lists; a table gets its first row as the header Markdown needs; Google Docs' bold and
// italics, which are styles on spans, become <strong> and <em>, and its wrapper (a <b> that is not bold) is
// unwrapped. Images the browser cannot read (a file on the writer's computer, a picture on another site) are
// taken out and counted; images written into the HTML (data: addresses) stay, for the desk to upload.
window.pastedHtml = (function () {
    'use strict';

    function cleanPastedHtml(html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var comments = [];
        var walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
        while (walker.nextNode()) { comments.push(walker.currentNode); }
        comments.forEach(function (comment) { comment.remove(); });
        each(doc, '[style*="mso-element:comment"], .MsoCommentReference, [class^="msocom"], style, meta, link, script, o\\:p', function (node) { node.remove(); });
        each(doc, 'b[id^="docs-internal-guid"]', unwrap);
        wordLists(doc);
        each(doc, 'span', function (span) {
            var style = span.style;
            var inner = span;
            if (/^(bold|bolder|[6-9]00)$/.test(style.fontWeight)) { inner = wrap(inner, 'strong'); }
            if (style.fontStyle === 'italic') { inner = wrap(inner, 'em'); }
            if (/line-through/.test(style.textDecorationLine || style.textDecoration)) { wrap(inner, 's'); }
            unwrap(span);
        });
        each(doc, 'font', unwrap);
        var unreadableImages = 0;
        each(doc, 'img', function (image) {
            if (!/^data:image\/(png|jpeg|webp);base64,/.test(image.getAttribute('src') || '')) {
                unreadableImages += 1;
                image.remove();
            }
        });
        each(doc, 'table', headedTable);
        each(doc, 'p, div', function (block) {
            if (!block.querySelector('img, table') && !block.textContent.replace(/[\s\u00a0]+/g, '')) { block.remove(); }
        });
        each(doc, 'body > br, br.Apple-interchange-newline', function (lineBreak) { lineBreak.remove(); });
        each(doc, '*', function (element) {
            Array.prototype.slice.call(element.attributes).forEach(function (attribute) {
                if (['href', 'src', 'alt'].indexOf(attribute.name) < 0) { element.removeAttribute(attribute.name); }
            });
        });
        return { html: doc.body.innerHTML, unreadableImages: unreadableImages };
    }

    // Word writes a list as paragraphs, each with "mso-list:l0 level2 …" in its style and its bullet or
    // number drawn in a span marked "mso-list:Ignore"; consecutive ones become one list, nested by level,
    // numbered when the drawn marker is a number or a letter.
    function wordLists(doc) {
        var list = null;
        var open = [];
        each(doc, 'p[style*="mso-list"]', function (paragraph) {
            var marker = paragraph.querySelector('[style*="mso-list:Ignore"], [style*="mso-list: Ignore"]');
            var ordered = /^(\d+|[a-zA-Z]|[ivxlcdm]+)[.)]/i.test(marker ? marker.textContent.trim() : '');
            if (marker) { marker.remove(); }
            var level = parseInt((/level(\d+)/.exec(paragraph.getAttribute('style')) || [0, '1'])[1], 10);
            // The list goes on while its paragraphs follow each other (each moves into it as it is read).
            if (!list || previousElement(paragraph) !== list) {
                list = doc.createElement(ordered ? 'ol' : 'ul');
                paragraph.before(list);
                open = [{ list: list, level: level }];
            }
            while (open.length > 1 && level < open[open.length - 1].level) { open.pop(); }
            var top = open[open.length - 1];
            if (level > top.level && top.list.lastElementChild) {
                top = { list: top.list.lastElementChild.appendChild(doc.createElement(ordered ? 'ol' : 'ul')), level: level };
                open.push(top);
            }
            var item = top.list.appendChild(doc.createElement('li'));
            while (paragraph.firstChild) { item.appendChild(paragraph.firstChild); }
            paragraph.remove();
        });
    }

    function previousElement(node) {
        var previous = node.previousSibling;
        while (previous && previous.nodeType !== 1) { previous = previous.previousSibling; }
        return previous;
    }

    // Markdown's tables have one header row: the first row becomes it, and a cell keeps its text and
    // emphasis, its paragraphs joined by line breaks.
    function headedTable(table) {
        var doc = table.ownerDocument;
        var rows = Array.prototype.slice.call(table.rows);
        if (rows.length === 0) { table.remove(); return; }
        var headed = doc.createElement('table');
        var head = headed.appendChild(doc.createElement('thead'));
        var body = headed.appendChild(doc.createElement('tbody'));
        rows.forEach(function (row, index) {
            var target = (index === 0 ? head : body).appendChild(doc.createElement('tr'));
            Array.prototype.slice.call(row.cells).forEach(function (cell) {
                var copy = target.appendChild(doc.createElement(index === 0 ? 'th' : 'td'));
                Array.prototype.slice.call(cell.querySelectorAll('p')).forEach(function (paragraph, number) {
                    if (number > 0) { paragraph.before(doc.createElement('br')); }
                    unwrap(paragraph);
                });
                while (cell.firstChild) { copy.appendChild(cell.firstChild); }
            });
        });
        table.replaceWith(headed);
    }

    function each(doc, selector, action) { Array.prototype.slice.call(doc.querySelectorAll(selector)).forEach(action); }

    function unwrap(element) { element.replaceWith.apply(element, Array.prototype.slice.call(element.childNodes)); }

    function wrap(element, tagName) {
        var wrapper = element.ownerDocument.createElement(tagName);
        while (element.firstChild) { wrapper.appendChild(element.firstChild); }
        element.appendChild(wrapper);
        return wrapper;
    }

    return { clean: cleanPastedHtml };
}());
