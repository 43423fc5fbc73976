"""For WSGI wrappers that answer some requests before Django (caching/fastpath.py,
polls/fastpath.py) and learn from what Django answered the others."""


def remembering(start_response, sent: list):
    """A start_response that passes everything on and appends (status, headers) to `sent`."""

    def remember_start(status, headers, exc_info=None):
        sent.append((status, headers))
        if exc_info is not None:
            return start_response(status, headers, exc_info)
        return start_response(status, headers)

    return remember_start
