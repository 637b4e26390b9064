// An album's photos become a grid of thumbnails; a photo opens in a full-screen viewer that a reader
// on a phone works with one thumb: swipe left or right, pinch to zoom (the browser's own), the
// caption under the photo, a counter, the next photo fetched ahead. On a keyboard, ← → move and Esc
// closes (the <dialog> element's own). Without this script the album stays a list of full-width photos.
(function () {
    'use strict';
    var lists = document.querySelectorAll('.album-photos');
    if (lists.length === 0 || typeof HTMLDialogElement !== 'function') { return; }

    var viewer = document.createElement('dialog');
    viewer.className = 'photo-viewer';
    viewer.innerHTML =
        '<figure class="viewer-figure"><img class="viewer-image" alt=""><figcaption class="viewer-caption"></figcaption></figure>' +
        '<p class="viewer-counter" aria-live="polite"></p>' +
        '<button type="button" class="viewer-close" aria-label="Đóng">×</button>' +
        '<button type="button" class="viewer-prev" aria-label="Ảnh trước">‹</button>' +
        '<button type="button" class="viewer-next" aria-label="Ảnh sau">›</button>';
    document.body.appendChild(viewer);
    var image = viewer.querySelector('.viewer-image');
    var caption = viewer.querySelector('.viewer-caption');
    var counter = viewer.querySelector('.viewer-counter');
    var photos = [];
    var index = 0;
    var opener = null;

    function load(target, link) {
        var srcset = link.dataset.srcset;
        if (srcset) { target.sizes = '100vw'; target.srcset = srcset; } else { target.removeAttribute('srcset'); }
        target.src = link.href;
    }

    function show(i) {
        index = (i + photos.length) % photos.length;
        var link = photos[index];
        load(image, link);
        image.alt = link.querySelector('img').alt;
        var text = link.parentNode.querySelector('figcaption').cloneNode(true);
        var number = text.querySelector('.photo-number');
        if (number) { number.remove(); }
        caption.textContent = text.textContent.replace(/\s+/g, ' ').trim();
        counter.textContent = (index + 1) + '/' + photos.length;
        viewer.dataset.index = String(index + 1);
        if (photos.length > 1) { load(new Image(), photos[(index + 1) % photos.length]); }
    }

    function open(list, link) {
        photos = Array.prototype.slice.call(list.querySelectorAll('a.album-photo'));
        viewer.setAttribute('aria-label', 'Xem ảnh: ' + list.dataset.albumTitle);
        opener = link;
        show(photos.indexOf(link));
        viewer.showModal();
    }

    Array.prototype.forEach.call(lists, function (list) {
        list.classList.add('gallery-grid');
        list.addEventListener('click', function (event) {
            var link = event.target.closest('a.album-photo');
            if (!link || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
            event.preventDefault();
            open(list, link);
        });
    });

    viewer.querySelector('.viewer-close').addEventListener('click', function () { viewer.close(); });
    viewer.querySelector('.viewer-prev').addEventListener('click', function () { show(index - 1); });
    viewer.querySelector('.viewer-next').addEventListener('click', function () { show(index + 1); });
    viewer.addEventListener('close', function () { if (opener) { opener.focus(); } });
    viewer.addEventListener('keydown', function (event) {
        if (event.key === 'ArrowRight') { show(index + 1); event.preventDefault(); }
        if (event.key === 'ArrowLeft') { show(index - 1); event.preventDefault(); }
    });

    // One finger sliding sideways turns the page; two fingers are a pinch, left to the browser.
    var startX = null, startY = null;
    viewer.addEventListener('touchstart', function (event) {
        if (event.touches.length !== 1) { startX = null; return; }
        startX = event.touches[0].clientX;
        startY = event.touches[0].clientY;
    }, { passive: true });
    viewer.addEventListener('touchend', function (event) {
        if (startX === null || event.changedTouches.length !== 1 || (window.visualViewport && window.visualViewport.scale > 1.01)) { return; }
        var dx = event.changedTouches[0].clientX - startX;
        var dy = event.changedTouches[0].clientY - startY;
        startX = null;
        if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(dy)) { show(dx < 0 ? index + 1 : index - 1); }
    });
}());
