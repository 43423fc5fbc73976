"""Generated nicknames (adjective + animal + number): children never type a name of their own."""

import secrets

ADJECTIVES = (
    "Brave", "Bright", "Busy", "Calm", "Clever", "Cosy", "Curious", "Dazzling", "Eager",
    "Fizzy", "Friendly", "Gentle", "Giggly", "Happy", "Jolly", "Kind", "Lively", "Lucky",
    "Merry", "Mighty", "Nifty", "Plucky", "Quick", "Quiet", "Rosy", "Shiny", "Silly", "Smiley",
    "Snappy", "Sparkly", "Speedy", "Sunny", "Swift", "Twinkly", "Witty", "Zippy",
)  # fmt: skip
ANIMALS = (
    "Badger", "Beaver", "Bunny", "Camel", "Cheetah", "Dolphin", "Duck", "Falcon", "Ferret",
    "Fox", "Gecko", "Giraffe", "Hedgehog", "Heron", "Koala", "Lemur", "Lion", "Llama", "Lynx",
    "Meerkat", "Moose", "Narwhal", "Newt", "Octopus", "Otter", "Owl", "Panda", "Parrot",
    "Penguin", "Puffin", "Rabbit", "Robin", "Seal", "Sloth", "Squirrel", "Tiger", "Toucan",
    "Turtle", "Walrus", "Wombat", "Zebra",
)  # fmt: skip


def _candidate() -> tuple[str, str]:
    """(nickname, words): the name and its words spaced apart, as the screener should read it."""
    # Never a number that reads as a reader's age ("Otter9" as "I am 9").
    number = secrets.choice(range(13, 100))
    adjective, animal = secrets.choice(ADJECTIVES), secrets.choice(ANIMALS)
    return f"{adjective}{animal}{number}", f"{adjective} {animal}"


def nickname_options(*, count: int = 4, taken=None) -> list[str]:
    """`count` fresh nicknames, each passed by the screener and not already in use."""
    from kidsnews.comments.queries import current_word_lists
    from kidsnews.comments.screening import screen

    from .models import User

    word_lists = current_word_lists()
    options: list[str] = []
    for _ in range(count * 20):
        if len(options) == count:
            break
        name, words = _candidate()
        if name in options or (taken and name in taken):
            continue
        # Every option is screened: adjective + animal pairs can still spell something unkind.
        # (Screened as words: glued together with digits it would look like a game handle.)
        if screen(words, word_lists=word_lists).reasons:
            continue
        options.append(name)
    existing = set(User.objects.filter(username__in=options).values_list("username", flat=True))
    return [name for name in options if name not in existing]
