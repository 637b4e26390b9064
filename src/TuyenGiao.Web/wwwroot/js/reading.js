// Reading comfort: the header's A− A A+ buttons, and "Nghe bài viết" where the browser has a Vietnamese voice.
(function () {
    var root = document.documentElement;
    var smallest = -1, largest = 2;

    function currentSize() {
        return parseInt(root.getAttribute("data-text-size") || "0", 10);
    }

    function setSize(size) {
        size = Math.max(smallest, Math.min(largest, size));
        if (size === 0) {
            root.removeAttribute("data-text-size");
        } else {
            root.setAttribute("data-text-size", String(size));
        }
        try {
            localStorage.setItem("tg-co-chu", String(size));
        } catch (e) {
            // Storage refused: the size lasts for this page only.
        }
    }

    document.querySelectorAll("[data-text-size]").forEach(function (button) {
        if (button.tagName !== "BUTTON") {
            return;
        }
        button.addEventListener("click", function () {
            var step = parseInt(button.getAttribute("data-text-size"), 10);
            setSize(step === 0 ? 0 : currentSize() + step);
        });
    });

    // Read aloud with the browser's own speech synthesis; no outside service. Without a Vietnamese
    // voice the button stays hidden rather than reading Vietnamese with an English voice.
    var listen = document.querySelector("[data-listen]");
    if (!listen || !("speechSynthesis" in window)) {
        return;
    }
    var synth = window.speechSynthesis;

    function vietnameseVoice() {
        return synth.getVoices().filter(function (voice) {
            return voice.lang && voice.lang.toLowerCase().indexOf("vi") === 0;
        })[0];
    }

    function offerIfVoice() {
        if (vietnameseVoice()) {
            listen.hidden = false;
        }
    }

    offerIfVoice();
    synth.addEventListener("voiceschanged", offerIfVoice);

    listen.addEventListener("click", function () {
        if (synth.speaking) {
            synth.cancel();
            listen.textContent = "Nghe bài viết";
            listen.setAttribute("aria-pressed", "false");
            return;
        }
        var text = Array.prototype.map.call(document.querySelectorAll(listen.getAttribute("data-listen")), function (part) {
            return part.innerText;
        }).join("\n");
        var utterance = new SpeechSynthesisUtterance(text);
        utterance.voice = vietnameseVoice();
        utterance.lang = "vi-VN";
        utterance.addEventListener("end", function () {
            listen.textContent = "Nghe bài viết";
            listen.setAttribute("aria-pressed", "false");
        });
        synth.speak(utterance);
        listen.textContent = "Dừng đọc";
        listen.setAttribute("aria-pressed", "true");
    });
})();
