"""The site's own pages (footer): original text, written for children first and adults after.

Each page is (slug, title, intro, body), body a list of StreamField blocks as (type, value).
"""

from kidsnews.core import wording

P = "paragraph"
H = "subheading"

ABOUT = (
    "about-us",
    "About us",
    "kidsnews is a small newsroom that writes the news for readers aged about 6 to 12.",
    [
        (
            P,
            "<p>Every day we pick a few things happening in the world and explain them in short, "
            "clear stories. We make a video bulletin and quizzes too, so you can watch and play as "
            "well as read.</p>",
        ),
        (H, "What we promise"),
        (
            P,
            "<ul><li>We check our facts before we publish.</li>"
            "<li>We say when a story has changed in an important way.</li>"
            "<li>We never show adverts and never sell anything to you.</li>"
            "<li>A real person reads every comment before anyone else sees it.</li></ul>",
        ),
        (H, "Who we are"),
        (
            P,
            "<p>We are editors, writers and moderators who care about young readers. Our code "
            "is open source, so anyone can see how the site works.</p>",
        ),
    ],
)

PARENTS = (
    "parents-and-teachers",
    "For parents and teachers",
    "How kidsnews works, what children can do here, and how you stay in control.",
    [
        (
            P,
            "<p>kidsnews publishes short news stories, explainers, a daily video bulletin and "
            "quizzes for children aged about 6 to 12. Reading, watching and playing quizzes need "
            "no account, set no cookie and send nothing to any other company.</p>",
        ),
        (H, "Comments and accounts"),
        (
            P,
            "<p>Children who want to comment ask a parent or carer to agree first: we email the "
            "address they give us and nothing can be posted until the grown-up says yes. A child "
            "gets a made-up nickname; we never ask for a real name, a school or a photo. Every "
            "comment is checked by our screening rules and then by a person before it appears. "
            "Comments on a story close after a week.</p>",
        ),
        (H, "Your controls"),
        (
            P,
            "<p>From the link in our email you can see your child's comments, download them, or "
            "delete the account and everything in it at any time.</p>",
        ),
        (H, "In the classroom"),
        (
            P,
            "<p>Stories carry a date, a topic and a question to talk about. Topic pages gather "
            "stories, videos and quizzes on one subject, which makes them easy to share with a "
            "class. Our feeds (RSS, Atom and JSON) list the newest stories.</p>",
        ),
    ],
)

PRIVACY = (
    "privacy",
    "Privacy notice",
    "What we know about you, why, for how long, and what you can ask us to do. "
    "First for children, then in more detail for adults.",
    [
        (H, "For children"),
        (
            P,
            "<ul><li>You can read, watch and play quizzes without telling us anything about "
            "you.</li><li>If you want to write comments, you get a made-up nickname. We also keep "
            "your age group (like 9 to 12) and your grown-up's email, so they can say yes.</li>"
            "<li>We keep the comments you write. A grown-up from our team reads them first.</li>"
            "<li>We don't know your real name, where you live or your school, and we never "
            "show your comments with anything but your nickname.</li>"
            "<li>Your grown-up can see, download or delete everything at any time. Just ask "
            "them!</li></ul>",
        ),
        (H, "For adults: what we collect and why"),
        (
            P,
            "<p><b>Readers who only read</b>: nothing. No cookies, no tracking, no third-party "
            "requests. To count which stories are most read we keep a number per story per hour; "
            "a one-minute check against counting reloads twice uses a scrambled code that cannot "
            "be turned back into an address and is not stored in our database.</p>"
            "<p><b>Children with a comment account</b>: a generated nickname, an age band, the "
            "parent's email address, when the parent agreed, and the comments written. We use "
            "them to let the child comment, to ask for and record consent, and to keep the "
            "comments safe. We do not store internet (IP) addresses with comments.</p>"
            "<p><b>Signing in</b>: a session cookie, only after signing in. To stop password "
            "guessing we keep failed sign-in attempts, with the address they came from, for about "
            "an hour.</p>",
        ),
        (H, "How long we keep it"),
        (
            P,
            "<ul><li>Accounts a parent never agrees to: deleted after 14 days.</li>"
            "<li>Accounts not used for a year: deleted with their comments.</li>"
            "<li>The words of a comment we did not publish: deleted after 30 days.</li>"
            "<li>Published comments: until the account is deleted, or sooner if we remove "
            "them.</li>"
            "<li>If a comment makes us worried that a child may not be safe, our safeguarding "
            "team keeps its words, and notes about what they did, for a year after they have "
            "finished, even if the account is deleted.</li></ul>",
        ),
        (H, "Who sees it"),
        (
            P,
            "<p>Our moderators see comments and nicknames. Only the team that runs the site can "
            "see parents' email addresses. Other readers see a comment and its nickname, never "
            "anything else. We do not sell or share personal information, and no other company "
            "receives it for advertising.</p>",
        ),
        (H, "Your rights"),
        (
            P,
            "<p>Parents and children can ask to see, correct, download or delete their "
            "information, and can withdraw consent at any time (the link in our email does all "
            "of this at once). You can also complain to the Information Commissioner's Office "
            "(ico.org.uk) in the UK. We follow its Age Appropriate Design Code.</p>",
        ),
    ],
)

