/* The "Reading settings" panel (issue 14, item 2): a button in the header opens a small panel
   of choices. Each choice applies at once and is kept in localStorage (see prefs-early.js,
   which applies the saved choices before the next page is painted). Without JavaScript the
   button stays hidden and the device's own light or dark setting still applies (site.css). */
(function () {
    "use strict";
    var KEY = "kidsnews-reading";
    var DEFAULTS = { text: "normal", font: "usual", spacing: "usual", theme: "system" };
    var button = document.getElementById("prefs-button");
    var panel = document.getElementById("prefs-panel");
    if (!button || !panel) {
        return;
    }
    var root = document.documentElement;

    function read() {
        try {
            return JSON.parse(window.localStorage.getItem(KEY) || "{}") || {};
        } catch (error) {
            return {};
        }
    }

    function write(choices) {
        try {
            window.localStorage.setItem(KEY, JSON.stringify(choices));
        } catch (error) {
            /* Storage blocked: the choice still applies to this page. */
        }
    }

    function apply(choices) {
        Object.keys(DEFAULTS).forEach(function (name) {
            var value = choices[name] || DEFAULTS[name];
            if (value === DEFAULTS[name]) {
                root.removeAttribute("data-" + name);
            } else {
                root.setAttribute("data-" + name, value);
            }
            var input = panel.querySelector('input[name="pref-' + name + '"][value="' + value + '"]');
            if (input) {
                input.checked = true;
            }
        });
    }

    function open() {
        panel.hidden = false;
        button.setAttribute("aria-expanded", "true");
        var first = panel.querySelector("input:checked") || panel.querySelector("input");
        if (first) {
            first.focus();
        }
    }

    function close(returnFocus) {
        panel.hidden = true;
        button.setAttribute("aria-expanded", "false");
        if (returnFocus) {
            button.focus();
        }
    }

    apply(read());
    button.hidden = false;
    button.addEventListener("click", function () {
        if (panel.hidden) {
            open();
        } else {
            close(false);
        }
    });
    panel.addEventListener("change", function (event) {
        var input = event.target;
        // Named "pref-<choice>": never mistaken for a field of a form on the page.
        var name = (input.name || "").replace(/^pref-/, "");
        if (!name || !(name in DEFAULTS)) {
            return;
        }
        var choices = read();
        choices[name] = input.value;
        write(choices);
        apply(choices);
    });
    panel.addEventListener("keydown", function (event) {
        if (event.key === "Escape") {
            close(true);
        }
    });
    var reset = document.getElementById("prefs-reset");
    if (reset) {
        reset.addEventListener("click", function () {
            try {
                window.localStorage.removeItem(KEY);
            } catch (error) {
                /* nothing kept: nothing to remove */
            }
            apply({});
        });
    }
    var done = document.getElementById("prefs-close");
    if (done) {
        done.addEventListener("click", function () {
            close(true);
        });
    }
})();
