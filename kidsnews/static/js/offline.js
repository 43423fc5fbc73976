/* Today's edition offline (issue 14, item 4): registers the service worker (/sw.js, from the
   root so it looks after every page) and, on /offline/, shows what this device has saved.
   Nothing here is needed to read the site: without it pages simply need a connection. */
(function () {
    "use strict";
    var CACHE = "kidsnews-edition-v1";
    var SAVED = "/offline/saved.json";

    if ("serviceWorker" in navigator && window.isSecureContext) {
        navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {
            /* No worker (private mode, an old browser): the site works as before. */
        });
    }

    var list = document.getElementById("offline-saved");
    var status = document.getElementById("offline-status");
    if (!list || !status || !("caches" in window)) {
        return;
    }
    caches.open(CACHE).then(function (cache) {
        return cache.match(SAVED);
    }).then(function (response) {
        return response ? response.json() : null;
    }).then(function (saved) {
        if (!saved || !saved.pages.length) {
            status.textContent = "Nothing is saved on this device yet.";
            return;
        }
        list.textContent = "";
        saved.pages.forEach(function (page) {
            var item = document.createElement("li");
            var link = document.createElement("a");
            link.href = page.url;
            link.textContent = page.title;
            item.appendChild(link);
            list.appendChild(item);
        });
        var when = new Date(saved.savedAt);
        var megabytes = (saved.bytes / (1024 * 1024)).toFixed(1);
        status.textContent = "Saved at " + when.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }) +
            " (" + megabytes + " MB on this device).";
    }).catch(function () {
        /* Storage not available: the list from the server stays. */
    });
})();
