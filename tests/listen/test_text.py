"""What a sentence is, and how the page marks it: the same cut for the audio and the HTML."""

from kidsnews.listen.audio import Cue, parse_webvtt_ends, webvtt
from kidsnews.listen.text import segment_html, split_sentences


def test_sentences_end_at_stops_but_not_after_titles_initials_or_decimals():
    assert split_sentences(
        'Dr. Smith met Mr. Jones at 3.30 pm. It was fun! "Wow," said J. K. Rowling. The end?'
    ) == [
        "Dr. Smith met Mr. Jones at 3.30 pm.",
        "It was fun!",
        '"Wow," said J. K. Rowling.',
        "The end?",
    ]


def test_marked_html_keeps_its_tags_and_text_and_gives_the_same_sentences():
    html, sentences = segment_html(
        "<p>Penguins <b>love the cold. Ice</b> is fun &amp; safe.</p><ul><li>One fish</li></ul>",
        "ls-x",
    )
    assert [(s.cue_id, s.text) for s in sentences] == [
        ("ls-x-0", "Penguins love the cold."),
        ("ls-x-1", "Ice is fun & safe."),
        ("ls-x-2", "One fish"),
    ]
    # A sentence split by a tag becomes several spans; only the first carries the id.
    assert html == (
        '<p><span class="listen-s" data-cue="ls-x-0" id="ls-x-0">Penguins </span><b>'
        '<span class="listen-s" data-cue="ls-x-0">love the cold.</span> '
        '<span class="listen-s" data-cue="ls-x-1" id="ls-x-1">Ice</span></b>'
        '<span class="listen-s" data-cue="ls-x-1"> is fun &amp; safe.</span></p>'
        '<ul><li><span class="listen-s" data-cue="ls-x-2" id="ls-x-2">One fish</span></li></ul>'
    )


def test_markup_in_the_words_stays_text():
    html, sentences = segment_html("&lt;script&gt;alert(1)&lt;/script&gt; Hi.", "ls-t")
    assert "<script" not in html and "&lt;script&gt;" in html
    assert sentences[0].text == "<script>alert(1)</script> Hi."
    vtt = webvtt([Cue("ls-t-0", 0, 1.5, sentences[0].text + " --> x")])
    assert "<script" not in vtt and vtt.count("-->") == 1
    assert parse_webvtt_ends(vtt) == [1.5]
