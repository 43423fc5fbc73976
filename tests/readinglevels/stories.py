"""Texts the reading-level tests share: a story's two versions, as editors would write them."""

MAIN_BODY = [
    (
        "paragraph",
        "<p>Scientists in Antarctica have been watching a large group of emperor penguins. "
        "They found that the chicks huddle together in big, tight groups to stay alive when "
        "the air is colder than minus forty degrees.</p>",
    ),
    ("subheading", "Taking turns in the middle"),
    (
        "paragraph",
        "<p>The birds keep moving around, so every chick gets some time in the warm middle. "
        "Their parents come back from the ocean with food.</p>",
    ),
    ("closing_question", "How do you keep warm in winter?"),
]

# A main version written for grown-ups, far above its target of 11.
HARD_MAIN_BODY = [
    (
        "paragraph",
        "<p>Scientists studying a colony of emperor penguins in Antarctica have discovered that "
        "the chicks huddle together in enormous, carefully organised groups to survive "
        "temperatures that can fall below minus forty degrees.</p>",
    ),
]

YOUNGER_BODY = [
    (
        "paragraph",
        "<p>Penguin chicks live in a very cold place. They stand close to keep warm.</p>",
    ),
    (
        "paragraph",
        "<p>They take turns in the middle. It is warm there. Mum and Dad bring fish.</p>",
    ),
    ("closing_question", "How do you keep warm?"),
]

# A younger version that is far too hard for a six-year-old.
HARD_YOUNGER_BODY = [
    (
        "paragraph",
        "<p>Notwithstanding considerable meteorological adversity, ornithological investigators "
        "meticulously documented thermoregulatory aggregation behaviour exhibited "
        "collectively by juvenile Aptenodytes forsteri throughout the austral winter, "
        "substantiating longstanding hypotheses concerning cooperative energetic "
        "conservation.</p>",
    ),
]
