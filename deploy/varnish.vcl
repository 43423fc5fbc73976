# kidsnews behind Varnish: anonymous pages cached and purged by tag (vmod xkey, Debian's
# varnish-modules), the last good copy served while the app or its database is down.
#
# A template: kidsnews/caching/deploy.py replaces {{BACKEND_HOST}}, {{BACKEND_PORT}} and
# {{GRACE}} (how long a copy may be served past its time while the app is unhealthy, e.g. 1h).
# Run it with e.g.  varnishd -f <rendered file> -a :80 -s malloc,256m
# and point the app's EDGE_PURGE_URL at it (http://127.0.0.1:80/); raise
# PAGE_CACHE_EDGE_SECONDS, since every change purges the pages that show it.
#
# The app names what each page shows in Surrogate-Key (docs/caching.md); a purge is
# "PURGE / with an xkey-purge: <keys> header", from the machines in `purgers` only.

vcl 4.1;

import std;
import xkey;

backend app {
    .host = "{{BACKEND_HOST}}";
    .port = "{{BACKEND_PORT}}";
    # The database down means /healthz answers 503: the app is sick, copies are served stale.
    .probe = {
        .url = "/healthz";
        .interval = 1s;
        .timeout = 1s;
        .window = 3;
        .threshold = 2;
        .initial = 2;
    }
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "An xkey-purge header is required"));
        }
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.n-gone));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Signed-in readers and staff carry a session cookie ("__Host-sessionid" under HTTPS).
    if (req.http.Authorization || req.http.Cookie ~ "(^|;)\s*(__Host-)?sessionid=") {
        return (pass);
    }
    # While the app is healthy a copy past its time is refreshed before it is served (a few
    # seconds at most, as nginx's background update); while it is sick, up to {{GRACE}}.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 2s;
    }
    # Other cookies (a CSRF cookie) do not change an anonymous page; responses that set one
    # are never kept (the built-in vcl_backend_response).
    return (hash);
}

sub vcl_backend_response {
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        # Keep the last good copy rather than replace it with an error page.
        return (abandon);
    }
    if (beresp.http.Cache-Control !~ "s-maxage") {
        # Only what the app marks for shared caches is kept (not /healthz, forms, errors).
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    set beresp.grace = {{GRACE}};
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
}

sub vcl_backend_error {
    if (bereq.is_bgfetch) {
        # The app does not answer at all: keep the last good copy too.
        return (abandon);
    }
}

sub vcl_deliver {
    unset resp.http.xkey;
    if (obj.hits > 0) {
        set resp.http.X-Edge-Cache = "HIT";
    } else {
        set resp.http.X-Edge-Cache = "MISS";
    }
}
