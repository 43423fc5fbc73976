"""Original demo stories for the kidsnews demo site.

All text here was written for kidsnews. People, schools, clubs and social media accounts are
invented; links use example.org only. Used by the demo data loader.
"""

STORIES: list[dict] = [
    {
        # The demo's sensitive story (issue 15): it shows the "Worried about the news?" panel,
        # its comments invite readers gently, and the home page does not lead with it.
        "slug": "floods-after-heavy-rain",
        "title": "Families stay safe as floods follow days of heavy rain",
        "summary": (
            "Rivers burst their banks after a week of rain, and rescue teams helped families "
            "leave their homes safely."
        ),
        "topics": ["environment"],
        "days_ago": 0,
        "hour": 13,
        "updated": None,
        "is_sensitive": True,
        "picture": {
            "scene": "ocean",
            "alt": "A drawing of calm blue water with gentle waves under a grey sky.",
            "caption": "Rain fell for seven days in a row before the rivers rose.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>After a whole week of heavy rain, some rivers got so full that the water "
                    "spilled over their banks. Streets and fields in a few towns were flooded, "
                    "and some families had to leave their homes for a while.</p>"
                ),
            ),
            ("subheading", "Helpers on the way"),
            (
                "paragraph",
                (
                    "<p>Firefighters and rescue teams used boats to help people get to dry "
                    "places. Schools and sports halls opened their doors so families had "
                    "somewhere warm to sleep, with blankets, hot food and drinks.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Floods can be scary to hear about. It is important to remember that lots "
                    "of people are working hard to keep everyone safe, and that the water will "
                    "go down again. When it does, neighbours and volunteers will help to clean "
                    "up.</p>"
                ),
            ),
            ("subheading", "Why did it flood?"),
            (
                "paragraph",
                (
                    "<p>When rain keeps falling, the ground gets soaked like a full sponge and "
                    "cannot hold any more. The extra water runs into rivers, and the rivers rise. "
                    "Scientists say that a warmer climate can make very heavy rain happen more "
                    "often.</p>"
                ),
            ),
            ("closing_question", "Who are the helpers in your town?"),
        ],
    },
    {
        "slug": "moon-rocket-test-flight",
        "title": "New Moon rocket blasts off on its first test flight",
        "summary": (
            "A rocket built to carry astronauts to the Moon one day has zoomed into space on its "
            "first test flight, with no crew on board."
        ),
        "topics": ["space"],
        "days_ago": 1,
        "hour": 8,
        "updated": {"hours_after": 6},
        "picture": {
            "scene": "rocket",
            "alt": (
                "A drawing of a tall white rocket lifting off, with orange flames and clouds of "
                "smoke below it."
            ),
            "caption": "Silverwing roared into the sky early in the morning.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>A brand-new rocket called <b>Silverwing</b> has blasted off on its very "
                    "first test flight. The rocket is being built to carry astronauts to the Moon "
                    "in the future. This time, there were no people on board. Instead, the capsule "
                    "at the top carried cameras, sensors and a soft toy mascot, which floats about "
                    "to show when the capsule is in space.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Crowds watched from a safe distance as the engines roared into life. "
                    "Bright orange flames lit up the clouds. Within a few minutes, the rocket had "
                    "climbed higher than any aeroplane can fly. Then the big lower part, called "
                    "the booster, dropped away. The capsule kept going on its own and travelled "
                    "around the Earth.</p>"
                ),
            ),
            ("subheading", "Why test without a crew?"),
            (
                "paragraph",
                (
                    "<p>Space engineers always test new rockets many times before anyone rides in "
                    "them. They want to check that every part works properly, from the engines to "
                    "the heat shield. The heat shield protects the capsule when it comes back down "
                    "through the air around Earth. Coming home is very hot work, because rushing "
                    "through the air makes the outside of the capsule glow.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Every test teaches us something new. Today, Silverwing did everything we "
                        "asked of it."
                    ),
                    "attribution": "Amara, flight director for the mission",
                },
            ),
            (
                "picture",
                {
                    "scene": "space",
                    "alt": (
                        "A drawing of a small cone-shaped capsule floating above a blue and white "
                        "Earth, with stars behind it."
                    ),
                    "caption": "The capsule flew around Earth before heading home.",
                    "credit": "Illustration: kidsnews",
                },
            ),
            ("subheading", "Safely home"),
            (
                "paragraph",
                (
                    "<p><b>Update:</b> The capsule has now splashed down safely in the ocean. "
                    "Three large parachutes opened to slow it down before it landed gently on the "
                    "waves. A recovery ship was waiting nearby to lift it out of the water. The "
                    "team will now study all the information it collected, including pictures of "
                    "Earth taken from space.</p>"
                ),
            ),
            (
                "social_post",
                {
                    "platform": "x",
                    "author": "Silverwing Mission Team",
                    "handle": "@SilverwingTeam",
                    "text": (
                        "Splashdown! Our capsule is back on Earth and bobbing happily in the "
                        "ocean. Thank you to everyone who watched the launch!"
                    ),
                    "posted_at": "2026-11-19",
                    "url": "https://example.org/silverwing/splashdown",
                },
            ),
            (
                "paragraph",
                (
                    "<p>If all the tests go well, astronauts could fly on Silverwing in a few "
                    "years' time. Their first trips would go around the Moon and back again. Later "
                    "missions might even land near the Moon's south pole. Scientists think there "
                    "may be frozen water hidden inside the dark craters there, which future "
                    "explorers could use.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Did you know?",
                    "body": (
                        "<p>A rocket needs to travel at about 28,000 kilometres per hour to stay "
                        "in orbit around Earth. That is fast enough to cross the whole of the UK "
                        "in about two minutes!</p>"
                    ),
                },
            ),
            ("closing_question", "Would you like to ride in a rocket one day? Where would you go?"),
        ],
    },
    {
        "slug": "moon-base-dust-bricks",
        "title": "Could future Moon homes be built from Moon dust?",
        "summary": (
            "Engineers are testing ways to turn dusty Moon soil into strong bricks, so astronauts "
            "could build a base without bringing heavy materials from Earth."
        ),
        "topics": ["space", "science-nature"],
        "days_ago": 2,
        "hour": 9,
        "updated": None,
        "picture": {
            "scene": "moon",
            "alt": (
                "A drawing of small rounded buildings on the grey, cratered surface of the Moon, "
                "with Earth in the black sky."
            ),
            "caption": "An artist's idea of what a Moon base might look like one day.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Imagine living on the Moon. Where would you sleep? What would your house "
                    "be made of? Engineers are working on these questions right now. One clever "
                    "idea is to build homes using the grey dust that covers the Moon's surface. "
                    "This dust is called <b>regolith</b>, and there is plenty of it to go "
                    "around.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Sending things into space costs a lot. Every kilogram that a rocket "
                    "carries needs plenty of extra fuel. Carrying thousands of heavy bricks from "
                    "Earth would be almost impossible. So the engineers want astronauts to make "
                    "their building materials on the Moon instead, using what is already there. It "
                    "is a bit like building a sandcastle with the sand on the beach.</p>"
                ),
            ),
            (
                "picture",
                {
                    "scene": "rocket",
                    "alt": "A drawing of a rocket standing on its launch pad under a starry sky.",
                    "caption": "Every kilogram a rocket carries needs lots of extra fuel.",
                    "credit": "Illustration: kidsnews",
                },
            ),
            ("subheading", "Baking bricks with sunlight"),
            (
                "paragraph",
                (
                    "<p>In a laboratory, one team has been using pretend Moon dust made from "
                    "crushed volcanic rock. They focus sunlight through a huge lens, a bit like a "
                    "giant magnifying glass. The hot beam melts the dust, which then hardens into "
                    "tough, glassy bricks. Other teams are trying 3D printers that squeeze out "
                    "layers of dust mixed with a special glue.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Our bricks are not pretty yet, but they are very strong. One day they "
                        "might keep astronauts safe and cosy."
                    ),
                    "attribution": "Tomas, a materials engineer",
                },
            ),
            (
                "paragraph",
                (
                    "<p>A Moon home would need to do more than keep the rain out, because there is "
                    "no rain on the Moon! It would have to protect astronauts from very hot days "
                    "and freezing nights. It would also need to block harmful rays from the Sun. "
                    "Thick walls of Moon-dust bricks could act like a giant blanket and a shield "
                    "at the same time.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Did you know?",
                    "body": (
                        "<p>A day on the Moon, from one sunrise to the next, lasts about four of "
                        "our weeks. That means around two weeks of sunshine, followed by about two "
                        "weeks of darkness.</p>"
                    ),
                },
            ),
            (
                "social_post",
                {
                    "platform": "instagram",
                    "author": "Lunar Builders Lab",
                    "handle": "@LunarBuildersLab",
                    "text": (
                        "Fresh out of the solar oven: our newest Moon-dust brick! It is rough, "
                        "glassy and surprisingly strong."
                    ),
                    "posted_at": "2026-11-17",
                    "url": "https://example.org/lunar-builders/new-brick",
                },
            ),
            (
                "paragraph",
                (
                    "<p>It will be many years before anyone actually lives in a Moon base. First, "
                    "robots may be sent to test the brick-making machines. Rockets such as the new "
                    "Silverwing will also need to finish their test flights. But the engineers say "
                    "every experiment brings that day a little closer. Maybe one of today's "
                    "readers will help to design it!</p>"
                ),
            ),
            (
                "closing_question",
                "If you could design a house on the Moon, what would you put inside it?",
            ),
        ],
    },
    {
        "slug": "children-name-moon-rover",
        "title": "Children choose a name for a new Moon rover",
        "summary": (
            "Thousands of schoolchildren sent in ideas to name a little robot explorer that will "
            "one day trundle across the Moon."
        ),
        "topics": ["space"],
        "days_ago": 6,
        "hour": 14,
        "updated": None,
        "picture": {
            "scene": "moon",
            "alt": (
                "A drawing of a small six-wheeled robot with a camera on a pole, driving across "
                "grey Moon dust."
            ),
            "caption": "The rover, now called Pebble, will look for interesting rocks.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>A little robot explorer that will drive across the Moon finally has a "
                    "name. It is called <b>Pebble</b>! The name was chosen from thousands of ideas "
                    "sent in by schoolchildren. The competition asked pupils to think of a name "
                    "that was short and friendly, and that showed what the rover would do when it "
                    "got there.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The winning idea came from a class of young space fans. They explained "
                    "that the rover will spend its days studying rocks and stones, so Pebble felt "
                    "just right. Their teacher, Helen, said the class cheered so loudly when they "
                    "heard the news that children from the classroom next door came to see what "
                    "was going on.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "We wanted a name that sounded small but brave, just like the rover.",
                    "attribution": "A pupil from the winning class",
                },
            ),
            ("subheading", "What will Pebble do?"),
            (
                "paragraph",
                (
                    "<p>Pebble is about the size of a suitcase and has six wheels, so it can roll "
                    "over bumpy ground. It has cameras for eyes and a small arm for scooping up "
                    "dust. Scientists on Earth will send it instructions by radio. They will tell "
                    "it where to go and which rocks to look at more closely.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The rover will travel to the Moon on a robot lander once the new "
                    "Silverwing rocket has finished its test flights. Pebble will explore an area "
                    "where a future Moon base could be built. It will check whether the ground is "
                    "flat and firm enough for buildings. It will also hunt for signs of ice hidden "
                    "in the dust.</p>"
                ),
            ),
            (
                "picture",
                {
                    "scene": "space",
                    "alt": "A drawing of the Moon glowing in a dark sky full of twinkling stars.",
                    "caption": "Pebble's new home is about 384,000 kilometres away from Earth.",
                    "credit": "Illustration: kidsnews",
                },
            ),
            (
                "fact_box",
                {
                    "title": "Did you know?",
                    "body": (
                        "<p>The first rovers to drive on the Moon were robots called Lunokhod, "
                        "sent by the Soviet Union more than 50 years ago. They were steered by "
                        "drivers back on Earth.</p>"
                    ),
                },
            ),
            (
                "social_post",
                {
                    "platform": "bluesky",
                    "author": "Pebble the Moon Rover",
                    "handle": "@PebbleRover",
                    "text": (
                        "Hello, Earth! My name is Pebble. Thank you to every child who sent in a "
                        "name idea. I can't wait to explore!"
                    ),
                    "posted_at": "2026-11-14",
                    "url": "https://example.org/pebble-rover/hello",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Everyone who entered the competition will get a certificate. The names of "
                    "the pupils in the winning class will also be stored on a tiny computer chip "
                    "carried by the rover. That means a little piece of their classroom will "
                    "travel all the way to the Moon, and stay there for a very long time.</p>"
                ),
            ),
            ("closing_question", "What name would you have chosen for the Moon rover?"),
        ],
    },
    {
        "slug": "meteor-shower-night-sky",
        "title": "Look up! Shooting stars light up the November sky",
        "summary": (
            "The Leonid meteor shower is here, and with a little patience you might spot a "
            "shooting star streaking across the sky."
        ),
        "topics": ["space"],
        "days_ago": 1,
        "hour": 16,
        "updated": None,
        "picture": {
            "scene": "space",
            "alt": (
                "A drawing of a dark blue night sky with stars and three bright streaks of light."
            ),
            "caption": "Shooting stars look like quick streaks of light.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>This week is a great time to look for shooting stars. Every November, "
                    "Earth passes through a trail of dust left behind by a comet. When tiny bits "
                    "of this dust hit the air around our planet, they burn up and make bright "
                    "streaks of light. This event is called the <b>Leonid meteor shower</b>.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Shooting stars are not really stars at all. Most of them come from specks "
                    "of dust no bigger than a grain of sand. They zoom into the air so fast that "
                    "they heat up and glow. All of this happens very high above the ground, so "
                    "they are completely safe to watch.</p>"
                ),
            ),
            (
                "picture",
                {
                    "scene": "space",
                    "alt": (
                        "A drawing of a comet with a long glowing tail, leaving a trail of sparkly "
                        "dust behind it."
                    ),
                    "caption": "Comets leave trails of dust as they travel around the Sun.",
                    "credit": "Illustration: kidsnews",
                },
            ),
            ("subheading", "How to spot one"),
            (
                "paragraph",
                (
                    "<p>The best time to look is late in the evening or before dawn, so ask a "
                    "grown-up to help. Find a dark place away from street lights, such as a garden "
                    "or a park. Wrap up warmly, lie back and look at a big patch of sky. Give your "
                    "eyes about 20 minutes to get used to the dark.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "You don't need a telescope. Your eyes are the best tool for watching "
                        "meteors, because they can see a huge part of the sky at once."
                    ),
                    "attribution": "Leila, an astronomer at a science museum",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Try to stay away from screens while you are watching, as bright light "
                    "makes it harder to see faint meteors. Be patient! You might only see a few "
                    "shooting stars in an hour. Clouds can hide them too, but the shower lasts for "
                    "several nights, so you can always try again another time.</p>"
                ),
            ),
            (
                "social_post",
                {
                    "platform": "mastodon",
                    "author": "Starwatch Club",
                    "handle": "@StarwatchClub",
                    "text": (
                        "We counted twelve shooting stars last night from the hilltop! Top tip: "
                        "bring a flask of hot chocolate."
                    ),
                    "posted_at": "2026-11-18",
                    "url": "https://example.org/starwatch/leonids",
                },
            ),
            (
                "paragraph",
                (
                    "<p>If you do spot one, some people like to make a wish. Others keep a meteor "
                    "diary, writing down the time and how bright each one was. Astronomers love it "
                    "when people share what they see, because it helps them learn more about the "
                    "dusty trails that comets leave behind in space.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Did you know?",
                    "body": (
                        "<p>The Leonids get their name because they seem to come from the "
                        "direction of a group of stars called Leo. Leo is named after a lion.</p>"
                    ),
                },
            ),
            ("closing_question", "Have you ever seen a shooting star? What did you wish for?"),
        ],
    },
    {
        "slug": "penguin-chicks-hatch-zoo",
        "title": "Fluffy penguin chicks hatch at the city zoo",
        "summary": (
            "Two grey, fluffy penguin chicks have hatched at the city zoo, and their keepers say "
            "they are growing bigger every day."
        ),
        "topics": ["animals"],
        "days_ago": 0,
        "hour": 9,
        "updated": None,
        "picture": {
            "scene": "penguins",
            "alt": (
                "A drawing of two small grey fluffy penguin chicks standing next to a black and "
                "white adult penguin."
            ),
            "caption": "The chicks will keep their fluffy grey feathers for a few weeks.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>There is exciting news at the city zoo. Two penguin chicks have hatched! "
                    "The tiny birds are covered in soft, grey fluff and spend most of their day "
                    "eating and sleeping. Their parents take turns keeping them warm in a cosy "
                    "burrow, while the keepers keep an eye on them using a special hidden "
                    "camera.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The chicks are Humboldt penguins. In the wild, these penguins live on "
                    "rocky coasts in South America, in Peru and Chile. Unlike the penguins you may "
                    "have seen in films about Antarctica, they are used to warmer weather. They "
                    "dig burrows to nest in, which helps to keep their eggs and chicks out of the "
                    "hot sun.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The parents are doing a brilliant job. They feed the chicks lots of fish, "
                        "and the chicks are getting bigger every single day."
                    ),
                    "attribution": "Priya, a zookeeper",
                },
            ),
            ("subheading", "Growing up fast"),
            (
                "paragraph",
                (
                    "<p>Penguin chicks cannot swim when they are born. Their fluffy feathers are "
                    "not waterproof, so they have to stay on dry land. After a couple of months, "
                    "they will grow sleek, waterproof feathers like their parents. Then the "
                    "keepers will give them swimming lessons in a shallow pool before they join "
                    "the rest of the group.</p>"
                ),
            ),
            (
                "picture",
                {
                    "scene": "penguins-swimming",
                    "alt": (
                        "A drawing of penguins swimming under blue water, with bubbles rising "
                        "around them."
                    ),
                    "caption": (
                        "When they are older, the chicks will learn to swim like the adults."
                    ),
                    "credit": "Illustration: kidsnews",
                },
            ),
            (
                "paragraph",
                (
                    "<p>The zoo has not given the chicks names yet. The keepers first need to find "
                    "out whether they are boys or girls, which is tricky with penguins because "
                    "they look so alike. Visitors will be able to vote for their favourite names "
                    "later this winter. The keepers already have lots of fishy suggestions.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Did you know?",
                    "body": (
                        "<p>Penguins cannot fly, but they are amazing swimmers. They use their "
                        "flippers like wings to zoom through the water.</p>"
                    ),
                },
            ),
            (
                "social_post",
                {
                    "platform": "instagram",
                    "author": "City Zoo",
                    "handle": "@CityZooNews",
                    "text": (
                        "Meet our newest arrivals! Two fluffy penguin chicks are snuggled up with "
                        "mum and dad. Names coming soon..."
                    ),
                    "posted_at": "2026-11-20",
                    "url": "https://example.org/city-zoo/penguin-chicks",
                },
            ),
            ("closing_question", "What names would you give the two penguin chicks?"),
        ],
    },
    {
        "slug": "hedgehog-highways-gardens",
        "title": "Neighbours build 'hedgehog highways' between their gardens",
        "summary": (
            "People on one street have cut small holes in their garden fences so that hedgehogs "
            "can wander safely from garden to garden."
        ),
        "topics": ["animals", "environment"],
        "days_ago": 5,
        "hour": 8,
        "updated": None,
        "picture": {
            "scene": "hedgehog",
            "alt": (
                "A drawing of a small brown hedgehog squeezing through a round hole at the bottom "
                "of a wooden fence."
            ),
            "caption": "A hole about the size of a CD case is big enough for a hedgehog.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>The people living on one street have come up with a prickly plan. They "
                    "have cut small holes at the bottom of their garden fences. Together, the "
                    "holes make a path called a <b>hedgehog highway</b>. It lets hedgehogs travel "
                    "from one garden to the next without having to go out on to busy roads.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Hedgehogs are great walkers. In a single night, one hedgehog can wander a "
                    "kilometre or more while it looks for food. They love eating beetles, worms "
                    "and caterpillars. But high walls and solid fences can stop them in their "
                    "tracks. That is one reason why there are fewer hedgehogs than there used to "
                    "be in many parts of the UK.</p>"
                ),
            ),
            ("subheading", "A street full of helpers"),
            (
                "paragraph",
                (
                    "<p>The idea started with Sam, a retired postman who loves wildlife. He "
                    "noticed a hedgehog in his garden one evening and wondered where it went next. "
                    "He knocked on his neighbours' doors, and soon almost every house had joined "
                    "in. Together, they have now linked more than twenty gardens along the "
                    "street.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "It took us one sunny Saturday and a lot of cups of tea. Now the hedgehogs "
                        "can go wherever they like."
                    ),
                    "attribution": "Sam, who started the hedgehog highway",
                },
            ),
            (
                "paragraph",
                (
                    "<p>The neighbours have also left wild corners in their gardens, with piles of "
                    "leaves and logs. These make perfect places for hedgehogs to sleep. Hedgehogs "
                    "hibernate in winter. This means they go into a very deep sleep to save energy "
                    "when food is hard to find, and wake up again when the weather warms up in "
                    "spring.</p>"
                ),
            ),
            (
                "picture",
                {
                    "scene": "nature",
                    "alt": (
                        "A drawing of a garden corner with a pile of autumn leaves and logs beside "
                        "a green hedge."
                    ),
                    "caption": "Leaf piles make cosy beds for hibernating hedgehogs.",
                    "credit": "Illustration: kidsnews",
                },
            ),
            (
                "social_post",
                {
                    "platform": "x",
                    "author": "Hedgehog Friends Group",
                    "handle": "@HogFriendsGroup",
                    "text": (
                        "Our garden camera spotted a hedgehog using a new fence hole on its very "
                        "first night. Hooray for hedgehog highways!"
                    ),
                    "posted_at": "2026-11-15",
                    "url": "https://example.org/hedgehog-friends/first-visitor",
                },
            ),
            (
                "paragraph",
                (
                    "<p>If your family would like to help hedgehogs, always ask the owner before "
                    "making a hole in any fence. You could also put out a shallow dish of fresh "
                    "water. Never give hedgehogs milk or bread, though, as these can upset their "
                    "tummies. Meaty cat food or special hedgehog food is much better for them.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Did you know?",
                    "body": (
                        "<p>A hedgehog has between 5,000 and 7,000 spines. When it feels worried, "
                        "it rolls up into a tight, prickly ball.</p>"
                    ),
                },
            ),
            (
                "closing_question",
                "What could you do to make your garden or school more friendly for wildlife?",
            ),
        ],
    },
    {
        "slug": "octopus-solves-puzzle-box",
        "title": "Clever octopus cracks a puzzle box at the aquarium",
        "summary": (
            "An octopus called Marbles has amazed aquarium staff by opening a tricky puzzle box to "
            "reach a tasty crab treat inside."
        ),
        "topics": ["animals"],
        "days_ago": 3,
        "hour": 13,
        "updated": None,
        "picture": {
            "scene": "octopus",
            "alt": (
                "A drawing of an orange octopus curling its arms around a clear box on the sandy "
                "sea floor."
            ),
            "caption": "Marbles the octopus twisting open the puzzle box.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>An octopus called <b>Marbles</b> has shown off her brainpower at a seaside "
                    "aquarium. Her keepers gave her a see-through plastic box with a crab treat "
                    "inside. To get the crab, Marbles had to slide open a latch and then twist off "
                    "a lid. She solved the whole puzzle in less than five minutes!</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Octopuses are some of the cleverest animals in the sea. They can learn by "
                    "watching, remember how to solve problems and even recognise the people who "
                    "look after them. Each of their eight arms is covered in suckers that can "
                    "taste and feel things. This makes them brilliant at exploring tricky "
                    "objects.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "She seemed to really enjoy the challenge. Octopuses change colour "
                        "depending on their mood, and she went a lovely bright red while she "
                        "worked."
                    ),
                    "attribution": "Jonah, an aquarist who looks after Marbles",
                },
            ),
            ("subheading", "Why puzzles matter"),
            (
                "paragraph",
                (
                    "<p>Puzzles like this are called <b>enrichment</b>. They give animals in "
                    "aquariums and zoos something interesting to do, so they do not get bored. The "
                    "keepers change the puzzles often. Some have knobs to turn, while others have "
                    "tubes to reach inside. Marbles seems to like the twisty ones best of all.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In the wild, octopuses use their smarts to find food and stay safe. Some "
                    "collect shells to build shelters. Others squeeze through tiny gaps, because "
                    "they have no bones in their bodies. Scientists are still learning how such a "
                    "soft, squishy animal became so clever, and puzzles like this one help them "
                    "find out more.</p>"
                ),
            ),
            (
                "picture",
                {
                    "scene": "ocean",
                    "alt": (
                        "A drawing of a rocky sea floor with shells, seaweed and small fish "
                        "swimming by."
                    ),
                    "caption": "Wild octopuses hide among rocks and shells.",
                    "credit": "Illustration: kidsnews",
                },
            ),
            (
                "fact_box",
                {
                    "title": "Did you know?",
                    "body": (
                        "<p>An octopus has three hearts and blue blood. Each of its arms can also "
                        "make some decisions on its own, almost like a mini brain!</p>"
                    ),
                },
            ),
            (
                "social_post",
                {
                    "platform": "tiktok",
                    "author": "Seaside Aquarium",
                    "handle": "@SeasideAquarium",
                    "text": (
                        "Marbles vs the puzzle box. Guess who won? Spoiler: it was Marbles (again)."
                    ),
                    "posted_at": "2026-11-17",
                    "url": "https://example.org/seaside-aquarium/marbles-puzzle",
                },
            ),
            (
                "paragraph",
                (
                    "<p>The aquarium team now plans to build an even harder puzzle, with three "
                    "different locks. Visitors can watch Marbles at feeding time every afternoon. "
                    "The keepers say she often comes to the front of her tank to see who is "
                    "visiting, so remember to give her a friendly wave.</p>"
                ),
            ),
            (
                "closing_question",
                "If you could design a puzzle for an octopus, what would it look like?",
            ),
        ],
    },
    {
        "slug": "dormice-settle-down-for-winter",
        "title": "Sleepy dormice tucked up for their long winter nap",
        "summary": (
            "Volunteers at a woodland nature reserve have checked on the hazel dormice before the "
            "little animals curl up to hibernate."
        ),
        "topics": ["animals"],
        "days_ago": 9,
        "hour": 7,
        "updated": None,
        "picture": {
            "scene": "dormouse",
            "alt": (
                "A drawing of a tiny golden-brown dormouse curled up asleep in a round nest of "
                "leaves and grass."
            ),
            "caption": "Dormice curl into a tight ball when they hibernate.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Deep in a woodland nature reserve, some of Britain's sleepiest animals are "
                    "getting ready for winter. Hazel dormice are small, golden-brown animals with "
                    "big black eyes and fluffy tails. As the weather turns cold, they are curling "
                    "up in cosy nests on the ground. They will not wake up properly again until "
                    "spring.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Volunteers have just finished their last check of the year. Through the "
                    "summer and autumn, they looked inside special wooden nest boxes fixed to "
                    "trees. They counted how many dormice were living there and weighed each one. "
                    "Only people with a special licence are allowed to do this, because dormice "
                    "are rare and protected.</p>"
                ),
            ),
            ("subheading", "Fattening up"),
            (
                "paragraph",
                (
                    "<p>Before they hibernate, dormice need to eat lots of food to build up fat. "
                    "They munch on hazelnuts, berries and flowers. Some dormice almost double "
                    "their weight in autumn! This fat gives them the energy they need to last for "
                    "months without eating. While they sleep, their heartbeat and breathing slow "
                    "right down.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We found one dormouse so round and sleepy that it looked like a little "
                        "furry dumpling. That is exactly what we hope to see before winter."
                    ),
                    "attribution": "Beth, a volunteer at the nature reserve",
                },
            ),
            (
                "picture",
                {
                    "scene": "tree",
                    "alt": (
                        "A drawing of a hazel tree with green leaves and clusters of nuts, with a "
                        "small wooden box fixed to its trunk."
                    ),
                    "caption": "Volunteers check wooden nest boxes like this one.",
                    "credit": "Illustration: kidsnews",
                },
            ),
            (
                "paragraph",
                (
                    "<p>This year's count was good news. The volunteers found more dormice than "
                    "last year, including lots of young ones born in the summer. The reserve has "
                    "been planting new hedges and looking after its hazel trees. This gives the "
                    "dormice more food to eat and more ways to travel safely through the "
                    "branches.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Did you know?",
                    "body": (
                        "<p>A dormouse can spend around three-quarters of its life asleep. It "
                        "hibernates all winter and also snoozes through much of the day in "
                        "summer.</p>"
                    ),
                },
            ),
            ("closing_question", "Which animal do you think is the sleepiest, and why?"),
        ],
    },
    {
        "slug": "girls-football-team-wins-cup",
        "title": "Primary school girls' team lifts the county football cup",
        "summary": (
            "A primary school girls' football team has won its county cup for the first time, "
            "after a nail-biting penalty shoot-out."
        ),
        "topics": ["sport"],
        "days_ago": 1,
        "hour": 10,
        "updated": {"hours_after": 7},
        "picture": {
            "scene": "football",
            "alt": "A drawing of a football flying towards a goal net on a bright green pitch.",
            "caption": "The winning penalty flew into the top corner.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>The girls' football team from <b>Meadowbank Primary School</b> are county "
                    "champions! The team won the cup final after a thrilling match. The score was "
                    "2-2 at full time, so the game went to penalties. The players held their "
                    "nerve, scoring every one of their spot kicks to win the shoot-out 4-3.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>It is the first time the school has ever won the competition. The girls "
                    "only started playing as a team two years ago. Back then, they did not even "
                    "have their own kit. Parents and teachers raised money with cake sales and a "
                    "sponsored walk to buy shirts, shorts and a pair of goalkeeper gloves.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "I was shaking before my penalty, but I remembered what we practise every "
                        "week. Look at the ball, pick a spot and kick it with confidence!"
                    ),
                    "attribution": "The team captain, who scored the winning penalty",
                },
            ),
            ("subheading", "Teamwork makes the dream work"),
            (
                "paragraph",
                (
                    "<p>Their coach, Daniel, says the secret to their success is teamwork. At "
                    "training, every player gets a turn in every position, even in goal. That way, "
                    "they all understand what their teammates need. He also makes sure that "
                    "training is fun, with games like football tag and a silly dance whenever "
                    "someone scores.</p>"
                ),
            ),
            (
                "picture",
                {
                    "scene": "sport",
                    "alt": (
                        "A drawing of a group of happy children in matching purple shirts holding "
                        "up a shiny gold cup."
                    ),
                    "caption": "The team celebrated with their new trophy.",
                    "credit": "Illustration: kidsnews",
                },
            ),
            ("subheading", "A big invitation"),
            (
                "paragraph",
                (
                    "<p><b>Update:</b> Since winning the cup, the team has received an exciting "
                    "invitation. The local women's football club has asked the players to walk out "
                    "on to the pitch with its team at the next home match. The girls will hold "
                    "hands with the players as they come out in front of the crowd.</p>"
                ),
            ),
            (
                "social_post",
                {
                    "platform": "x",
                    "author": "Meadowbank Primary School",
                    "handle": "@MeadowbankPrimary",
                    "text": (
                        "CHAMPIONS! So proud of our girls' football team, who won the county cup "
                        "on penalties today. What a team!"
                    ),
                    "posted_at": "2026-11-19",
                    "url": "https://example.org/meadowbank-primary/cup-final",
                },
            ),
            (
                "paragraph",
                (
                    "<p>The players are already looking forward to next season. They hope their "
                    "success will encourage more girls at the school to join in. Coach Daniel says "
                    "that anyone can play, whether they are fast or slow, tall or small. All you "
                    "need is a ball, some friends and a big smile.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Did you know?",
                    "body": (
                        "<p>Girls' football is one of the fastest-growing sports in the UK. Many "
                        "more schools now have girls' teams than ten years ago.</p>"
                    ),
                },
            ),
            (
                "closing_question",
                "Do you play football or another team sport? What do you love about it?",
            ),
        ],
    },
    {
        "slug": "wheelchair-basketball-club-opens",
        "title": "New wheelchair basketball club rolls into town",
        "summary": (
            "A new wheelchair basketball club for children has opened, and it welcomes everyone, "
            "whether they use a wheelchair every day or not."
        ),
        "topics": ["sport"],
        "days_ago": 7,
        "hour": 12,
        "updated": None,
        "picture": {
            "scene": "sport",
            "alt": (
                "A drawing of a basketball dropping through a hoop, with a sports wheelchair on a "
                "shiny wooden court below."
            ),
            "caption": "Sports wheelchairs have slanted wheels to help players turn quickly.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>A brand-new wheelchair basketball club has opened at the town's leisure "
                    "centre. Every Saturday morning, children speed around the court, pass the "
                    "ball and shoot for the hoop. The club is open to all. Some players use a "
                    "wheelchair every day, while others do not. Everyone plays in a sports "
                    "wheelchair, so the game is fair.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Wheelchair basketball has almost the same rules as the running version. "
                    "The hoop is the same height and the court is the same size. But players are "
                    "only allowed to push their wheels twice before they must bounce, pass or "
                    "shoot the ball. It takes lots of practice to steer, bounce and pass at the "
                    "same time!</p>"
                ),
            ),
            ("subheading", "Special chairs for speed"),
            (
                "paragraph",
                (
                    "<p>The sports wheelchairs are very different from everyday ones. Their wheels "
                    "are slanted, which makes the chairs steady and easy to turn. They also have a "
                    "small extra wheel at the back to stop them tipping over. The club was able to "
                    "buy ten chairs thanks to money raised by people in the local community.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "On the court, nobody cares how you get around the rest of the week. We "
                        "are all just basketball players."
                    ),
                    "attribution": (
                        "Maya, a coach at the club who plays wheelchair basketball herself"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>The coaches say the club is also about making friends. After each session, "
                    "the players share snacks and talk about their favourite moves. Some of the "
                    "older children help the beginners learn how to spin their chairs on the spot. "
                    "One new player said that zooming down the court felt just like flying.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Did you know?",
                    "body": (
                        "<p>Wheelchair basketball has been part of the Paralympic Games since the "
                        "very first Games, held in Rome in 1960.</p>"
                    ),
                },
            ),
            (
                "social_post",
                {
                    "platform": "instagram",
                    "author": "Rolling Hoops Club",
                    "handle": "@RollingHoopsClub",
                    "text": (
                        "What a first month! Thank you to all our brilliant new players. Remember: "
                        "push, bounce, shoot and smile!"
                    ),
                    "posted_at": "2026-11-12",
                    "url": "https://example.org/rolling-hoops/first-month",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Anyone who would like to give it a try can come along to a free taster "
                    "session. No experience is needed, and the club will lend everyone a chair. "
                    "The coaches just ask that you bring a water bottle, wear comfortable clothes "
                    "and come ready to have lots of fun.</p>"
                ),
            ),
            ("closing_question", "Which sport would you like to try for the first time, and why?"),
        ],
    },
    {
        "slug": "junior-fun-run-100th-event",
        "title": "Junior fun run celebrates its 100th Sunday",
        "summary": (
            "A weekly two-kilometre run for children in a riverside park has celebrated its 100th "
            "event with balloons, music and lots of happy runners."
        ),
        "topics": ["sport"],
        "days_ago": 14,
        "hour": 9,
        "updated": None,
        "picture": {
            "scene": "nature",
            "alt": (
                "A drawing of a path winding through a green park beside a river, with trees and "
                "colourful bunting."
            ),
            "caption": "The route follows the river through the park.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>There were balloons, bunting and big smiles in a riverside park on Sunday. "
                    "A weekly fun run for children celebrated its 100th event! More than 200 young "
                    "runners came along to take part. Some ran fast, some jogged and some walked "
                    "with their families. Everyone who finished got a cheer and a high five.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The run is two kilometres long, which is about five times around a running "
                    "track. It is free to enter and it happens every Sunday morning, whatever the "
                    "weather. Children can take part with a grown-up nearby. The run is organised "
                    "by friendly volunteers who guide runners along the route and cheer them "
                    "on.</p>"
                ),
            ),
            ("subheading", "A run, not a race"),
            (
                "paragraph",
                (
                    "<p>The organisers say the event is about having fun, not about winning. Each "
                    "runner has their own barcode, which is scanned at the finish so they can see "
                    "how long they took. Lots of children try to beat their own best time. Others "
                    "just enjoy running alongside their friends and spotting ducks on the "
                    "river.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "When we started, only twelve children came. Now the park is full every "
                        "week. It shows how much children love being active when it is fun."
                    ),
                    "attribution": "Grace, one of the volunteer organisers",
                },
            ),
            (
                "picture",
                {
                    "scene": "sport",
                    "alt": (
                        "A drawing of children running along a path towards a finishing line "
                        "banner."
                    ),
                    "caption": "Every runner gets a cheer at the finish line.",
                    "credit": "Illustration: kidsnews",
                },
            ),
            (
                "paragraph",
                (
                    "<p>To mark the special day, the volunteers handed out medals shaped like the "
                    "number 100. A local brass band played music at the start line. There was even "
                    "a mascot dressed as a giant trainer, who ran the whole route and only tripped "
                    "over its laces once. Lots of runners said it was their best Sunday ever.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Did you know?",
                    "body": (
                        "<p>Running is great for your heart and your mood. Even a short jog helps "
                        "your body release chemicals that make you feel happy.</p>"
                    ),
                },
            ),
            (
                "social_post",
                {
                    "platform": "youtube",
                    "author": "Riverside Junior Run",
                    "handle": "@RiversideJuniorRun",
                    "text": (
                        "Watch the highlights of our 100th run! Thank you to every runner, "
                        "volunteer and very excited dog."
                    ),
                    "posted_at": "2026-11-08",
                    "url": "https://example.org/riverside-junior-run/highlights",
                },
            ),
            (
                "closing_question",
                "Do you like running? What keeps you going when you start to feel tired?",
            ),
        ],
    },
    {
        "slug": "robot-table-tennis-coach",
        "title": "Robot helper gives young table tennis players a workout",
        "summary": (
            "A table tennis club has a new helper: a robot that fires balls across the table so "
            "young players can practise their shots."
        ),
        "topics": ["sport", "science-nature"],
        "days_ago": 0,
        "hour": 15,
        "updated": None,
        "picture": {
            "scene": "sport",
            "alt": (
                "A drawing of a blue table tennis table with a round robot at one end firing a "
                "small white ball towards a bat."
            ),
            "caption": "The robot can fire balls with lots of different spins.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>A table tennis club has a new member who never gets tired. It is a robot! "
                    "The machine sits at one end of the table and fires balls over the net, one "
                    "after another. Young players stand at the other end and practise hitting them "
                    "back. The robot can send over as many as 80 balls a minute.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inside the robot, spinning wheels shoot out each ball. By changing the "
                    "speed of the wheels, the coach can make the ball fly fast or slow. The robot "
                    "can also add spin. Topspin makes the ball dip down quickly, while backspin "
                    "makes it float and then drop short. Learning to read spin is one of the "
                    "hardest skills in the game.</p>"
                ),
            ),
            ("subheading", "The science of quick reactions"),
            (
                "paragraph",
                (
                    "<p>Table tennis is one of the fastest sports in the world. A powerful shot "
                    "can cross the table in less than half a second. Players do not have time to "
                    "think about every move. Instead, their brains learn to recognise patterns and "
                    "react almost without thinking. Practising the same shot again and again helps "
                    "to build these speedy connections.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The robot is brilliant for practising one shot over and over. But it "
                        "cannot tell jokes, so the children still need me!"
                    ),
                    "attribution": "Kofi, head coach at the club",
                },
            ),
            (
                "social_post",
                {
                    "platform": "bluesky",
                    "author": "Spin City Table Tennis Club",
                    "handle": "@SpinCityClub",
                    "text": (
                        "Our new robot, nicknamed Ping, has now fired over ten thousand balls. Our "
                        "players are getting faster every week!"
                    ),
                    "posted_at": "2026-11-20",
                    "url": "https://example.org/spin-city/meet-ping",
                },
            ),
            (
                "paragraph",
                (
                    "<p>The club's players have nicknamed the robot <b>Ping</b>. Since it arrived, "
                    "their reactions have become sharper and their shots more accurate. But the "
                    "coaches say playing against real people is still important. Humans are much "
                    "harder to predict than machines, and matches with friends are where the real "
                    "fun happens.</p>"
                ),
            ),
            (
                "picture",
                {
                    "scene": "sport",
                    "alt": (
                        "A drawing of two children smiling and shaking hands across a table tennis "
                        "table."
                    ),
                    "caption": "Playing against friends is still the best part.",
                    "credit": "Illustration: kidsnews",
                },
            ),
            (
                "fact_box",
                {
                    "title": "Did you know?",
                    "body": (
                        "<p>A table tennis ball is hollow and weighs just 2.7 grams. That is "
                        "lighter than a single sheet of printer paper!</p>"
                    ),
                },
            ),
            (
                "closing_question",
                "If you could build a robot to help with any sport, what would it do?",
            ),
        ],
    },
    {
        "slug": "school-grows-giant-pumpkin",
        "title": "School gardening club grows a pumpkin heavier than a grown-up",
        "summary": (
            "A school gardening club has grown a giant pumpkin weighing more than 90 kilograms, "
            "and learned lots of science along the way."
        ),
        "topics": ["science-nature"],
        "days_ago": 4,
        "hour": 10,
        "updated": None,
        "picture": {
            "scene": "nature",
            "alt": (
                "A drawing of an enormous orange pumpkin sitting among big green leaves in a "
                "vegetable patch."
            ),
            "caption": "The pumpkin took the whole summer to grow.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>A school gardening club has grown an enormous pumpkin. When the pupils "
                    "weighed it, it came to 92 kilograms. That is heavier than most grown-ups! It "
                    "took eight children, two teachers and a borrowed wheelbarrow to move it from "
                    "the vegetable patch into the school hall, where it went on show.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The club planted a single seed indoors in the spring. When the seedling "
                    "was strong enough, they moved it outside into a sunny bed filled with "
                    "compost. Over the summer, the plant's long vines spread right across the "
                    "garden. The children watered it every day, even during the school holidays, "
                    "taking turns with their families.</p>"
                ),
            ),
            ("subheading", "How does a pumpkin grow so big?"),
            (
                "paragraph",
                (
                    "<p>Plants make their own food using sunlight, water and a gas from the air "
                    "called carbon dioxide. This is called <b>photosynthesis</b>. A pumpkin plant "
                    "has huge leaves to catch as much sunlight as possible. The food made in the "
                    "leaves travels along the vines into the pumpkin. On a warm summer's day, a "
                    "giant pumpkin can grow by several kilograms!</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We measured it every week and drew a graph. It was amazing watching the "
                        "line shoot up, just like the pumpkin."
                    ),
                    "attribution": "A member of the school gardening club",
                },
            ),
            (
                "picture",
                {
                    "scene": "nature",
                    "alt": (
                        "A drawing of a vegetable garden with green vines, big yellow flowers and "
                        "a watering can."
                    ),
                    "caption": (
                        "Pumpkin plants have big yellow flowers before the fruit starts to grow."
                    ),
                    "credit": "Illustration: kidsnews",
                },
            ),
            (
                "paragraph",
                (
                    "<p>The pumpkin was not wasted. The school cook turned most of it into soup "
                    "and pumpkin muffins for lunch. The children saved the seeds to plant next "
                    "year. They are hoping to beat their own record, and they have already started "
                    "reading about the tricks that expert growers use.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Did you know?",
                    "body": (
                        "<p>Pumpkins are actually a type of fruit, because they grow from a flower "
                        "and have seeds inside.</p>"
                    ),
                },
            ),
            (
                "social_post",
                {
                    "platform": "x",
                    "author": "Greenfield School Garden Club",
                    "handle": "@GreenfieldGrows",
                    "text": (
                        "Weigh-in day! Our pumpkin tipped the scales at 92kg. Pumpkin soup for "
                        "everyone!"
                    ),
                    "posted_at": "2026-11-16",
                    "url": "https://example.org/greenfield-garden/weigh-in",
                },
            ),
            ("closing_question", "What would you like to grow in a school garden?"),
        ],
    },
    {
        "slug": "trees-share-food-underground",
        "title": "How trees help each other through a hidden underground web",
        "summary": (
            "Scientists are learning how trees in a forest can be linked by tiny threads of fungi "
            "that help them share water and food."
        ),
        "topics": ["science-nature", "environment"],
        "days_ago": 0,
        "hour": 11,
        "updated": None,
        "picture": {
            "scene": "tree",
            "alt": (
                "A drawing of two tall trees with their roots joined underground by a web of thin "
                "white threads."
            ),
            "caption": "Fungus threads link tree roots under the forest floor.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>When you walk through a forest, you might think each tree stands alone. "
                    "But under your feet, something amazing could be happening. The roots of many "
                    "trees are wrapped in tiny threads made by fungi. These threads spread through "
                    "the soil and can link one tree to another, a bit like an underground web.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The fungi and the trees help each other. The fungus threads are so thin "
                    "that they can reach into tiny spaces in the soil where roots cannot go. They "
                    "collect water and goodness from the soil, called nutrients, and pass them to "
                    "the trees. In return, the trees give the fungi some of the sugary food they "
                    "make in their leaves.</p>"
                ),
            ),
            ("subheading", "A new study in the woods"),
            (
                "paragraph",
                (
                    "<p>A team of scientists has been studying this web in an old woodland. They "
                    "used special tracers, a bit like invisible markers, to follow where food "
                    "travels underground. They found signs that some food made by older trees "
                    "ended up in young seedlings growing nearby in the shade. The small trees may "
                    "be getting a helping hand.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "There is still a lot we don't understand. Every time we dig a little "
                        "deeper, the forest surprises us."
                    ),
                    "attribution": "Ana, a forest scientist",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Not all scientists agree on how much trees really share. Some think the "
                    "fungi mostly look after themselves. That is how science works. Researchers "
                    "test ideas, check each other's results and discuss them until they understand "
                    "more. What everyone agrees on is that healthy soil is very important for "
                    "healthy forests.</p>"
                ),
            ),
            (
                "social_post",
                {
                    "platform": "mastodon",
                    "author": "Woodland Science Lab",
                    "handle": "@WoodlandLab",
                    "text": (
                        "Today we collected soil from under an old oak tree. Every handful is "
                        "packed with tiny fungus threads!"
                    ),
                    "posted_at": "2026-11-20",
                    "url": "https://example.org/woodland-lab/soil-day",
                },
            ),
            (
                "picture",
                {
                    "scene": "environment",
                    "alt": (
                        "A drawing of planet Earth with green forests and blue oceans, surrounded "
                        "by small leaves."
                    ),
                    "caption": "Forests help to keep our whole planet healthy.",
                    "credit": "Illustration: kidsnews",
                },
            ),
            (
                "paragraph",
                (
                    "<p>This is one reason why scientists say we should protect old woodlands. "
                    "Planting new trees is great, but an old forest has spent hundreds of years "
                    "building up its underground web. Next time you go for a walk in the woods, "
                    "remember that there may be a busy world hidden beneath your boots.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Did you know?",
                    "body": (
                        "<p>Some of the biggest living things on Earth are fungi. One honey fungus "
                        "in the USA spreads under a forest floor for almost ten square "
                        "kilometres!</p>"
                    ),
                },
            ),
            (
                "closing_question",
                "What do you like to look for when you go for a walk in the woods?",
            ),
        ],
    },
    {
        "slug": "why-leaves-change-colour",
        "title": "Why do leaves change colour in autumn?",
        "summary": (
            "Red, orange and golden leaves are everywhere at the moment, so we find out about the "
            "science behind nature's autumn colour show."
        ),
        "topics": ["science-nature"],
        "days_ago": 10,
        "hour": 15,
        "updated": None,
        "picture": {
            "scene": "tree",
            "alt": (
                "A drawing of a tree with red, orange and yellow leaves, some of them falling to "
                "the ground."
            ),
            "caption": "Autumn trees can turn many different colours.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Have you noticed that the trees look different lately? Their leaves have "
                    "turned from green to bright red, orange and gold. Many of them are now "
                    "falling and making crunchy piles on the ground. But why does this happen "
                    "every autumn? The answer is a clever bit of science happening inside every "
                    "leaf.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In spring and summer, leaves are full of a green substance called "
                    "<b>chlorophyll</b>. Chlorophyll helps trees catch sunlight and turn it into "
                    "food. There is so much of it that it hides all the other colours in the leaf. "
                    "As the days get shorter and colder, trees stop making chlorophyll, and the "
                    "green slowly fades away.</p>"
                ),
            ),
            ("subheading", "Hidden colours"),
            (
                "paragraph",
                (
                    "<p>When the green disappears, yellow and orange colours that were there all "
                    "along can finally be seen. Some trees, such as maples, also make brand-new "
                    "red and purple colours in autumn. Sunny days and cool nights help to make "
                    "these reds extra bright. That is why some autumns are more colourful than "
                    "others.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "I tell children to collect a leaf from the same tree every week. You can "
                        "watch the colours change like a slow-motion firework."
                    ),
                    "attribution": "Ruth, a park ranger",
                },
            ),
            (
                "picture",
                {
                    "scene": "nature",
                    "alt": (
                        "A drawing of a pile of colourful autumn leaves with a shiny conker and an "
                        "acorn on top."
                    ),
                    "caption": "Leaves, conkers and acorns are autumn treasures.",
                    "credit": "Illustration: kidsnews",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Trees drop their leaves to save energy and water during winter. Without "
                    "leaves, they can rest until spring. Fallen leaves are not wasted, either. "
                    "Worms, beetles and fungi break them down, and they turn into rich soil that "
                    "helps new plants to grow. Leaf piles also make snug winter homes for insects "
                    "and hedgehogs.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Did you know?",
                    "body": (
                        "<p>Evergreen trees, such as pine and holly, keep their leaves all year "
                        "round. Their leaves have a waxy coating that helps them cope with the "
                        "cold.</p>"
                    ),
                },
            ),
            (
                "social_post",
                {
                    "platform": "instagram",
                    "author": "Town Parks Team",
                    "handle": "@TownParksTeam",
                    "text": (
                        "The maple trees by the lake are glowing red this week. Come and kick some "
                        "leaves!"
                    ),
                    "posted_at": "2026-11-10",
                    "url": "https://example.org/town-parks/autumn-maples",
                },
            ),
            ("closing_question", "What is your favourite thing to do in autumn?"),
        ],
    },
    {
        "slug": "young-fossil-hunter-finds-ammonite",
        "title": "Young fossil hunter finds an ancient sea creature on the beach",
        "summary": (
            "A young fossil hunter has found a beautiful ammonite on the beach, and museum experts "
            "say it is older than many dinosaurs."
        ),
        "topics": ["science-nature"],
        "days_ago": 8,
        "hour": 11,
        "updated": {"hours_after": 20},
        "picture": {
            "scene": "ocean",
            "alt": (
                "A drawing of a sandy beach with gentle waves and a curly spiral fossil lying "
                "among the pebbles."
            ),
            "caption": "Ammonite fossils have a spiral shape, a bit like a snail's shell.",
            "credit": "Illustration: kidsnews",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>A young fossil hunter called Isla has made an amazing discovery on the "
                    "beach. While exploring with her dad during the half-term holiday, she spotted "
                    "a grey stone with a swirly pattern. When she looked closer, she realised it "
                    "was the fossil of an <b>ammonite</b>, a sea creature that lived millions of "
                    "years ago.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Ammonites had spiral shells, a bit like snails, with soft bodies and "
                    "tentacles poking out of the front. They swam in the oceans at the time when "
                    "dinosaurs walked on land. When they died, some sank to the sea floor and were "
                    "covered in mud. Over a very long time, the mud turned to rock and the shells "
                    "became fossils.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "I almost walked right past it. Then I saw the spiral and shouted so "
                        "loudly that Dad dropped his sandwich!"
                    ),
                    "attribution": "Isla, the young fossil hunter",
                },
            ),
            ("subheading", "What the experts say"),
            (
                "paragraph",
                (
                    "<p>Isla took her fossil to a museum to find out more. The experts there were "
                    "very impressed. The ammonite is about the size of a dinner plate and has "
                    "hardly any damage. Its shell still shows delicate, wiggly lines where the "
                    "inside was divided into lots of little rooms, called chambers.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Update:</b> Museum scientists have now studied the rock around the "
                    "fossil. They say the ammonite is about 190 million years old. That makes it "
                    "older than many famous dinosaurs, including <i>Tyrannosaurus rex</i>. Isla "
                    "has kindly agreed to lend her fossil to the museum, so that it can go on "
                    "display for visitors to enjoy.</p>"
                ),
            ),
            (
                "picture",
                {
                    "scene": "nature",
                    "alt": "A drawing of tall striped cliffs above a pebbly beach on a sunny day.",
                    "caption": "Fossils are often found on beaches below crumbly cliffs.",
                    "credit": "Illustration: kidsnews",
                },
            ),
            (
                "social_post",
                {
                    "platform": "x",
                    "author": "Coastal Fossil Museum",
                    "handle": "@CoastFossilMuseum",
                    "text": (
                        "What a find! A young visitor brought in this stunning ammonite. We are so "
                        "excited to put it on display."
                    ),
                    "posted_at": "2026-11-13",
                    "url": "https://example.org/coastal-fossil-museum/ammonite",
                },
            ),
            ("subheading", "Going fossil hunting"),
            (
                "paragraph",
                (
                    "<p>If you would like to go fossil hunting, always go with a grown-up and "
                    "check the tide times before you set off. Stay away from the bottom of cliffs, "
                    "as stones can tumble down. The best place to search is among the loose "
                    "pebbles near the water's edge. And remember to take a bag for your "
                    "treasures!</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Did you know?",
                    "body": (
                        "<p>The word fossil comes from a Latin word meaning dug up. Most fossils "
                        "are found in rocks that formed at the bottom of ancient seas.</p>"
                    ),
                },
            ),
            (
                "closing_question",
                "If you could find any fossil in the world, what would you want it to be?",
            ),
        ],
    },
]

