"""Link URLs entered by editors are checked on the server: no javascript:, data:, vbscript:."""

import json
import re
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.blocks import StructBlockValidationError, URLBlock

from kidsnews.core.blocks import RICH_TEXT_FEATURES, SocialPostBlock

BAD_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "javascript&#58;alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "\x01javascript:alert(1)",
]


@pytest.mark.parametrize("url", BAD_URLS)
def test_url_blocks_refuse_script_schemes(url):
    with pytest.raises(ValidationError):
        URLBlock().clean(url)


@pytest.mark.parametrize("url", [*BAD_URLS, "http://example.org/"])
def test_social_posts_accept_only_https(url):
    block = SocialPostBlock()
    value = block.to_python(
        {
            "platform": "x",
            "author": "A",
            "handle": "",
            "text": "t",
            "posted_at": "2026-01-01",
            "url": url,
        }
    )
    with pytest.raises((ValidationError, StructBlockValidationError)):
        block.clean(value)


def contentstate_with_link(url: str) -> str:
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a",
                    "type": "unstyled",
                    "text": "click me",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 8, "key": 0}],
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
        }
    )


@pytest.mark.parametrize("url", BAD_URLS)
def test_rich_text_links_from_the_editor_lose_script_schemes(url):
    html = ContentstateConverter(RICH_TEXT_FEATURES).to_database_format(contentstate_with_link(url))
    for href in hrefs(html):
        # What the browser would see: entities decoded, control characters and spaces dropped.
        seen = re.sub(r"[\x00-\x20]", "", href).lower()
        assert not seen.startswith(("javascript:", "vbscript:", "data:")), href


def hrefs(html: str) -> list[str]:
    found: list[str] = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend(value or "" for name, value in attrs if name == "href")

    Collect().feed(html)
    return found


def test_rich_text_keeps_safe_links():
    html = ContentstateConverter(RICH_TEXT_FEATURES).to_database_format(
        contentstate_with_link("https://www.example.org/a?b=1")
    )
    assert 'href="https://www.example.org/a?b=1"' in html
