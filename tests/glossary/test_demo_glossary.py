"""The demo glossary: at least 40 original definitions, each for a word the demo stories use
where it gets marked (paragraphs, fact boxes), and some with a drawn picture."""

from kidsnews.demo.content.glossary import TERMS
from kidsnews.demo.content.stories import STORIES
from kidsnews.demo.pictures import SCENES
from kidsnews.glossary.marking import Matcher, forms_index, split_forms

MARKED = {"paragraph", "fact_box"}


def test_at_least_forty_words_each_used_in_a_demo_story():
    assert len(TERMS) >= 40
    prose = " ".join(
        str(value) for story in STORIES for kind, value in story["body"] if kind in MARKED
    )
    matcher = Matcher(
        forms_index((n, [word, *split_forms(forms)]) for n, (word, forms, _, _) in enumerate(TERMS))
    )
    used = {matcher.term_for(found.group(0)) for found in matcher.finditer(prose)}
    unused = [TERMS[n][0] for n in range(len(TERMS)) if n not in used]
    assert unused == []


def test_definitions_are_short_and_some_have_a_drawn_picture():
    for word, _, definition, scene in TERMS:
        assert 20 <= len(definition) <= 200, word
        assert definition.endswith("."), word
        assert scene is None or scene in SCENES, word
    assert sum(1 for term in TERMS if term[3]) >= 10
