"""Personal information: phone numbers, emails, links, handles, addresses, schools, names,
age with a place. Each finder returns (kind, start, end, message) in ORIGINAL offsets."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from . import lexicon
from .lexicon import word_set
from .normalise import Mapped

Finding = tuple[str, int, int, str]

# ---------------------------------------------------------------- phone numbers

_DIGIT_WORDS = {
    "zero": "0", "nought": "0", "nil": "0", "oh": "0", "o": "0", "one": "1", "two": "2",
    "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9",
}  # fmt: skip
# "oh" only counts as a digit next to other digits ("double oh seven", not "oh wow").
_WEAK_DIGIT_WORDS = frozenset({"oh", "o"})
_MULTIPLIERS = {"double": 2, "triple": 3}
_PHONE_TOKEN = re.compile(r"[a-z]+|\d+|\s+|.", re.DOTALL)
_PHONE_SEPARATORS = frozenset(".-()+_,*#~")
_UNITS = word_set(
    """years year yrs km kilometres kilometers miles mile metres meters m cm mm kg g tonnes
    tons people degrees c f light million billion trillion thousand hundred times litres
    liters species dollars pounds euros points views visitors stars animals trees kids
    children fans tickets mph kph bc ad percent pages words steps seconds minutes hours days
    weeks months"""
)
_MIN_PHONE_DIGITS = 7


def find_phones(base: Mapped) -> list[Finding]:
    """Runs of 7+ digits however written: "0770 090 0123", "seven seven oh...", emoji digits.

    Quiz scores ("8/10"), times and dates break or are excluded; countdowns and counting
    ("10 9 8 ... 1"), thousands ("300,000,000"), decimals and numbers followed by a unit
    ("150000000 km") are science, not phones.
    """
    text = base.text
    findings: list[Finding] = []
    run: list[tuple[str, int, int, bool]] = []  # (digits, start, end, is_weak)
    pending_multiplier = 1
    separators: list[str] = []

    def close(next_word: str) -> None:
        nonlocal run, separators
        # Leading or trailing "oh"s do not make a number a phone, but when it is one they
        # are part of it: "oh seven seven ..." is redacted from the first "oh".
        whole = run
        while run and run[-1][3]:
            run = run[:-1]
        while run and run[0][3]:
            run = run[1:]
        if run and _looks_like_phone(run, separators, next_word, text):
            start, end = base.span(whole[0][1], whole[-1][2])
            findings.append(("pii_phone", start, end, "Phone number"))
        run = []
        separators = []

    tokens = list(_PHONE_TOKEN.finditer(text))
    for index, match in enumerate(tokens):
        token = match.group(0)
        if token.isdigit():
            run.append((token * pending_multiplier, match.start(), match.end(), False))
            pending_multiplier = 1
        elif len(token) > 1 and token == "o" * len(token) and run:
            # "07700 9OO 123": capital Os typed for zeros, inside a run of digits.
            run.append(("0" * len(token), match.start(), match.end(), True))
        elif token in _DIGIT_WORDS and (
            token not in _WEAK_DIGIT_WORDS or run or _digit_follows(tokens, index)
        ):
            run.append((_DIGIT_WORDS[token] * pending_multiplier, match.start(), match.end(),
                        token in _WEAK_DIGIT_WORDS))  # fmt: skip
            pending_multiplier = 1
        elif token in _MULTIPLIERS and (run or _digit_follows(tokens, index)):
            pending_multiplier = _MULTIPLIERS[token]
        elif token.isspace() or token in _PHONE_SEPARATORS:
            if not token.isspace():
                separators.append(token)
        else:
            next_word = token if token.isalpha() else ""
            close(next_word)
            pending_multiplier = 1
    close("")
    return findings


def _digit_follows(tokens: list[re.Match], index: int) -> bool:
    for match in tokens[index + 1 : index + 6]:
        token = match.group(0)
        if token.isdigit() or (token in _DIGIT_WORDS and token not in _WEAK_DIGIT_WORDS):
            return True
        if token.isspace() or token in _PHONE_SEPARATORS or token in _MULTIPLIERS:
            continue
        if token in _WEAK_DIGIT_WORDS:
            continue
        return False
    return False


def _looks_like_phone(
    run: list[tuple[str, int, int, bool]], separators: list[str], next_word: str, text: str
) -> bool:
    digits = "".join(part[0] for part in run)
    if len(digits) < _MIN_PHONE_DIGITS:
        return False
    groups = [part[0] for part in run]
    raw = text[run[0][1] : run[-1][2]]
    # Counting and countdowns: 10 9 8 7 6 5 4 3 2 1, one two three four five six seven.
    if len(groups) >= 3 and all(g.isdigit() and len(g) <= 3 for g in groups):
        values = [int(g) for g in groups]
        steps = {b - a for a, b in zip(values, values[1:], strict=False)}
        if steps in ({1}, {-1}):
            return False
    # Years: "from 1990-2000", "2019 2020 2021".
    if all(re.fullmatch(r"(?:1[5-9]|20)\d\d", g) for g in groups):
        return False
    # 300,000,000 or 1,000,000: a big number, not a phone.
    if re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?", raw):
        return False
    # 3.14159265 or 4.6: a decimal.
    if re.fullmatch(r"\d+\.\d+", raw) and not raw.startswith("0"):
        return False
    # Dates: 25.12.2024, 2024-11-25.
    if re.fullmatch(r"\d{1,2}([.\-])\d{1,2}\1\d{2,4}|\d{4}([.\-])\d{1,2}\2\d{1,2}", raw):
        return False
    # "150000000 km", "4 600 000 000 years": a measurement, unless it starts like a phone.
    return not (next_word in _UNITS and not digits.startswith("0") and "+" not in separators)


# ---------------------------------------------------------------- emails and links

_DOT = r"(?:\s{0,2}\.\s{0,2}|\s{0,3}[(\[{<]\s{0,2}dot\s{0,2}[)\]}>]\s{0,3}|\s{1,3}dot\s{1,3})"
_POPULAR_TLDS = (
    "com|org|net|co|uk|io|gg|tv|me|ly|app|xyz|info|biz|online|site|fun|games|live|"
    "club|store|shop|edu|gov|us|ca|au|de|fr|es|it|nl|ie|in|ru|cn|jp|be|link|page|gl|to"
)
_EMAIL_PROVIDER = re.compile(
    r"\b(?:gmail|hotmail|outlook|yahoo|icloud|aol|btinternet|live|protonmail)(?:\s?dot\s?|\.)com\b"
)
_URL = re.compile(r"\b(?:https?\s?:\s?/\s?/|www\s?\.)[^\s<>\"']{1,200}")
_DOMAIN = re.compile(
    rf"(?<![a-z0-9@.\-])[a-z0-9][a-z0-9\-]{{0,62}}(?:\.[a-z0-9\-]{{1,62}}){{0,3}}"
    rf"(?:\.|\s(?:dot)\s|\s?[(\[]dot[)\]]\s?)(?:{_POPULAR_TLDS})\b(?:/[^\s]{{0,100}})?"
)
_DOMAIN_WITH_PATH = re.compile(
    r"(?<![a-z0-9@.\-])[a-z0-9][a-z0-9\-]{0,62}\.([a-z]{2,24})/[^\s]{0,100}"
)


@lru_cache(maxsize=1)
def _all_tlds() -> frozenset[str]:
    """IANA's list as shipped inside urlextract (read directly: never downloaded)."""
    try:
        data = resources.files("urlextract").joinpath("data/tlds-alpha-by-domain.txt")
        lines = data.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return frozenset()
    return frozenset(line.strip().lower() for line in lines if line and not line.startswith("#"))


