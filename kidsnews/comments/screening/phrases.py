"""Grooming-like requests, words of distress and threats: phrases, matched on the word view
(lower case, leetspeak undone, apostrophes dropped, punctuation folded to single spaces)."""

from __future__ import annotations

import re

_YOU = r"(?:you|u|ya|yu)"
_ARE = r"(?:are|r|re)"
_PARENT = r"(?:mum|mom|mam|mummy|mommy|dad|daddy|parents|parent|mum and dad|teacher|teachers|anyone|anybody|nobody|family|carer|grown ups?|adults?)"
_PIC = r"(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|pix|image|video|vid)"

GROOMING = re.compile(
    rf"\b(?:how old {_ARE} {_YOU}|hw old {_ARE} {_YOU}|whats {_YOU}r age|what is your age|ur age"
    rf"|{_ARE} {_YOU} (?:home )?alone|{_ARE} {_YOU}r parents (?:home|in|out|around|there|watching)"
    rf"|is any ?one (?:else )?(?:home|with you|watching)"
    rf"|(?:dont|do not|never|dnt) tell (?:your|ur|yr)? ?{_PARENT}"
    rf"|(?:dont|do not|never) tell anyone"
    rf"|(?:send|snap|show) me (?:a |an |some |your |ur )?{_PIC}"
    rf"|send (?:your|ur) {_PIC}|can i (?:have|see|get) (?:a |your |ur )?{_PIC}"
    rf"|what school (?:do|does|did) {_YOU} go|which school (?:do|does) {_YOU} go"
    rf"|what school {_ARE} {_YOU}|where do {_YOU} go to school|what s your school"
    rf"|whats your school|where do {_YOU} live|where {_YOU} live|whats your address"
    rf"|what is your address|wheres your house"
    rf"|whats your (?:number|phone number|snap|insta|real name|name|full name|surname)"
    rf"|what is your (?:number|phone number|real name|name|full name|surname)|can i (?:have|get) your (?:number|address)"
    rf"|give me your (?:number|address|snap)"
    rf"|keep (?:it|this|that) (?:a |our )?(?:secret|between us)|our (?:little )?secret"
    rf"|(?:its|it is) a secret between us|just between (?:you and me|us)"
    rf"|(?:do|would) {_YOU} (?:want|wanna) (?:to )?meet|(?:want|wanna) to meet (?:up|me)"
    rf"|i can buy you|ill buy you|i will buy you|i ll buy you"
    rf"|{_YOU} (?:look|are) (?:so )?(?:mature|pretty|cute|beautiful|hot) for your age"
    rf"|are you a (?:boy|girl)|kiss me|be my (?:girlfriend|boyfriend)|delete (?:this|these|our) (?:message|messages|chat))\b"
)

WELLBEING = re.compile(
    r"\b(?:i (?:want|wanna|wish i could|just want) (?:to )?(?:disappear|die|be dead|vanish|not exist"
    r"|end it|kill myself|hurt myself|run away)"
    r"|i wish i (?:was|were) (?:dead|never born|not here|gone)|i wish i wasnt (?:born|alive|here)"
    r"|(?:no ?body|no one|noone|nobody) (?:likes|loves|cares about|wants|would miss|listens to|talks to) me"
    r"|(?:no ?body|no one|noone) cares|nobody cares|every ?(?:one|body) hates me"
    r"|i hate my (?:life|self)|i hate myself|my life is (?:over|pointless|horrible|awful)"
    r"|(?:hurt|hurting|hurts|cut|cutting|harm|harming|kill|killing|starve|starving) my ?self"
    r"|self harm|suicid\w*|(?:being|getting|get|am|im|i m|been) bullied|bully me|bullies me"
    r"|(?:they|people|kids|everyone|he|she) (?:bully|bullies|hit|hits|kick|kicks|hurt|hurts|pick on|picks on) me"
    r"|i (?:wanna|want to|might|could|will|ll|gonna) kms|\bkms\b|i m (?:so )?lonely|im (?:so )?lonely"
    r"|i am (?:so )?lonely|i feel (?:so )?lonely"
    r"|(?<!\bball )(?<!\bit )(?<!\bthat )(?<!\bthis )(?<!\bsun )(?<!\bwave )(?<!\bwind )"
    r"(?:hits|beats|hurts|touches|kicks|punches|slaps) me"
    r"|i have no friends|i dont have any friends|i got no friends|i am so alone|im so alone"
    r"|i feel (?:so )?(?:alone|lonely|empty|worthless|useless|scared|sad) (?:all the time|every day|always)"
    r"|i feel worthless|i am worthless|im worthless|i m worthless|i cant (?:take|do) (?:it|this) any ?more"
    r"|(?:my|our) (?:mum|mom|dad|step ?dad|step ?mum|uncle|brother|sister|parents) (?:hits|hit|hurts|beats|kicks|touches) me"
    r"|(?:scared|afraid) to go home|someone (?:is|keeps) (?:hurting|touching) me"
    r"|i dont want to (?:live|be alive|wake up)|there s no point in living|theres no point in living"
    r"|i m scared of my|im scared of my|i am scared of my|not safe at home"
    r"|i dont feel safe)\b"
)

THREAT = re.compile(
    r"\b(?:(?:i|we|ill|i ll|im|i m|imma|ima|i am|i will|we will|we ll|i am going to|im going to"
    r"|i m going to|im gonna|i m gonna|i m gunna|im gunna|i wanna|i want to|i could) "
    r"(?:kill|murder|stab|shoot|punch|smash|hurt|beat|batter|slap|kick|strangle|choke|bash|thump)"
    r"(?: up)? (?:you|u|ya|your|ur|yo|him|her|them|youse)(?: up)?"
    r"|(?:(?:you|u|ur) (?:re |are |r )?|youre |ure )(?:dead|so dead|going to die|gonna die)"
    r"|i know where (?:you|u) live|watch your back|watch ur back|kill your ?self|kill ur ?self|kys"
    r"|go die|go and die|drop dead|i ll hunt you|ill hunt you|hope you die|hope u die)\b"
)


HATE = re.compile(
    r"\b(?:go (?:back )?(?:to|2|too) (?:your|ur|yr|ya) (?:own )?(?:country|home country|homeland)"
    r"|(?:all|those|these) (?:foreigners|immigrants|refugees|muslims|jews|gays|gay people"
    r"|black people|white people|asians|gypsies) (?:are|r) (?:dirty|evil|stupid|animals|rubbish|scum)"
    r"|i hate (?:all )?(?:foreigners|immigrants|refugees|muslims|jews|christians|gays|gay people"
    r"|black people|white people|asians|gypsies))\b"
)


def find_phrases(view_text: str) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, message) in offsets of the given word-view text."""
    out = []
    for kind, pattern, message in (
        ("grooming", GROOMING, "Grooming-like question or request"),
        ("wellbeing", WELLBEING, "Child may be in distress: read first"),
        ("threat", THREAT, "Threat of harm"),
        ("hate", HATE, "Hateful word or phrase"),
    ):
        for match in pattern.finditer(view_text):
            out.append((kind, match.start(), match.end(), message))
    return out
