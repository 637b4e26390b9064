// Runs in <head>, before the first paint: applies the text size the reader chose last time. Kept in the
// browser (localStorage), never in a cookie, so every reader still gets the same cached page.
(function () {
    var root = document.documentElement;
    root.classList.add("js");
    try {
        var size = localStorage.getItem("tg-co-chu");
        if (size === "-1" || size === "1" || size === "2") {
            root.setAttribute("data-text-size", size);
        }
    } catch (e) {
        // Storage refused (private mode): the default size.
    }
})();