# "look at coolgames dot com" is a link, not an email to "look".
_NOT_MAILBOX = lexicon.COMMON_WORDS | word_set(
    "game games play site website page them work works worked working job jobs"
)


_PROVIDERS = "gmail|googlemail|hotmail|outlook|yahoo|ymail|icloud|aol|protonmail|btinternet|msn"
# "@", "(at)" or a spoken " at ": named, so a spoken address's local part can be extended.
_AT_NAMED = r"(?P<at>\s{0,3}@\s{0,3}|\s{0,3}[(\[{<]\s{0,2}at\s{0,2}[)\]}>]\s{0,3}|\s{1,3}at\s{1,3})"
# "samjones at gmail", "sam@gmailcom": a provider's name after "at" is enough.
_EMAIL_AT_PROVIDER = re.compile(
    rf"(?<![a-z0-9._%+\-])(?P<local>[a-z0-9][a-z0-9._%+\-]{{0,63}}){_AT_NAMED}"
    rf"(?:{_PROVIDERS})(?:com|net|couk|co|uk)?(?:{_DOT}(?:{_POPULAR_TLDS})){{0,3}}\b"
)
_EMAIL_NAMED = re.compile(
    rf"(?<![a-z0-9._%+\-])(?P<local>[a-z0-9][a-z0-9._%+\-]{{0,63}}){_AT_NAMED}[a-z0-9][a-z0-9\-]{{0,62}}"
    rf"(?:{_DOT}[a-z0-9\-]{{1,62}}){{0,2}}{_DOT}(?:{_POPULAR_TLDS})\b"
)
# Letters spelled apart, "s a m" or "g.m.a.i.l": joined before looking for an address.
_SPELLED = re.compile(
    r"(?<![a-z0-9])[a-z0-9](?P<sep> {1,2}|\.)[a-z0-9](?:(?P=sep)[a-z0-9])*(?![a-z0-9])"
)
# A spoken address's local part runs back over words to a natural start: "email is",
# "email me", "write to", a comma or colon, or the start of the text.
_LOCAL_WORD = re.compile(r"([a-z0-9][a-z0-9_%+\-]*|[(\[{<]dot[)\]}>]) {1,3}$")
_LOCAL_STOP = word_set(
    """is me my its it s email emails mail e address addy at to on contact write message msg
    send and or but was are im i am hi hello hey thanks thx please use try from with by via
    ur your mine called named the this that here"""
)
_MAX_LOCAL_WORDS = 6


