/* kidsnews service worker: today's edition for reading without a connection (issue 14,
   item 4). Served at /sw.js (kidsnews/offline/views.py) so its scope is the whole site.

   What it keeps: the home page, /offline/ and the newest stories listed by
   /offline/edition.json, with the pictures, styles and scripts their HTML names, within the
   edition's byte budget (3 MB; video is never kept). Each <audio>'s first <source src> and
   its <track> in a saved page are kept too, so a story's Listen audio comes along.

   What it never keeps: anything fetched with the reader's cookies. Saved pages are fetched
   again by the worker itself with `credentials: "omit"`, so what is stored is the anonymous
   page everyone gets; responses marked private or no-store are refused; /admin/, /accounts/,
   /comments/ and /search/ are never touched, and nothing but GET is ever looked at.

   Freshness: pages are network-first, so online a reader always gets the live page. On each
   visit the worker asks for the edition list (one cheap, cached request): when its version
   changed (a publish, an edit, an unpublish, a comment approved) or the saved copy is more
   than REFRESH_MS old, the edition is saved again, revalidating each page with its ETag. */
"use strict";

var CACHE = "kidsnews-edition-v1";
var EDITION_URL = "/offline/edition.json";
var SAVED_URL = "/offline/saved.json";
var OFFLINE_URL = "/offline/";
var REFRESH_MS = 5 * 60 * 1000;
var NEVER = ["/admin/", "/django-admin/", "/accounts/", "/comments/", "/search/", "/sw.js",
    "/healthz", "/documents/"];

self.addEventListener("install", function (event) {
    event.waitUntil(self.skipWaiting());
});

self.addEventListener("activate", function (event) {
    event.waitUntil(
        caches.keys().then(function (keys) {
            return Promise.all(keys.filter(function (key) {
                return key.indexOf("kidsnews-") === 0 && key !== CACHE;
            }).map(function (key) {
                return caches.delete(key);
            }));
        }).then(function () {
            return self.clients.claim();
        }).then(function () {
            return saveEdition(false);
        })
    );
});

self.addEventListener("message", function (event) {
    if (event.data === "save-edition") {
        event.waitUntil(saveEdition(true));
    }
});

function isOurs(url) {
    if (url.origin !== self.location.origin) {
        return false;
    }
    return !NEVER.some(function (prefix) {
        return url.pathname.indexOf(prefix) === 0;
    });
}

self.addEventListener("fetch", function (event) {
    var request = event.request;
    if (request.method !== "GET") {
        return; // forms: straight to the network
    }
    var url = new URL(request.url);
    if (!isOurs(url) || request.destination === "video") {
        return;
    }
    if (request.headers.has("range")) {
        // Audio asks for byte ranges: from the network, and offline from the saved file.
        event.respondWith(fetch(request).catch(function (error) {
            return savedRange(url, request.headers.get("range"), error);
        }));
        return;
    }
    if (request.mode === "navigate") {
        event.respondWith(pageFromNetworkFirst(request, url));
        event.waitUntil(saveEdition(false).catch(function () {}));
        return;
    }
    event.respondWith(
        fetch(request).catch(function () {
            return caches.open(CACHE).then(function (cache) {
                return cache.match(url.href, { ignoreVary: true });
            }).then(function (saved) {
                return saved || Response.error();
            });
        })
    );
});

/* A "Range: bytes=start-end" request answered from a saved whole file (206), as a media
   element needs to play it offline. */
function savedRange(url, range, error) {
    return caches.open(CACHE).then(function (cache) {
        return cache.match(url.href, { ignoreVary: true });
    }).then(function (saved) {
        if (!saved) {
            throw error;
        }
        return saved.arrayBuffer().then(function (whole) {
            var size = whole.byteLength;
            var match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
            var start = match && match[1] !== "" ? Number(match[1]) : 0;
            var end = match && match[2] !== "" ? Math.min(Number(match[2]), size - 1) : size - 1;
            if (match && match[1] === "" && match[2] !== "") { // the last N bytes
                start = Math.max(size - Number(match[2]), 0);
                end = size - 1;
            }
            if (!match || start > end || start >= size) {
                return new Response(null, {
                    status: 416, headers: { "Content-Range": "bytes */" + size }
                });
            }
            return new Response(whole.slice(start, end + 1), {
                status: 206,
                headers: {
                    "Content-Type": saved.headers.get("Content-Type") || "application/octet-stream",
                    "Content-Range": "bytes " + start + "-" + end + "/" + size,
                    "Content-Length": String(end - start + 1),
                    "Accept-Ranges": "bytes"
                }
            });
        });
    });
}

