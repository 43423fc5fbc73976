"""The demo's polls, written for kidsnews: one open on a story, one closed with its results,
one on a page of its own."""

POLLS = [
    {
        "key": "rover-name",
        "story": "children-name-moon-rover",
        "question": "Which name would you pick for a Moon rover?",
        "days_open": 14,
        "answers": [
            ("Dusty", "moon"),
            ("Moonbeam", "space"),
            ("Rocky", "rocket"),
            ("Crater Cat", None),
        ],
    },
    {
        "key": "baby-animal",
        "story": "penguin-chicks-hatch-zoo",
        "question": "Which baby animal would you most like to see?",
        "days_open": -2,  # closed two days ago: everyone sees the results
        "answers": [
            ("A penguin chick", "penguins"),
            ("A baby hedgehog", "hedgehog"),
            ("A baby octopus", "octopus"),
        ],
        # What readers like you said before it closed.
        "votes": [48, 31, 17],
    },
    {
        "key": "lunch-break",
        "page": {
            "slug": "have-your-say",
            "title": "Have your say: lunch breaks",
            "intro": "Some schools are trying longer lunch breaks so children can play more. "
            "What do you think?",
        },
        "question": "Should lunch breaks at school be longer?",
        "days_open": 30,
        "answers": [
            ("Yes, longer please!", None),
            ("No, they are just right", None),
            ("I am not sure", None),
        ],
    },
]
