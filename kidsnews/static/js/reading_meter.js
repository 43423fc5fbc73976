// The story editor's reading-level panel: while the editor types, send the form (nothing is
// saved) to the meter endpoint and show the figures it returns. Without this file the panel
// shows the figures of the text as last saved.
(function () {
    "use strict";

    function start() {
        var panel = document.querySelector("[data-reading-level]");
        var form = panel && panel.closest("form");
        var meter = panel && panel.querySelector("[data-reading-level-meter]");
        if (!form || !meter) {
            return;
        }
        var timer = null;
        var pending = null;

        function refresh() {
            var data = new FormData(form);
            data.set("page_id", panel.dataset.pageId || "");
            if (pending) {
                pending.abort();
            }
            pending = new AbortController();
            fetch(panel.dataset.url, {
                method: "POST",
                body: data,
                credentials: "same-origin",
                headers: { "X-Requested-With": "XMLHttpRequest" },
                signal: pending.signal,
            })
                .then(function (response) {
                    return response.ok ? response.text() : null;
                })
                .then(function (html) {
                    if (html !== null) {
                        meter.innerHTML = html;
                    }
                })
                .catch(function () {
                    // A failed refresh leaves the last figures; the next keystroke tries again.
                });
        }

        function schedule() {
            window.clearTimeout(timer);
            timer = window.setTimeout(refresh, 800);
        }

        form.addEventListener("input", schedule);
        form.addEventListener("change", schedule);
    }

    // The admin loads panels' scripts in the page's head, before the panel exists.
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
