"""The demo glossary: words from the demo stories, each explained for a 7-year-old.

All definitions were written for kidsnews. Each entry: word, other forms (comma separated),
definition, and the drawn scene (demo/pictures.py) that illustrates it, or None.
"""

TERMS: list[tuple[str, str, str, str | None]] = [
    (
        "ammonite",
        "ammonites",
        "A sea creature with a curly, spiral shell that lived millions of years ago. Today we "
        "find its shell as a fossil in rocks.",
        None,
    ),
    (
        "aquarium",
        "aquariums, aquaria",
        "A place with big glass tanks full of water, where fish and other sea animals live and "
        "people can visit them.",
        "ocean",
    ),
    (
        "astronaut",
        "astronauts",
        "A person who is trained to travel into space in a rocket.",
        None,
    ),
    (
        "astronomer",
        "astronomers",
        "A scientist who studies the stars, planets and everything else out in space.",
        None,
    ),
    (
        "autumn",
        "autumns",
        "The time of year after summer and before winter, when many leaves turn orange and fall "
        "off the trees.",
        "tree",
    ),
    (
        "backspin",
        "",
        "When a ball spins backwards as it moves forwards, so it slows down and does not bounce "
        "very far.",
        None,
    ),
    (
        "barcode",
        "barcodes",
        "A pattern of black and white stripes that a machine can read, like a secret name tag.",
        None,
    ),
    (
        "burrow",
        "burrows, burrowing",
        "A hole or tunnel in the ground that an animal digs to live or hide in.",
        None,
    ),
    (
        "capsule",
        "capsules",
        "The small part at the top of a rocket where astronauts sit. It comes back down to Earth "
        "at the end of the trip.",
        None,
    ),
    (
        "carbon dioxide",
        "",
        "A gas in the air that we cannot see. We breathe it out, and plants take it in to help "
        "them grow.",
        None,
    ),
    (
        "chick",
        "chicks",
        "A baby bird that has just come out of its egg.",
        "penguins",
    ),
    (
        "chlorophyll",
        "",
        "The stuff inside leaves that makes them green and helps them use sunlight to make food.",
        "nature",
    ),
    (
        "climate",
        "climates",
        "The kind of weather a place usually has over many years, like hot and dry or cold and "
        "rainy.",
        "environment",
    ),
    (
        "comet",
        "comets",
        "A big ball of ice and dust that travels around the Sun. When it comes close, it can have "
        "a long, glowing tail.",
        None,
    ),
    (
        "compost",
        "",
        "Old plants and food scraps that have rotted down into rich, dark soil that helps new "
        "plants grow.",
        None,
    ),
    (
        "crater",
        "craters",
        "A big round dip in the ground, made when a space rock crashes into it. The Moon is "
        "covered in them.",
        "moon",
    ),
    (
        "dormouse",
        "dormice",
        "A small, furry animal with a fluffy tail that sleeps through the whole winter.",
        "dormouse",
    ),
    (
        "energy",
        "",
        "What living things and machines need to move, grow and work. Food gives you energy.",
        None,
    ),
    (
        "engineer",
        "engineers",
        "A person who designs and builds things, like bridges, robots and rockets, and makes "
        "them work.",
        None,
    ),
    (
        "enrichment",
        "",
        "Toys, puzzles and new things that zoo keepers give animals so they do not get bored.",
        None,
    ),
    (
        "evergreen",
        "evergreens",
        "A tree or plant that keeps its green leaves all year round, even in winter.",
        None,
    ),
    (
        "experiment",
        "experiments",
        "A careful test that scientists do to find out something new or to check an idea.",
        None,
    ),
    (
        "firefighter",
        "firefighters",
        "A person whose job is to put out fires and rescue people who are in danger.",
        None,
    ),
    (
        "flipper",
        "flippers",
        "A flat arm or leg that helps an animal, like a penguin or a seal, swim through water.",
        "penguins-swimming",
    ),
    (
        "flood",
        "floods, flooded, flooding",
        "When lots of water covers land that is usually dry, often after heavy rain.",
        None,
    ),
    (
        "fossil",
        "fossils",
        "What is left of a plant or animal from long, long ago, kept safe in rock, like a shell "
        "or a bone.",
        None,
    ),
    (
        "fungus",
        "fungi, funguses",
        "A living thing that is not a plant or an animal. Mushrooms and toadstools are kinds of "
        "fungus.",
        None,
    ),
    (
        "goalkeeper",
        "goalkeepers",
        "The player who stands in front of the goal and tries to stop the ball going in.",
        "football",
    ),
    (
        "hedgehog",
        "hedgehogs",
        "A small animal covered in prickly spines. It rolls into a ball when it is scared.",
        "hedgehog",
    ),
    (
        "hibernate",
        "hibernates, hibernating, hibernation",
        "To go into a very deep sleep for the whole winter, like hedgehogs and dormice do.",
        None,
    ),
    (
        "laboratory",
        "laboratories",
        "A room where scientists work and do their tests and experiments.",
        None,
    ),
    (
        "lander",
        "landers",
        "A spacecraft built to land gently on the Moon or a planet.",
        None,
    ),
    (
        "mascot",
        "mascots",
        "A person, animal or toy that a team or event picks to bring them good luck.",
        None,
    ),
    (
        "medal",
        "medals",
        "A small metal disc, often on a ribbon, given to someone as a prize.",
        "sport",
    ),
    (
        "meteor",
        "meteors",
        "A tiny bit of space rock that burns up in the sky and looks like a shooting star.",
        "space",
    ),
    (
        "museum",
        "museums",
        "A building where interesting old and special things are kept for people to look at and "
        "learn about.",
        None,
    ),
    (
        "nutrients",
        "nutrient",
        "The good things in food and soil that living things need to grow and stay healthy.",
        None,
    ),
    (
        "orbit",
        "orbits, orbiting, orbited",
        "To travel round and round something in space, like the Moon goes round the Earth.",
        None,
    ),
    (
        "Paralympics",
        "Paralympic, Paralympian, Paralympians",
        "Big sports games for athletes with disabilities, held after the Olympic Games.",
        None,
    ),
    (
        "photosynthesis",
        "",
        "How plants make their own food, using sunlight, water and a gas from the air.",
        None,
    ),
    (
        "regolith",
        "",
        "The loose dust and broken bits of rock that cover the ground on the Moon.",
        None,
    ),
    (
        "rocket",
        "rockets",
        "A tall machine that pushes out hot gas very fast so it can zoom up into space.",
        "rocket",
    ),
    (
        "rover",
        "rovers",
        "A robot car that drives around on the Moon or another planet and sends back pictures.",
        None,
    ),
    (
        "scientist",
        "scientists",
        "A person who studies how the world works by watching carefully and doing tests.",
        None,
    ),
    (
        "seedling",
        "seedlings",
        "A very young plant that has just grown out of its seed.",
        None,
    ),
    (
        "sensor",
        "sensors",
        "A small part of a machine that notices things, such as heat, light or movement.",
        None,
    ),
    (
        "tentacle",
        "tentacles",
        "A long, bendy arm that animals like an octopus use to feel, hold and move.",
        "octopus",
    ),
    (
        "topspin",
        "",
        "When a ball spins forwards as it flies, so it dips down quickly and bounces fast.",
        None,
    ),
    (
        "volunteer",
        "volunteers, volunteered, volunteering",
        "Someone who chooses to help, without being paid for it.",
        None,
    ),
    (
        "wildlife",
        "",
        "Animals and plants that live free in nature, not as pets or on farms.",
        None,
    ),
    (
        "woodland",
        "woodlands",
        "Land covered with lots of trees, like a small forest.",
        "nature",
    ),
]
