/* Polls and "How does this story make you feel?": one tap, results in place.
 *
 * Without this file each button posts its form and the server answers with a redirect to the
 * results page. With it, the tap is sent with fetch (?fragment=1) and the results the server
 * renders replace the form in the same box (the same rows, so nothing below moves). The page
 * itself is the same for every reader (it is cached whole), so whether this browser has voted
 * is remembered here, in localStorage (never a cookie, never sent anywhere): on a later visit
 * the results are fetched instead of offering the form again. The server counts each reader
 * once in any case.
 */
(function () {
    "use strict";

    var PREFIX = "kidsnews-tapped-";

    function remember(name) {
        try { window.localStorage.setItem(PREFIX + name, "1"); } catch (error) { /* private mode */ }
    }

    function remembered(name) {
        try { return window.localStorage.getItem(PREFIX + name) === "1"; } catch (error) { return false; }
    }

    function withFragment(url) {
        return url + (url.indexOf("?") === -1 ? "?" : "&") + "fragment=1";
    }

    function show(box, html, moveFocus) {
        var body = box.querySelector("[data-tally-body]");
        body.innerHTML = html;
        var results = body.querySelector("[data-tally-results]");
        if (moveFocus && results) { results.focus(); }
    }

    function loadResults(box) {
        window.fetch(withFragment(box.getAttribute("data-results-url")), { credentials: "omit" })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) { if (html) { show(box, html, false); } })
            .catch(function () { /* the form stays: a tap still works */ });
    }

    function send(box, form, button) {
        var body = new URLSearchParams();
        body.append(button.name, button.value);
        var buttons = form.querySelectorAll("button");
        Array.prototype.forEach.call(buttons, function (each) { each.disabled = true; });
        window.fetch(withFragment(form.action), {
            method: "POST",
            body: body,
            credentials: "omit",
            headers: { "Content-Type": "application/x-www-form-urlencoded" }
        }).then(function (response) {
            return response.text().then(function (html) {
                if (response.ok) { remember(box.getAttribute("data-tally")); }
                show(box, html, true);
            });
        }).catch(function () {
            // No answer (offline?): post the form the ordinary way instead.
            Array.prototype.forEach.call(buttons, function (each) { each.disabled = false; });
            form.submit();
        });
    }

    function setUp(box) {
        var form = box.querySelector("[data-tally-form]");
        if (!form) { return; }
        var closesAt = box.getAttribute("data-closes-at");
        var closed = closesAt && Date.parse(closesAt) <= Date.now();
        if (closed || remembered(box.getAttribute("data-tally"))) {
            loadResults(box);
            return;
        }
        form.addEventListener("submit", function (event) {
            var button = event.submitter;
            if (!button || !button.name) { return; }
            event.preventDefault();
            send(box, form, button);
        });
    }

    Array.prototype.forEach.call(document.querySelectorAll("[data-tally]"), setUp);
}());
