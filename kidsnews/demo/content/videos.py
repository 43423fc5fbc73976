"""Demo videos: what each shows and says. The captions are the script of each bulletin."""

VIDEOS = [
    {
        "slug": "bulletin-astronauts-home",
        "title": "Bulletin: astronauts are home",
        "summary": "Today's news in a minute: astronauts land, a new moon picture and a rescue.",
        "scene": "rocket",
        "topics": ["space"],
        "is_bulletin": True,
        "days_ago": 0,
        "hour": 7,
        "captions": [
            (0.0, 2.5, "Hello! Here is today's news."),
            (2.5, 5.5, "Four astronauts are back on Earth after six months in space."),
            (5.5, 8.5, "Their capsule floated down on big parachutes into the sea."),
            (8.5, 11.0, "They grew lettuce and tested new space suits up there."),
            (11.0, 14.0, "That's all for now. See you tomorrow!"),
        ],
    },
    {
        # The same bulletin with a signer in the corner (BSL): linked from the usual one.
        "slug": "bulletin-astronauts-home-signed",
        "title": "Bulletin: astronauts are home (with sign language)",
        "summary": "Today's news in a minute, with British Sign Language.",
        "scene": "rocket",
        "topics": ["space"],
        "is_bulletin": True,
        "version_of": "bulletin-astronauts-home",
        "version_kind": "signed",
        "signer": True,
        "days_ago": 0,
        "hour": 7,
        "captions": [
            (0.0, 2.5, "Hello! Here is today's news."),
            (2.5, 5.5, "Four astronauts are back on Earth after six months in space."),
            (5.5, 8.5, "Their capsule floated down on big parachutes into the sea."),
            (8.5, 11.0, "They grew lettuce and tested new space suits up there."),
            (11.0, 14.0, "That's all for now. See you tomorrow!"),
        ],
    },
    {
        "slug": "bulletin-whales-sing",
        "title": "Bulletin: whales that sing",
        "summary": "Yesterday's news in a minute: scientists record whales singing new songs.",
        "scene": "ocean",
        "topics": ["animals", "science-nature"],
        "is_bulletin": True,
        "days_ago": 1,
        "hour": 7,
        "captions": [
            (0.0, 2.5, "Good morning! Here is the news."),
            (2.5, 6.0, "Scientists have recorded humpback whales singing brand new songs."),
            (6.0, 9.0, "The songs spread from one group of whales to another."),
            (9.0, 12.0, "It's a bit like a tune you can't stop humming!"),
        ],
    },
    {
        "slug": "how-do-rockets-work",
        "title": "How do rockets work?",
        "summary": "A short explainer: why rockets push down to go up.",
        "scene": "space",
        "topics": ["space", "science-nature"],
        "is_bulletin": False,
        "days_ago": 3,
        "hour": 16,
        "captions": [
            (0.0, 3.0, "How does a rocket get into space?"),
            (3.0, 6.5, "It burns fuel and pushes hot gas down, very fast."),
            (6.5, 10.0, "Pushing the gas down pushes the rocket up."),
            (10.0, 13.0, "Scientists call this Newton's third law."),
            (13.0, 15.0, "Every push has an equal push back!"),
        ],
    },
]


def webvtt(cues) -> str:
    def stamp(seconds: float) -> str:
        minutes, secs = divmod(seconds, 60)
        return f"00:{int(minutes):02d}:{secs:06.3f}"

    blocks = [
        f"{number}\n{stamp(start)} --> {stamp(end)}\n{text}"
        for number, (start, end, text) in enumerate(cues, start=1)
    ]
    return "WEBVTT\n\n" + "\n\n".join(blocks) + "\n"