def squeeze_spelled(base: Mapped) -> Mapped:
    """`base` with letters spelled apart joined up ("s a m" -> "sam"), same offsets map."""
    text = base.text
    if not _SPELLED.search(text):
        return base
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for match in _SPELLED.finditer(text):
        for i in range(pos, match.start()):
            chars.append(text[i])
            starts.append(base.starts[i])
            ends.append(base.ends[i])
        for i in range(match.start(), match.end()):
            if text[i].isalnum():
                chars.append(text[i])
                starts.append(base.starts[i])
                ends.append(base.ends[i])
        if ends:
            ends[-1] = base.ends[match.end() - 1]
        pos = match.end()
    for i in range(pos, len(text)):
        chars.append(text[i])
        starts.append(base.starts[i])
        ends.append(base.ends[i])
    return Mapped("".join(chars), tuple(starts), tuple(ends))


def _local_start(text: str, start: int) -> int:
    """Extend a spoken local part back: "sam dot jones", "bright giraffe sixty four"."""
    for _ in range(_MAX_LOCAL_WORDS):
        match = _LOCAL_WORD.search(text, max(0, start - 40), start)
        if match is None or match.group(1) in _LOCAL_STOP:
            break
        start = match.start(1)
    return start


def find_emails(base: Mapped) -> list[Finding]:
    findings: list[Finding] = []
    squeezed = squeeze_spelled(base)
    views = (base,) if squeezed is base else (base, squeezed)
    for view in views:
        text = view.text
        for pattern in (_EMAIL_NAMED, _EMAIL_AT_PROVIDER):
            for match in pattern.finditer(text):
                local, at = match.group("local"), match.group("at")
                if at.strip() == "at" and local in _NOT_MAILBOX:
                    continue
                start = match.start()
                if at != "@":
                    start = _local_start(text, start)
                findings.append(("pii_email", *view.span(start, match.end()), "Email address"))
    if not findings:
        for match in _EMAIL_PROVIDER.finditer(base.text):
            start, end = base.span(match.start(), match.end())
            findings.append(("pii_email", start, end, "Email provider named"))
    return _widest(findings)


def _widest(findings: list[Finding]) -> list[Finding]:
    """Drop a finding whose span lies inside another's."""
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f[1], -f[2])):
        if not any(k[1] <= finding[1] and finding[2] <= k[2] for k in kept):
            kept.append(finding)
    return kept


