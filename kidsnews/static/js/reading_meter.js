// The story editor's reading-level panel: while the editor types, send the form (nothing is
// saved) to the meter endpoint and show the figures it returns. Without this file the panel
// shows the figures of the text as last saved.
(function () {
    "use strict";
    var panel = document.querySelector("[data-reading-level]");
    if (!panel) {
        return;
    }
    var form = panel.closest("form");
    var meter = panel.querySelector("[data-reading-level-meter]");
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
})();