COMMENT_SEEDS: dict[str, list[str]] = {
    "moon-rocket-test-flight": [
        "I love space! I want to be an astronaut when I grow up.",
        "I watched a rocket launch video with my family and it was so loud!",
        "I would take my teddy and a big bag of snacks to the Moon.",
    ],
    "penguin-chicks-hatch-zoo": [
        "The chicks are so fluffy! I hope I can visit them one day.",
        "Penguins are my favourite animal. We did a project about them at school.",
        "I didn't know some penguins like warm weather. That is really interesting!",
    ],
    "hedgehog-highways-gardens": [
        "We have a hedgehog house in our garden. I hope a hedgehog moves in!",
        "I didn't know you should not give hedgehogs milk. Thanks for telling us.",
        "Hedgehogs are so cute when they roll into a ball.",
    ],
    "octopus-solves-puzzle-box": [
        "Octopuses are so clever! I can't believe they have three hearts.",
        "I would make a puzzle with lots of tubes and a treasure chest at the end.",
    ],
    "girls-football-team-wins-cup": [
        "Well done to the whole team! Penalties are so exciting.",
        "I play football at lunchtime and I love being in goal.",
        "This makes me want to start a girls' team at my school too.",
        "The silly goal dance sounds really fun!",
    ],
    "meteor-shower-night-sky": [
        "I saw a shooting star once and made a wish. I can't tell you what it was!",
        "I am going to ask my mum if we can look for meteors this weekend.",
        "Space is amazing. I want to learn more about comets.",
    ],
}