def find_links(base: Mapped, emails: list[Finding]) -> list[Finding]:
    taken = [(f[1], f[2]) for f in emails]
    findings: list[Finding] = []
    tlds = _all_tlds()
    seen: list[tuple[int, int]] = []
    for pattern in (_URL, _DOMAIN, _DOMAIN_WITH_PATH):
        for match in pattern.finditer(base.text):
            if pattern is _DOMAIN_WITH_PATH and match.group(1) not in tlds:
                continue
            # Spelled-out "dot": "the dot com boom" is history, "coolgames dot com" a link.
            label = match.group(0).split(" ")[0].split("(")[0]
            if pattern is _DOMAIN and " " in match.group(0) and label in lexicon.COMMON_WORDS:
                continue
            start, end = base.span(match.start(), match.end())
            if any(s <= start < e for s, e in taken + seen):
                continue
            seen.append((start, end))
            findings.append(("link", start, end, "Link or web address"))
    return findings


# ---------------------------------------------------------------- handles and contact

_PLATFORMS = (
    r"roblox|minecraft|fortnite|discord|snap|snapchat|sc|insta|instagram|ig|tiktok|tik tok|"
    r"whatsapp|whats app|xbox|xbox live|psn|playstation|ps4|ps5|steam|youtube|yt|twitch|kik|"
    r"telegram|facebook|fb|messenger|twitter|x|threads|pinterest|switch|nintendo|among us|"
    r"brawl stars|clash royale|animal jam|wechat|signal|skype|zoom|facetime|reddit|bereal"
)
_HANDLE_PHRASES = re.compile(
    rf"\b(?:(?:add|follow|find|friend|search for|look for|dm|message|msg|chat to|chat with|play with|join)"
    rf" me on (?:{_PLATFORMS})|(?:snap|insta|discord|kik|whatsapp|facetime) me"
    rf"|my (?:user ?name|gamer ?tag|tag|ign|handle|account|channel|profile|snap|insta|"
    rf"(?:{_PLATFORMS}) (?:name|username|user|id|is))(?: is| its| s|:)?(?: [a-z0-9_.]{{2,30}})?"
    rf"|(?:im|i am|i m) [a-z0-9_.]{{2,30}} on (?:{_PLATFORMS}))\b"
)
_AT_HANDLE = re.compile(r"(?<![a-z0-9._%+\-])@[a-z0-9_.]{2,30}[a-z0-9_]")
_GAMER_TAG = re.compile(r"(?<![a-z0-9_])[a-z]{2,20}_?[a-z]*_[a-z0-9_]{1,20}(?![a-z0-9_])")
_CONTACT = re.compile(
    r"\b(?:add me|meet me|meet up|meetup|message me|msg me|call me|text me|txt me|dm me|pm me|"
    r"ring me|phone me|email me|e mail me|write to me|chat with me|chat to me|video call me|"
    r"facetime me|lets meet|let s meet|come to my house|come round my house|visit me|"
    r"contact me|send me a message|inbox me|hmu|hit me up)\b"
)


def find_handles(words: Mapped, base: Mapped, original: str) -> list[Finding]:
    findings: list[Finding] = []
    for match in _HANDLE_PHRASES.finditer(words.text):
        start, end = words.span(match.start(), match.end())
        findings.append(("pii_social_handle", start, end, "Game or social media handle"))
    for match in _AT_HANDLE.finditer(base.text):
        start, end = base.span(match.start(), match.end())
        findings.append(("pii_social_handle", start, end, "@handle"))
    if findings:
        # With a handle phrase, a name like "SkyRacer_44" nearby is the handle itself.
        for match in _GAMER_TAG.finditer(base.text):
            start, end = base.span(match.start(), match.end())
            findings.append(("pii_social_handle", start, end, "Username"))
    return findings


def find_contact_requests(words: Mapped) -> list[Finding]:
    return [
        ("contact_request", *words.span(m.start(), m.end()), "Asks to be contacted")
        for m in _CONTACT.finditer(words.text)
    ]


# ---------------------------------------------------------------- addresses and schools

