/* Reading preferences, applied before the first paint (issue 14, item 2).
   Loaded as a blocking script in <head>, before the stylesheet, so <html> carries the child's
   choices before anything is drawn. Choices live in this browser's localStorage only: no
   cookie, nothing sent to the server, so every page stays the same cached copy for everyone.
   site.css reads the data-* attributes; prefs.js is the panel that changes them. */
(function () {
    "use strict";
    var allowed = {
        text: ["normal", "large", "larger"],
        font: ["usual", "readable"],
        spacing: ["usual", "wide"],
        theme: ["system", "light", "dark"]
    };
    var saved = {};
    try {
        saved = JSON.parse(window.localStorage.getItem("kidsnews-reading") || "{}") || {};
    } catch (error) {
        saved = {}; /* storage blocked or a broken value: the defaults, never an error */
    }
    var root = document.documentElement;
    Object.keys(allowed).forEach(function (name) {
        var value = saved[name];
        if (allowed[name].indexOf(value) > 0) {
            root.setAttribute("data-" + name, value);
        }
    });
})();
