/* Listen: a big Listen button for the story's audio, and the sentence being read highlighted
   in the text, the page scrolling with it. The timings come from the audio's WebVTT track
   (one cue per sentence; a cue's id is the data-cue of the sentence's spans). Without this
   file the plain <audio controls> still plays the story. No inline script (CSP). */
(function () {
    "use strict";
    var ACTIVE = "listen-s--active";
    var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

    function offScreen(element) {
        var box = element.getBoundingClientRect();
        var bottom = window.innerHeight || document.documentElement.clientHeight;
        return box.top < bottom * 0.15 || box.bottom > bottom * 0.85;
    }

    function setUp(section) {
        var audio = section.querySelector("audio");
        if (!audio) { return; }
        var lit = [];

        var button = document.createElement("button");
        button.type = "button";
        button.className = "button listen__button";
        button.textContent = "Listen";
        section.insertBefore(button, audio);
        button.addEventListener("click", function () {
            if (audio.paused) {
                var playing = audio.play();
                if (playing && playing.catch) { playing.catch(function () {}); }
            } else {
                audio.pause();
            }
        });

        function clear() {
            lit.forEach(function (element) { element.classList.remove(ACTIVE); });
            lit = [];
        }
        function show(cueId) {
            clear();
            if (!cueId) { return; }
            var found = document.querySelectorAll('[data-cue="' + CSS.escape(cueId) + '"]');
            lit = Array.prototype.slice.call(found);
            lit.forEach(function (element) { element.classList.add(ACTIVE); });
            if (lit.length && offScreen(lit[0])) {
                lit[0].scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
            }
        }

        audio.addEventListener("play", function () {
            button.textContent = "Pause";
            section.classList.add("listen--playing");
        });
        audio.addEventListener("pause", function () {
            button.textContent = "Listen";
            section.classList.remove("listen--playing");
        });
        audio.addEventListener("ended", clear);

        var trackElement = audio.querySelector("track");
        if (!trackElement || !trackElement.track) { return; }
        var track = trackElement.track;
        track.mode = "hidden"; // loaded and timed, never drawn: the text itself is highlighted
        track.addEventListener("cuechange", function () {
            var cues = track.activeCues;
            show(cues && cues.length ? cues[cues.length - 1].id : "");
        });
    }

    Array.prototype.forEach.call(document.querySelectorAll("[data-listen]"), setUp);
}());
