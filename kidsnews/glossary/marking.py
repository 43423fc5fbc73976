"""Marking glossary words in rendered HTML. Pure Python (no Django import).

The story's HTML is re-written through the standard library's HTML parser: only text nodes are
searched, never tag names or attributes, and never the text inside a link, a heading, a button
or other elements where a link would be wrong. Text is escaped again on the way out; tags are
copied as they came.
"""

import re
from collections.abc import Callable, Iterable
from html import escape
from html.parser import HTMLParser

# Text inside these is left alone: a link inside a link is invalid, a heading is a label, and
# code, forms and scripts are not prose.
SKIP = frozenset(
    [
        "a",
        "abbr",
        "button",
        "code",
        "dfn",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "kbd",
        "label",
        "option",
        "pre",
        "samp",
        "script",
        "select",
        "style",
        "summary",
        "textarea",
        "title",
    ]
)
VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)


def split_forms(text: str) -> list[str]:
    """The other forms as typed ("volcanoes, Volcanic"): trimmed, spaces squeezed, no blanks."""
    return [" ".join(part.split()) for part in text.split(",") if part.strip()]


def normalise(text: str) -> str:
    """How a form is looked up: spaces squeezed, case folded."""
    return " ".join(text.split()).casefold()


class Matcher:
    """Finds any of the glossary's forms in text, whole words only, ignoring case."""

    def __init__(self, forms: dict[str, int]):
        # forms: normalised form -> term id. Longest first, so "carbon dioxide" wins over
        # "carbon" and "volcanoes" over "volcano".
        self.forms = forms
        alternatives = sorted(forms, key=len, reverse=True)
        if alternatives:
            body = "|".join(r"\s+".join(map(re.escape, form.split())) for form in alternatives)
            self.pattern = re.compile(rf"(?<![\w\-])(?:{body})(?![\w\-])", re.IGNORECASE)
        else:
            self.pattern = None

    def term_for(self, text: str) -> int | None:
        return self.forms.get(normalise(text))

    def finditer(self, text: str):
        if self.pattern is None:
            return iter(())
        return self.pattern.finditer(text)


Mark = Callable[[int, str], str]


class _Marker(HTMLParser):
    def __init__(self, matcher: Matcher, seen: set[int], mark: Mark):
        super().__init__(convert_charrefs=True)
        self.matcher, self.seen, self.mark = matcher, seen, mark
        self.out: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text() or "")
        if tag in SKIP:
            self.skipping.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        if tag in self.skipping:
            # Close it and anything left open inside it (HTML's own recovery).
            while self.skipping and self.skipping.pop() != tag:
                pass

    def handle_data(self, data):
        if self.skipping:
            # A script's or style's text comes raw from the parser and must go out raw.
            raw = self.skipping[-1] in ("script", "style")
            self.out.append(data if raw else escape(data, quote=False))
            return
        position = 0
        for found in self.matcher.finditer(data):
            term_id = self.matcher.term_for(found.group(0))
            if term_id is None or term_id in self.seen:
                continue
            self.seen.add(term_id)
            self.out.append(escape(data[position : found.start()], quote=False))
            self.out.append(self.mark(term_id, found.group(0)))
            position = found.end()
        self.out.append(escape(data[position:], quote=False))

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")


def mark_first_uses(html: str, matcher: Matcher, seen: set[int], mark: Mark) -> str:
    """`html` with the first use of each term not in `seen` replaced by `mark(term_id, text)`
    (which returns safe HTML; `text` is the words as found, unescaped). Marked ids are added to
    `seen`, so calling it block after block marks each term once per story."""
    if matcher.pattern is None or not matcher.pattern.search(html):
        return html  # the common case: no form appears anywhere, not even in a tag
    parser = _Marker(matcher, seen, mark)
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


def forms_index(terms: Iterable[tuple[int, Iterable[str]]]) -> dict[str, int]:
    """normalised form -> term id, from (id, forms) pairs."""
    index: dict[str, int] = {}
    for term_id, forms in terms:
        for form in forms:
            index.setdefault(normalise(form), term_id)
    return index
