"""Built-in word lists for the screener. Moderator-only data: never shown to children.

Each entry is matched as a whole word after normalisation (so "Scunthorpe", "class",
"assess", "cockpit", "Dickens" and "grape" pass). A trailing "*" lets the entry take common
endings ("shit*" also catches "shitty", "shitting"); entries without it must match exactly,
because "ass" + "es" would otherwise catch "assess". Repeated letters are always allowed
("stuuupid"), so an entry must not be another word with a letter stretched: "asses" would
also match "assess".
"""


def word_set(text: str) -> frozenset[str]:
    """Whitespace-separated words: long lists stay readable as prose-like blocks."""
    return frozenset(text.split())


PROFANITY = (
    "fuck*", "fck*", "fcuk*", "fuk*", "fuq*", "fking", "fkn", "motherfuck*", "wtf", "stfu", "omfg",
    "shit*", "sht", "shite", "bullshit*", "bitch*", "biatch", "bastard*", "bollock*",
    "wank*", "twat*", "cunt*", "piss*", "crap*", "arse", "arsehole*", "ass", "asshole*", "dumbass*", "jackass*", "dickhead*", "bloody hell", "goddamn*", "damn", "dammit", "bugger*", "sod off", "feck*",
    "knobhead*", "bellend*", "slag*", "turd*", "douche*", "tosser*",
)  # fmt: skip

# Always insults, whoever they are aimed at.
INSULTS = (
    "idiot*", "idiotic", "moron*", "imbecile*", "retard*", "numpty", "nitwit*", "dimwit*",
    "cretin*", "scumbag*", "loser", "losers", "saddo", "pathetic", "shut up", "shutup",
    "stfu", "get lost", "nobody likes you", "no one likes you", "everyone hates you",
    "go away", "you suck", "u suck", "ur trash", "you are trash", "youre trash",
    "fatso", "fatty", "lard", "dweeb", "dork", "nerd face", "piece of trash", "butthead",
    "poo head", "poohead", "poopy head",
)  # fmt: skip

# Ordinary words that are only insults when aimed at someone ("you're so dumb"), not in
# "the quiz question was hard" or "a fat panda".
MILD_INSULTS = (
    "dumb", "stupid", "stoopid", "ugly", "fat", "weird", "weirdo", "freak", "freaks",
    "trash", "rubbish", "useless", "annoying", "dummy", "clown", "noob",
    # Names and objects as well as insults: "Moby Dick", "a door knob".
    "dick", "dicks", "prick", "pricks", "knob", "nob", "gay",
    "worthless", "disgusting", "gross", "horrible", "nasty", "smelly",
)  # fmt: skip


HATE = (
    "nigger*", "nigga*", "niger", "negro*", "chink*", "gook*", "paki", "pakis", "wog",
    "wogs", "spic", "spics", "kike*", "raghead*", "towelhead*", "faggot*", "fag", "fags",
    "dyke*", "tranny", "trannies", "gyppo*", "pikey*", "coon", "coons", "wetback*",
    "golliwog*", "sambo", "retards", "mong", "mongs", "spaz", "spazz*", "spastic*",
    "go back to your country", "go back to your own country", "heil hitler", "white power",
    "sieg heil",
)  # fmt: skip

SEXUAL = (
    "sex", "sexy", "sexual", "sexting", "porn*", "p0rn", "nude", "nudes", "naked pics",
    "naked pictures", "horny", "boob", "boobs", "boobies", "tits", "titties", "penis*",
    "vagina*", "dildo*", "blowjob*", "handjob*", "jizz*", "cum", "cumming", "orgasm*",
    "masturbat*", "erection*", "pussy", "pussies", "condom*", "strip for me", "send nudes",
    "suck my", "make out with me", "bj", "milf*", "hentai", "onlyfans",
)  # fmt: skip

# A small list of people children are likely to mention, so "my grandad met Tim Peake"
# or "from Greta Thunberg" are not read as a child giving their own full name.
WELL_KNOWN_PEOPLE = frozenset(
    name.casefold()
    for name in (
        "Tim Peake", "Helen Sharman", "Neil Armstrong", "Buzz Aldrin", "Yuri Gagarin",
        "Chris Hadfield", "Sally Ride", "Mae Jemison", "Samantha Cristoforetti",
        "David Attenborough", "Greta Thunberg", "Marcus Rashford", "Harry Kane",
        "Lionel Messi", "Cristiano Ronaldo", "Taylor Swift", "Ed Sheeran", "Emma Raducanu",
        "Andy Murray", "Lewis Hamilton", "Mo Farah", "Malala Yousafzai", "Jacqueline Wilson",
        "Roald Dahl", "David Walliams", "Julia Donaldson", "Michael Rosen", "Jk Rowling",
        "Charles Darwin", "Albert Einstein", "Marie Curie", "Isaac Newton", "Ada Lovelace",
        "Florence Nightingale", "Mary Anning", "Rosa Parks", "Martin Luther", "Nelson Mandela",
        "King Charles", "Prince William", "Queen Elizabeth", "Steve Backshall",
        "Joe Wicks", "Tom Daley", "Simone Biles", "Serena Williams", "Usain Bolt",
        "Leah Williamson", "Chloe Kelly", "Mary Earps", "Lucy Bronze", "Bukayo Saka",
        "Jude Bellingham", "Erling Haaland", "Mohamed Salah", "Charles Dickens",
        "William Shakespeare", "Beatrix Potter", "Dr Seuss", "Elon Musk", "Bill Gates",
        "Greta Gerwig", "Tom Holland", "Katherine Johnson",
    )
)  # fmt: skip

# Common English words: used to tell "I'm Very Happy" from "I'm Tom Smith", and to judge
# whether text reads as English at all (reversed text, letter soup).
COMMON_WORDS = word_set(
    """a about above after again against all almost also always am an and angry animal
    animals any are around as at away awesome back bad be because been before being best
    better big bit blue book both boy brilliant but by can cant cat class cold come cool could
    day did didnt do does dog dont done down each earth easy even ever every excited fact
    facts fan fast favourite few find fine first fish for friend from fun funny game get girl
    glad go going good got great had happy hard has have he her here him his home hope hot
    how i if im in interesting into is it its just kind know last like little live lol long
    look lot love lovely made make many me more most much my need never new next nice no not
    now of off oh ok old on once one only or other our out over people planet play pretty
    proud quite quiz read real really right sad said same saw say school science scored see
    she should so some sorry space sports story sure super surprised tell than thank thanks
    that the their them then there these they thing things think this time to today too tried
    true up us very want was watch way we well went were what when where which who why will
    wish with wow would yes yesterday yet you your glad cute amazing fantastic lucky news
    hello hi hey team club world week weekend year years today tomorrow morning night"""
)

# Everyday little words of other languages written in the Latin alphabet: a comment made
# mostly of these is held for "other language" (moderators must be able to read it).
FOREIGN_FUNCTION_WORDS = word_set(
    """el la los las que como estas esta es muy pero porque hola gracias amigo amiga mio
    le les des est et je tu il elle nous vous avec pour pas tres bonjour merci oui non
    der die das und ist ich du nicht mit ein eine sehr danke hallo ja nein
    il lo gli che sono ciao grazie molto non sei come va bene
    o os um uma voce obrigado muito
    jest nie tak czesc dziekuje ale"""
)

# Countries and regions: a child may say "I live in Scotland" on its own.
COUNTRIES = word_set(
    """england scotland wales ireland britain uk usa america canada australia france spain
    germany italy india china japan pakistan nigeria kenya poland africa europe asia
    brazil mexico"""
)