function savedPage(url) {
    return caches.open(CACHE).then(function (cache) {
        // Only the path: a saved page was fetched without its query.
        return cache.match(url.origin + url.pathname, { ignoreVary: true });
    });
}

function pageFromNetworkFirst(request, url) {
    return fetch(request).then(function (response) {
        if (response.status < 500) {
            return response;
        }
        // The site is having trouble (a 503 while its database is away): the saved copy of
        // this page is better than an error, when there is one.
        return savedPage(url).then(function (page) {
            return page || response;
        });
    }, function (error) {
        return savedPage(url).then(function (page) {
            return page || caches.open(CACHE).then(function (cache) {
                return cache.match(OFFLINE_URL, { ignoreVary: true });
            });
        }).then(function (page) {
            if (page) {
                return page;
            }
            throw error;
        });
    });
}

/* ---- Saving the edition ---- */

var running = null;

function saveEdition(force) {
    if (!running) {
        running = doSave(force).then(function (result) {
            running = null;
            return result;
        }, function (error) {
            running = null;
            throw error;
        });
    }
    return running;
}

function absolute(path) {
    return new URL(path, self.location.origin).href;
}

function isShareable(response) {
    var control = (response.headers.get("Cache-Control") || "").toLowerCase();
    return response.ok && !response.redirected && response.type === "basic" &&
        control.indexOf("private") === -1 && control.indexOf("no-store") === -1;
}

function fetchAnonymous(url) {
    // No cookies: what is saved is the page every reader gets, never a signed-in one. Marked
    // as a prefetch, so saving the edition is not counted as reads in "most read".
    return fetch(url, {
        credentials: "omit",
        cache: "no-cache",
        redirect: "follow",
        headers: { Purpose: "prefetch" }
    });
}

function decode(value) {
    return value.replace(/&amp;/g, "&").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, "\"");
}

/* The files a saved page needs: its pictures, styles, scripts and icon, and the sources of
   its <audio> players. Not video. A <picture> offers several formats and sizes; the browser
   takes the first format it can show (AVIF in every current one), at the size that suits the
   screen, so every size of that first format is kept, and the plain <img> of a picture only
   when it offers no other source. */
function srcsetUrls(srcset) {
    return decode(srcset).split(",").map(function (candidate) {
        return candidate.trim().split(/\s+/)[0];
    }).filter(Boolean);
}

function attribute(tag, name) {
    var match = new RegExp("\\s" + name + "=\"([^\"]*)\"", "i").exec(tag);
    return match ? match[1] : null;
}

function assetsOf(html) {
    var found = [];
    var rest = html.replace(/<picture\b[\s\S]*?<\/picture>/gi, function (picture) {
        var source = /<source\b[^>]*>/i.exec(picture);
        var srcset = source && attribute(source[0], "srcset");
        if (srcset) {
            found = found.concat(srcsetUrls(srcset));
        } else {
            var img = /<img\b[^>]*>/i.exec(picture);
            if (img && attribute(img[0], "src")) {
                found.push(decode(attribute(img[0], "src")));
            }
        }
        return "";
    });
    rest = rest.replace(/<video\b[\s\S]*?<\/video>/gi, "");
    (rest.match(/<img\b[^>]*>/gi) || []).forEach(function (img) {
        var src = attribute(img, "src");
        if (src) {
            found.push(decode(src));
        }
        var srcset = attribute(img, "srcset");
        if (srcset) {
            found = found.concat(srcsetUrls(srcset));
        }
    });
    (rest.match(/<link\b[^>]*>/gi) || []).forEach(function (link) {
        var rel = (attribute(link, "rel") || "").toLowerCase();
        if ((rel === "stylesheet" || rel === "icon") && attribute(link, "href")) {
            found.push(decode(attribute(link, "href")));
        }
    });
    (rest.match(/<script\b[^>]*>/gi) || []).forEach(function (script) {
        if (attribute(script, "src")) {
            found.push(decode(attribute(script, "src")));
        }
    });
    // The Listen player: each <audio>'s first <source> (the format browsers take first, as
    // with pictures; a plain <audio src> otherwise) and its <track> of sentence timings.
    (rest.match(/<audio\b[\s\S]*?<\/audio>/gi) || []).forEach(function (player) {
        var opening = /<audio\b[^>]*>/i.exec(player)[0];
        var source = /<source\b[^>]*>/i.exec(player);
        var src = attribute(opening, "src") || (source && attribute(source[0], "src"));
        if (src) {
            found.push(decode(src));
        }
        (player.match(/<track\b[^>]*>/gi) || []).forEach(function (track) {
            if (attribute(track, "src")) {
                found.push(decode(attribute(track, "src")));
            }
        });
    });
    var urls = [];
    found.forEach(function (raw) {
        var url = new URL(raw, self.location.origin);
        if (url.origin === self.location.origin && urls.indexOf(url.href) === -1) {
            urls.push(url.href);
        }
    });
    return urls;
}