_STREET = (
    r"street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|place|"
    r"grove|gardens|gdns|terrace|mews|walk|square|sq|row|hill|rise|view|parade|boulevard|blvd|"
    r"green|park"
)
_NOT_STREET_NAME = word_set(
    """a an up down to of and or in on at my our your his her their some steep km miles
    metres meters mile times years people kids"""
)
_ADDRESS = re.compile(rf"\b(\d{{1,4}}[a-z]?)((?: [a-z']{{2,20}}){{1,3}}) (?:{_STREET})\b")
_LIVE_ON_STREET = re.compile(
    rf"\b(?:i|we) (?:live|lives|living|stay) (?:on|at|in) ((?:[a-z']{{2,20}} ){{1,3}})(?:{_STREET})\b"
)
_POSTCODE = re.compile(r"\b(?:gir ?0aa|[a-z]{1,2}\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2})\b")
_SCHOOL_WORDS = (
    r"primary school|primary|academy|juniors|junior school|infants|infant school|high school|"
    r"secondary school|secondary|grammar school|grammar|prep school|prep|middle school|"
    r"elementary school|elementary|community school|free school|c of e|ce primary|college|school"
)
# After a capitalised name, plain "school" or "college" is too often a sentence start
# ("Yesterday School was fun"), so only the specific words count there.
_NAMED_SCHOOL_WORDS = (
    r"primary school|primary|academy|juniors|junior school|infants|infant school|high school|"
    r"secondary school|grammar school|prep school|middle school|elementary school|"
    r"elementary|community school|c of e primary|ce primary"
)
_SCHOOL = re.compile(
    rf"(?i:\b(?:st|saint)\.? [a-z'’]{{2,20}}(?: (?:c of e|ce|rc|catholic|church))?"
    rf" (?:{_SCHOOL_WORDS})\b)|\b[A-Z][a-zA-Z'’\-]{{1,20}}(?: [A-Z][a-zA-Z'’\-]{{1,20}}){{0,2}}"
    rf" (?i:{_NAMED_SCHOOL_WORDS})\b"
)
_SCHOOL_PHRASE = re.compile(
    rf"\b(?:my school is(?: called)?|my schools name is|my school s name is|i go to|i attend|we go to|"
    rf"i am at|im at|i m at)(?: [a-z']{{2,20}}){{1,3}} (?:{_SCHOOL_WORDS})\b"
    r"|\bmy school is called [a-z']{2,20}(?: [a-z']{2,20})?"
)
# Capitalised words that look like a school's name but are not one.
_NOT_SCHOOL_NAME = word_set(
    """the my our a an i at in to at this that his her their your every new old big best
    high primary secondary"""
)


def find_addresses(words: Mapped, base: Mapped) -> list[Finding]:
    findings = []
    for match in _ADDRESS.finditer(words.text):
        name_words = match.group(2).split()
        if any(w in _NOT_STREET_NAME for w in name_words):
            continue
        findings.append(("pii_address", *words.span(match.start(), match.end()), "Address"))
    for match in _LIVE_ON_STREET.finditer(words.text):
        if any(w in _NOT_STREET_NAME for w in match.group(1).split()):
            continue
        findings.append(("pii_address", *words.span(match.start(), match.end()), "Street"))
    for match in _POSTCODE.finditer(base.text):
        token = match.group(0)
        # A postcode has letters both sides of the digits: "ls1 4ab", "sw1a 1aa".
        if not re.search(r"\d", token[-3:]):
            continue
        findings.append(("pii_address", *base.span(match.start(), match.end()), "Postcode"))
    return findings


def find_schools(original: str, words: Mapped) -> list[Finding]:
    findings = []
    for match in _SCHOOL.finditer(original):
        first = match.group(0).split(" ")[0].strip(".").casefold()
        if first in _NOT_SCHOOL_NAME:
            continue
        findings.append(("pii_school", match.start(), match.end(), "School name"))
    for match in _SCHOOL_PHRASE.finditer(words.text):
        span = words.span(match.start(), match.end())
        if any(s <= span[0] < e or span[0] <= s < span[1] for _, s, e, _ in findings):
            continue
        findings.append(("pii_school", *span, "School name"))
    return findings


# ---------------------------------------------------------------- names, age and place

_NAME_TRIGGER = (
    r"(?i:\bmy (?:full |real |whole )?name(?: is|['’]s|s)|\bi['’]?m called|\bi am called|"
    r"\bcall me|\bi['’]?m|\bi am|\bthis is|\bit['’]?s me,?|\bsigned|\blove from|\bfrom)"
)
_NAME_CAPITALISED = re.compile(
    _NAME_TRIGGER + r"\s+([A-Z][a-zA-Z'\-]{1,20})\s+([A-Z][a-zA-Z'\-]{1,25})\b"
)
_NAME_LOWER = re.compile(
    r"(?i:\bmy (?:full |real |whole )?name(?: is|['’]s|s)|\bi['’]?m called|\bi am called)"
    r"\s+([a-z][a-z'\-]{1,20})\s+([a-z][a-z'\-]{1,25})\b"
)
_NOT_NAME = lexicon.COMMON_WORDS | word_set(
    """and from in at the very so really super too not just going gonna live living years
    year old age aged mum dad nan grandad grandma brother sister"""
)


