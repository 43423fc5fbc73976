"""Demo quizzes. Picture choices name a demo scene; the loader draws it."""


def _choices(*items):
    """("text", is_correct, "explanation") tuples as the StreamField wants them."""
    return [
        {"text": text, "is_correct": correct, "explanation": explanation}
        for text, correct, explanation in items
    ]


QUIZZES = [
    {
        "slug": "mega-space-quiz",
        "title": "Mega space quiz",
        "summary": "Ten questions about rockets, planets and astronauts. How far can you fly?",
        "promo_text": "Try our mega space quiz!",
        "scene": "space",
        "topics": ["space"],
        "days_ago": 0,
        "bands": [
            (0, "Space cadet!", "Every astronaut starts somewhere. Have another go!"),
            (5, "Rocket pilot!", "Great flying! You know lots about space."),
            (8, "Star explorer!", "Amazing! You could work at mission control."),
        ],
        "questions": [
            (
                "single",
                {
                    "question": "Which planet is closest to the Sun?",
                    "explanation": "Mercury is the smallest planet and the closest to the Sun.",
                    "choices": _choices(
                        ("Mercury", True, ""),
                        ("Venus", False, "Venus is second, but it is the hottest planet."),
                        ("Mars", False, "Mars is fourth from the Sun."),
                    ),
                },
            ),
            (
                "true_false",
                {
                    "question": "The Moon makes its own light.",
                    "is_true": False,
                    "explanation": "The Moon shines because sunlight bounces off it.",
                    "true_explanation": "",
                    "false_explanation": "",
                },
            ),
            (
                "multiple",
                {
                    "question": "Which of these are planets? Pick all the right ones.",
                    "explanation": "Jupiter and Saturn are planets. The Sun is a star and the Moon "
                    "goes round the Earth.",
                    "choices": _choices(
                        ("Jupiter", True, ""),
                        ("The Sun", False, "The Sun is a star, not a planet."),
                        ("Saturn", True, ""),
                        ("The Moon", False, "The Moon is Earth's moon."),
                    ),
                },
            ),
            (
                "picture",
                {
                    "question": "Which picture shows a rocket?",
                    "explanation": "Rockets are tall and thin, with fire coming out at the bottom.",
                    "choices": [
                        {
                            "scene": "rocket",
                            "label": "Picture A",
                            "alt": "A red rocket blasting off",
                            "is_correct": True,
                            "explanation": "",
                        },
                        {
                            "scene": "moon",
                            "label": "Picture B",
                            "alt": "The Moon in a starry sky",
                            "is_correct": False,
                            "explanation": "That one is the Moon.",
                        },
                        {
                            "scene": "ocean",
                            "label": "Picture C",
                            "alt": "Waves on the sea",
                            "is_correct": False,
                            "explanation": "That one is the sea.",
                        },
                    ],
                },
            ),
            (
                "single",
                {
                    "question": "What do astronauts wear on a space walk?",
                    "explanation": "A space suit gives astronauts air and keeps them warm and safe.",
                    "choices": _choices(
                        ("A space suit", True, ""),
                        ("A wetsuit", False, "Wetsuits are for swimming."),
                        ("A raincoat", False, ""),
                    ),
                },
            ),
            (
                "true_false",
                {
                    "question": "There is no air to breathe in space.",
                    "is_true": True,
                    "explanation": "Space is almost empty, so astronauts take air with them.",
                    "true_explanation": "",
                    "false_explanation": "",
                },
            ),
            (
                "multiple",
                {
                    "question": "Which of these have people walked on? Pick all the right ones.",
                    "explanation": "People have walked on the Earth and the Moon, but not yet on Mars.",
                    "choices": _choices(
                        ("The Earth", True, ""),
                        ("The Moon", True, "Twelve astronauts walked on the Moon."),
                        ("Mars", False, "Only robots have been to Mars so far."),
                    ),
                },
            ),
            (
                "picture",
                {
                    "question": "Which picture shows the Moon?",
                    "explanation": "The Moon is grey and covered in round craters.",
                    "choices": [
                        {
                            "scene": "space",
                            "label": "Picture A",
                            "alt": "Planets and stars",
                            "is_correct": False,
                            "explanation": "",
                        },
                        {
                            "scene": "moon",
                            "label": "Picture B",
                            "alt": "The Moon in a starry sky",
                            "is_correct": True,
                            "explanation": "",
                        },
                        {
                            "scene": "tree",
                            "label": "Picture C",
                            "alt": "A big green tree",
                            "is_correct": False,
                            "explanation": "",
                        },
                    ],
                },
            ),
            (
                "single",
                {
                    "question": "How long does the Earth take to go once round the Sun?",
                    "explanation": "One trip round the Sun takes a year: about 365 days.",
                    "choices": _choices(
                        ("A day", False, "A day is one spin of the Earth."),
                        ("A month", False, ""),
                        ("A year", True, ""),
                    ),
                },
            ),
            (
                "true_false",
                {
                    "question": "The Sun is a star.",
                    "is_true": True,
                    "explanation": "The Sun is our closest star. The others are much further away.",
                    "true_explanation": "",
                    "false_explanation": "",
                },
            ),
        ],
    },
    {
        "slug": "animal-record-breakers",
        "title": "Animal record breakers",
        "summary": "Fastest, tallest, loudest: four questions about amazing animals.",
        "promo_text": "",
        "scene": "animals",
        "topics": ["animals"],
        "days_ago": 2,
        "bands": [
            (0, "Animal spotter!", "Keep looking out for amazing animals."),
            (3, "Wildlife expert!", "Brilliant! You know your animals."),
        ],
        "questions": [
            (
                "single",
                {
                    "question": "Which is the tallest animal?",
                    "explanation": "Giraffes can grow taller than a double-decker bus.",
                    "choices": _choices(
                        ("Giraffe", True, ""), ("Elephant", False, ""), ("Horse", False, "")
                    ),
                },
            ),
            (
                "true_false",
                {
                    "question": "A blue whale is the biggest animal that has ever lived.",
                    "is_true": True,
                    "explanation": "Blue whales are even bigger than the biggest dinosaurs.",
                    "true_explanation": "",
                    "false_explanation": "",
                },
            ),
            (
                "multiple",
                {
                    "question": "Which of these animals can fly? Pick all the right ones.",
                    "explanation": "Bats and most birds can fly. Penguins swim instead.",
                    "choices": _choices(
                        ("Bat", True, ""), ("Penguin", False, "Penguins swim!"), ("Eagle", True, "")
                    ),
                },
            ),
            (
                "single",
                {
                    "question": "Which is the fastest land animal?",
                    "explanation": "A cheetah can run as fast as a car on a main road.",
                    "choices": _choices(
                        ("Cheetah", True, ""), ("Tortoise", False, ""), ("Cow", False, "")
                    ),
                },
            ),
        ],
    },
]
