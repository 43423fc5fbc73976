"""Path converters for our own URLs.

`<int:...>` accepts any number of digits, so `/quizzes/99999999999999999999999999999/check/`
reached the database as an integer no column can hold (OverflowError → 500). `<id:...>` takes
at most 18 digits (always below 2**63), so a longer one is simply not a match: the kind 404.
"""

from django.urls import register_converter


class IdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(int(value))


MAX_ID = 10**18 - 1


def parse_id(value) -> int | None:
    """A posted id (a string) as an int, or None when it is not one a database row can have."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 18:
        return int(value)
    return None


register_converter(IdConverter, "id")