def find_names(original: str) -> list[Finding]:
    findings = []
    for pattern in (_NAME_CAPITALISED, _NAME_LOWER):
        for match in pattern.finditer(original):
            first, last = match.group(1), match.group(2)
            if first.casefold() in _NOT_NAME or last.casefold() in _NOT_NAME:
                continue
            if f"{first} {last}".casefold() in lexicon.WELL_KNOWN_PEOPLE:
                continue
            if pattern is _NAME_LOWER or not re.match(r"(?i)from\b", match.group(0)):
                findings.append(("pii_name", match.start(1), match.end(2), "Full name"))
            elif match.end(2) >= len(original.rstrip(" .!")) - 1:
                # "from Jane Smith" only as a sign-off at the end.
                findings.append(("pii_name", match.start(1), match.end(2), "Full name"))
    return _dedupe(findings)


_AGE_WORD = r"(?:five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)"
_AGE = re.compile(
    rf"\b(?:(?:im|i m|i am|iam)(?: only| just| nearly| almost| now)? (?:\d{{1,2}}|{_AGE_WORD})"
    rf"(?! (?:percent|points|pm|am|oclock|o clock|minutes|mins|hours|seconds|times|out of))\b"
    rf"|(?:\d{{1,2}}|{_AGE_WORD}) (?:years|year|yrs|yr) old|(?:\d{{1,2}}|{_AGE_WORD}) yo"
    rf"|(?:aged|age|i turned|i just turned) (?:\d{{1,2}}|{_AGE_WORD}))\b"
)
_PLACE = re.compile(
    r"\b(?:i live in|i live near|i live at|i live by|we live in|we live near|im from|i m from|"
    r"i am from|i come from|my town is|my city is|my village is)"
    r" ([a-z][a-z\-]{1,30}(?: [a-z][a-z\-]{1,30})?)"
)
_PLACE_AFTER_AGE = re.compile(r" (?:and )?(?:i )?(?:live )?(?:from|in|near) ([a-z][a-z\-]{1,30})\b")
_NOT_PLACE = word_set(
    """a an the my our year yr class love bed school trouble fact total all charge time bits
    one two three four five six seven eight nine ten"""
)
_FROM_PLACE = re.compile(r"\b(?:from|in) ([A-Z][a-z\-]{2,30})\b")


def find_age_location(original: str, words: Mapped) -> list[Finding]:
    """Age plus any place (town or country) is held; a place on its own is fine.

    "I live in Scotland and it snowed!" says nothing that narrows a child down; "im 9 and i
    live in Leeds" gives an age and a town together, which moderators must not publish.
    """
    ages = list(_AGE.finditer(words.text))
    if not ages:
        return []
    places = []
    for match in _PLACE.finditer(words.text):
        place = match.group(1).split(" ")[0]
        if place in ("a", "the", "my", "year", "class", "bed", "school", "love", "fear"):
            continue
        places.append(words.span(match.start(), match.end()))
    for match in _FROM_PLACE.finditer(original):
        if match.group(1).casefold() not in _NOT_NAME:
            places.append((match.start(), match.end()))
    for age in ages:
        # "im 8 in leeds", "im 9 from york": a place straight after the age.
        after = _PLACE_AFTER_AGE.match(words.text, age.end())
        if after and after.group(1) not in _NOT_PLACE:
            places.append(words.span(after.start(1), after.end(1)))
    if not places:
        return []
    findings = [("pii_age_location", *words.span(m.start(), m.end()), "Age") for m in ages]
    findings += [("pii_age_location", s, e, "Where they live") for s, e in places]
    return _dedupe(findings)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen = set()
    out = []
    for finding in findings:
        key = (finding[0], finding[1], finding[2])
        if key not in seen:
            seen.add(key)
            out.append(finding)
    return out
