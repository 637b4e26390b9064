// A YouTube film shows our own poster; only when the reader presses it is YouTube's privacy-enhanced
// player framed in its place, so no request goes to another site before that. Without JavaScript the
// poster is a link to the film on YouTube.
(function () {
    'use strict';
    Array.prototype.forEach.call(document.querySelectorAll('a.youtube-poster[data-embed]'), function (poster) {
        poster.addEventListener('click', function (event) {
            if (event.ctrlKey || event.metaKey || event.shiftKey) { return; }
            event.preventDefault();
            var frame = document.createElement('iframe');
            frame.src = poster.dataset.embed;
            frame.title = poster.dataset.title;
            frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
            frame.allowFullscreen = true;
            poster.replaceWith(frame);
            frame.focus();
        });
    });
}());