HOUSE_RULES = (
    "house-rules",
    "House rules",
    "The rules for comments, so kidsnews stays a kind and safe place for everyone.",
    [
        (
            P,
            "<ol><li><b>Be kind.</b> Say what you think about the story, not about other "
            "people.</li>"
            "<li><b>Keep yourself private.</b> Don't write your real name, your school, where you "
            "live, your phone number, email or game names.</li>"
            "<li><b>Stay on the story.</b> Comments are about what you just read.</li>"
            "<li><b>No links, no adverts, no shouting in CAPITALS.</b></li>"
            "<li><b>Use words your teacher would be happy to read.</b></li></ol>",
        ),
        (H, "What happens to your comment"),
        (
            P,
            "<p>A person from our team reads every comment before anyone else can see it. If "
            "it breaks a rule, it won't be shown, and we'll tell you which rule.</p>",
        ),
        (H, "If something worries you"),
        (
            P,
            '<p>Press "Report" under a comment, or talk to a grown-up you trust. If you are '
            "sad or worried, you can call Childline free on 0800 1111.</p>",
        ),
    ],
)

CONTACT = (
    "contact",
    "Contact us",
    "Questions, ideas for a story, or something we got wrong? Tell us.",
    [
        (
            P,
            "<p><b>Children</b>: ask a grown-up to write to us with you. Please don't send "
            "us your real name, address or school.</p>"
            "<p><b>Parents, carers and teachers</b>: email hello@kidsnews.example. For anything "
            "about your child's account, use the link in the email we sent you: it lets you act "
            "straight away without writing to us.</p>"
            "<p><b>Privacy questions</b>: privacy@kidsnews.example. We answer within one "
            "month.</p>",
        ),
        (
            P,
            "<p>We read every message, and we correct our mistakes in the story itself, with a "
            "note saying what changed.</p>",
        ),
    ],
)

WORRIED = (
    "worried",
    "Worried about the news?",
    "Some news is sad or scary. Here is what can help if a story upsets you.",
    [
        (
            P,
            "<p>Everyone feels upset by the news sometimes. You might feel sad, scared, cross or "
            "a bit of everything. That's OK, and it's normal.</p>",
        ),
        (H, "Things that can help"),
        (
            P,
            "<ul><li>Stop reading or watching, and do something you enjoy.</li>"
            "<li>Talk to a grown-up you trust, like a parent, carer or teacher. Tell them what "
            "you saw and how it made you feel.</li>"
            "<li>Remember the helpers: in every sad story, lots of people are working to make "
            "things better.</li>"
            "<li>Lots of news happens far away. Most children are safe most of the time.</li></ul>",
        ),
        (H, "Someone to talk to"),
        (
            P,
            f"<p>{wording.CALL_CHILDLINE} Calls to Childline don't show up on the phone bill.</p>",
        ),
        (H, "For grown-ups"),
        (
            P,
            "<p>Stories our newsroom marks as sensitive (war, disaster, crime, death) carry a "
            "short panel pointing here, are checked by a second editor before they are "
            "published, and are not put at the top of the home page unless an editor decides "
            "to. Listening, answering questions simply and honestly, and limiting repeated "
            "pictures of an event all help children who are worried by the news.</p>",
        ),
    ],
)

PAGES = [ABOUT, PARENTS, PRIVACY, HOUSE_RULES, WORRIED, CONTACT]