function sizeOf(response) {
    return response.clone().blob().then(function (blob) {
        return blob.size;
    });
}

function readSaved(cache) {
    return cache.match(SAVED_URL).then(function (response) {
        return response ? response.json() : null;
    }).catch(function () {
        return null;
    });
}

async function doSave(force) {
    var editionResponse = await fetchAnonymous(EDITION_URL);
    if (!editionResponse.ok) {
        return null;
    }
    var edition = await editionResponse.json();
    var cache = await caches.open(CACHE);
    var saved = await readSaved(cache);
    var fresh = saved && saved.version === edition.version &&
        Date.now() - saved.savedAt < REFRESH_MS;
    if (fresh && !force) {
        return saved;
    }

    var kept = {};      // url -> response to store (null: already stored and still good)
    var total = 0;
    var budget = edition.budgetBytes;

    // A file (picture, style, font, audio): the stored copy is reused; its name changes when
    // its content does (hashed static names, renditions).
    async function fileCost(url, chosen) {
        if (url in kept || url in chosen) {
            return 0;
        }
        var stored = await cache.match(url);
        if (stored) {
            chosen[url] = null;
            return sizeOf(stored);
        }
        var response = await fetchAnonymous(url);
        if (!isShareable(response)) {
            return 0; // not kept; the page still shows without it
        }
        chosen[url] = response;
        return sizeOf(response);
    }

    // A page and everything it needs, kept only if all of it fits in the budget.
    async function takePage(path, required) {
        var url = absolute(path);
        var response = await fetchAnonymous(url);
        if (!isShareable(response)) {
            return false;
        }
        var html = await response.clone().text();
        var chosen = {};
        chosen[url] = response;
        var cost = new Blob([html]).size;
        var files = assetsOf(html);
        for (var i = 0; i < files.length; i += 1) {
            cost += await fileCost(files[i], chosen);
        }
        if (!required && total + cost > budget) {
            return false;
        }
        total += cost;
        Object.keys(chosen).forEach(function (key) {
            kept[key] = chosen[key];
        });
        return true;
    }

    var shared = {};
    for (var a = 0; a < edition.assets.length; a += 1) {
        total += await fileCost(absolute(edition.assets[a]), shared);
    }
    Object.keys(shared).forEach(function (key) {
        kept[key] = shared[key];
    });
    await takePage(edition.home, true);
    await takePage(edition.offline, true);
    var pages = [{ url: edition.home, title: "Home page" }];
    for (var s = 0; s < edition.stories.length; s += 1) {
        if (await takePage(edition.stories[s].url, false)) {
            pages.push(edition.stories[s]);
        }
    }

    // Everything was read: now store it, and forget what is no longer in the edition.
    var urls = Object.keys(kept);
    for (var u = 0; u < urls.length; u += 1) {
        if (kept[urls[u]]) {
            await cache.put(urls[u], kept[urls[u]]);
        }
    }
    var keys = await cache.keys();
    for (var k = 0; k < keys.length; k += 1) {
        if (!(keys[k].url in kept) && keys[k].url !== absolute(SAVED_URL)) {
            await cache.delete(keys[k]);
        }
    }
    var record = { version: edition.version, savedAt: Date.now(), bytes: total, pages: pages };
    await cache.put(absolute(SAVED_URL), new Response(JSON.stringify(record), {
        headers: { "Content-Type": "application/json" }
    }));
    return record;
}
