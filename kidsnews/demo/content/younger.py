"""Easier versions of six demo stories, for readers aged 6 to 8 (issue 13).

Written for kidsnews: short sentences, everyday words, the same facts as the main story.
Keyed by the story's slug; the loader adds them as each story's younger version.
"""

YOUNGER_VERSIONS: dict[str, dict] = {
    "moon-rocket-test-flight": {
        "title": "A new Moon rocket flies for the first time",
        "summary": "A big new rocket went up into space. No people were on board.",
        "body": [
            (
                "paragraph",
                "<p>A very big rocket went up into space. It was its first test. There were "
                "no people on board this time.</p>",
            ),
            (
                "paragraph",
                "<p>One day the rocket will take people to the Moon. First, the team must "
                "check that it works well.</p>",
            ),
            ("subheading", "A loud start"),
            (
                "paragraph",
                "<p>Fire came out of the bottom. The ground shook. The rocket went up and up "
                "until it was a small dot in the sky.</p>",
            ),
            ("closing_question", "Would you like to go to the Moon?"),
        ],
    },
    "penguin-chicks-hatch-zoo": {
        "title": "Two baby penguins are born at the zoo",
        "summary": "Two fluffy penguin chicks came out of their eggs at the zoo.",
        "body": [
            (
                "paragraph",
                "<p>Two baby penguins came out of their eggs at the city zoo. They are grey and "
                "soft. They are called chicks.</p>",
            ),
            (
                "paragraph",
                "<p>Mum and Dad keep the chicks warm. They also give them fish to eat. The chicks "
                "get bigger every day.</p>",
            ),
            ("subheading", "Time to swim"),
            (
                "paragraph",
                "<p>Soon the chicks will lose their soft grey coats. Then they will have black "
                "and white coats. Then they can swim in the pool.</p>",
            ),
            ("closing_question", "What name would you give a baby penguin?"),
        ],
    },
    "hedgehog-highways-gardens": {
        "title": "A street makes paths for hedgehogs",
        "summary": "People made little holes in their fences so hedgehogs can walk through.",
        "body": [
            (
                "paragraph",
                "<p>Hedgehogs like to walk a long way at night. They look for food, like bugs "
                "and worms.</p>",
            ),
            (
                "paragraph",
                "<p>But fences can stop them. So the people on one street made small holes in "
                "their fences. Now the hedgehogs can go from garden to garden.</p>",
            ),
            ("subheading", "How you can help"),
            (
                "paragraph",
                "<p>Ask a grown-up to help you. You can leave out a dish of water. Do not give "
                "hedgehogs milk. It makes them ill.</p>",
            ),
            ("closing_question", "Have you ever seen a hedgehog?"),
        ],
    },
    "octopus-solves-puzzle-box": {
        "title": "A clever octopus opens a box",
        "summary": "An octopus called Marbles opened a box to get a crab to eat.",
        "body": [
            (
                "paragraph",
                "<p>An octopus called Marbles lives at the sea life centre. The keepers put a "
                "crab in a box. The box was shut tight.</p>",
            ),
            (
                "paragraph",
                "<p>Marbles looked at the box. She felt it with her long arms. Then she pulled "
                "the lid and it came off!</p>",
            ),
            ("subheading", "Eight arms"),
            (
                "paragraph",
                "<p>An octopus has eight arms. Each arm can feel and taste. That helps Marbles "
                "find out how things work.</p>",
            ),
            ("closing_question", "What would you put in a box for Marbles?"),
        ],
    },
    "girls-football-team-wins-cup": {
        "title": "A girls' football team wins a big cup",
        "summary": "A school girls' team won the cup after a very close game.",
        "body": [
            (
                "paragraph",
                "<p>A team of girls from a primary school played in a big cup game. The game "
                "was very close. At the end, the score was the same.</p>",
            ),
            (
                "paragraph",
                "<p>So each team took turns to kick the ball at the goal. The girls scored "
                "more goals. They won the cup!</p>",
            ),
            ("subheading", "A happy team"),
            (
                "paragraph",
                "<p>The girls jumped and cheered. Their coach said they played well as a team. "
                "They help each other, win or lose.</p>",
            ),
            ("closing_question", "What sport do you like to play?"),
        ],
    },
    "young-fossil-hunter-finds-ammonite": {
        "title": "A girl finds a very old shell on the beach",
        "summary": "A young fossil hunter found a stone shell that is older than many dinosaurs.",
        "body": [
            (
                "paragraph",
                "<p>A girl went to the beach with her dad. She saw a round stone with a swirl on "
                "it. It was a fossil!</p>",
            ),
            (
                "paragraph",
                "<p>A fossil is what is left of an animal from long, long ago. This one was a "
                "sea animal with a shell. It lived before many dinosaurs.</p>",
            ),
            ("subheading", "Off to the museum"),
            (
                "paragraph",
                "<p>She took the fossil to the museum. The people there were very happy. Now "
                "other children can see it too.</p>",
            ),
            ("closing_question", "What would you like to find on a beach?"),
        ],
    },
}
