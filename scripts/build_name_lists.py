"""Write the screener's name lists (kidsnews/comments/screening/artifacts/first-names.txt and surnames.txt) from the
person providers of Faker (MIT licence, https://github.com/joke2k/faker), for the locales of
the families a UK classroom is made of. Run it again after upgrading Faker:

    .venv/bin/python scripts/build_name_lists.py

Names are folded as the screener folds text (accents dropped, lower case); only plain a-z
names of two letters or more are kept, sorted, one a line.
"""

from __future__ import annotations

import importlib
import re
import sys
import unicodedata
from pathlib import Path

import faker

# English-speaking countries, the Commonwealth's and Europe's biggest communities in UK schools.
LOCALES = [
    *("en_GB", "en_IE", "en_US", "en_NZ", "en_IN", "en_PK", "en_NG", "en_KE"),
    *("tw_GH", "ha_NG", "ig_NG", "sw", "pl_PL", "ro_RO", "lt_LT", "sk_SK", "cs_CZ"),
    *("bg_BG", "pt_PT", "es_ES", "it_IT", "fr_FR", "de_DE", "tr_TR"),
]
OUT = Path(__file__).resolve().parent.parent / "kidsnews/comments/screening/artifacts"
_PLAIN = re.compile(r"[a-z]{2,}")


def folded(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def names(part: str) -> list[str]:
    found: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in dir(provider):
            if part not in attribute:  # first_names_male, male_last_names, ...
                continue
            value = getattr(provider, attribute)
            if isinstance(value, dict | list | tuple):
                found.update(folded(n) for n in value if isinstance(n, str))
    return sorted(n for n in found if _PLAIN.fullmatch(n))


def main() -> None:
    header = f"# From Faker {faker.VERSION} person providers (MIT licence): {' '.join(LOCALES)}\n"
    for kind, part in (("first-names", "first_names"), ("surnames", "last_names")):
        path = OUT / f"{kind}.txt"
        path.write_text(header + "\n".join(names(part)) + "\n", encoding="utf-8")
        sys.stdout.write(f"{path}: {len(path.read_text().splitlines()) - 1} names\n")


if __name__ == "__main__":
    main()
