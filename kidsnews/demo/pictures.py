"""Illustrations drawn by code for the demo content: no downloads, no borrowed pictures.

Each scene is a simple, bright picture in a 16:9 frame, deterministic for a given seed.
"""

import io
import math
import random

from PIL import Image, ImageDraw

SIZE = (1200, 675)


def _sky(draw, top, bottom, size=SIZE):
    width, height = size
    for y in range(height):
        t = y / height
        colour = tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)


def _stars(draw, rnd, count=120, size=SIZE):
    for _ in range(count):
        x, y = rnd.randrange(size[0]), rnd.randrange(size[1])
        r = rnd.choice((1, 1, 2, 3))
        draw.ellipse([x - r, y - r, x + r, y + r], fill=(255, 255, 240))


def _space(draw, rnd):
    _sky(draw, (8, 10, 40), (40, 20, 80))
    _stars(draw, rnd)
    cx, cy, r = rnd.randint(350, 850), rnd.randint(250, 420), rnd.randint(120, 190)
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(230, 150, 70))
    for band in range(3):
        y = cy - r // 2 + band * r // 2
        draw.rectangle([cx - r + 25, y - 8, cx + r - 25, y + 8], fill=(200, 110, 50))
    draw.ellipse(
        [cx - r * 1.8, cy - r * 0.35, cx + r * 1.8, cy + r * 0.35],
        outline=(250, 220, 160),
        width=10,
    )


def _moon(draw, rnd):
    _sky(draw, (5, 5, 25), (20, 20, 50))
    _stars(draw, rnd, 90)
    draw.ellipse([780, 60, 1080, 360], fill=(60, 120, 220))
    draw.ellipse([850, 120, 960, 230], fill=(70, 170, 90))
    draw.pieslice([-200, 420, 1400, 1200], 180, 360, fill=(185, 185, 190))
    for _ in range(14):
        x, y, r = rnd.randint(50, 1150), rnd.randint(480, 660), rnd.randint(15, 45)
        draw.ellipse([x - r, y - r // 2, x + r, y + r // 2], fill=(150, 150, 158))


def _rocket(draw, rnd):
    _sky(draw, (20, 40, 110), (120, 170, 230))
    _stars(draw, rnd, 40)
    x = rnd.randint(500, 700)
    draw.polygon([(x, 80), (x - 60, 200), (x + 60, 200)], fill=(220, 40, 50))
    draw.rectangle([x - 60, 200, x + 60, 470], fill=(240, 240, 245))
    draw.ellipse([x - 30, 250, x + 30, 310], fill=(80, 170, 230), outline=(60, 60, 70), width=6)
    draw.polygon([(x - 60, 400), (x - 120, 500), (x - 60, 470)], fill=(220, 40, 50))
    draw.polygon([(x + 60, 400), (x + 120, 500), (x + 60, 470)], fill=(220, 40, 50))
    draw.polygon([(x - 45, 470), (x + 45, 470), (x, 640)], fill=(255, 170, 40))
    draw.polygon([(x - 25, 470), (x + 25, 470), (x, 580)], fill=(255, 235, 120))


def _ground(draw, colour, y=470):
    draw.rectangle([0, y, SIZE[0], SIZE[1]], fill=colour)


def _tree(draw, x, y, scale=1.0, leaves=(46, 139, 87)):
    draw.rectangle([x - 18 * scale, y - 120 * scale, x + 18 * scale, y], fill=(120, 80, 40))
    for dx, dy, r in ((0, -190, 90), (-60, -150, 70), (60, -150, 70)):
        cx, cy, rr = x + dx * scale, y + dy * scale, r * scale
        draw.ellipse([cx - rr, cy - rr, cx + rr, cy + rr], fill=leaves)


def _nature(draw, rnd):
    _sky(draw, (120, 190, 250), (200, 235, 255))
    draw.ellipse([980, 50, 1120, 190], fill=(255, 215, 60))
    _ground(draw, (110, 190, 90))
    for x in range(80, 1200, 230):
        _tree(draw, x + rnd.randint(-30, 30), 520 + rnd.randint(-20, 40), rnd.uniform(0.8, 1.2))


def _tree_scene(draw, rnd):
    _sky(draw, (255, 200, 120), (255, 240, 200))
    _ground(draw, (150, 110, 60), 560)
    _tree(draw, 600, 580, 2.0, leaves=(200, 90, 40))
    for _ in range(25):
        x, y = rnd.randint(100, 1100), rnd.randint(560, 660)
        draw.ellipse(
            [x, y, x + 24, y + 14], fill=rnd.choice([(220, 120, 30), (190, 60, 30), (240, 180, 40)])
        )


def _animal(draw, x, y, colour, rnd):
    draw.ellipse([x - 110, y - 60, x + 110, y + 60], fill=colour)
    draw.ellipse([x + 70, y - 120, x + 170, y - 20], fill=colour)
    draw.ellipse([x + 120, y - 90, x + 140, y - 70], fill=(20, 20, 20))
    for leg in (-80, -30, 30, 80):
        draw.rectangle([x + leg - 12, y + 40, x + leg + 12, y + 120], fill=colour)
    draw.polygon([(x + 85, y - 110), (x + 95, y - 160), (x + 115, y - 115)], fill=colour)


def _animals(draw, rnd):
    _sky(draw, (150, 210, 250), (220, 240, 255))
    _ground(draw, (130, 200, 100))
    _tree(draw, 150, 500, 1.1)
    palette = [(200, 140, 80), (120, 120, 120), (230, 190, 90), (160, 100, 60)]
    for i, x in enumerate((450, 850)):
        _animal(draw, x + rnd.randint(-40, 40), 470, palette[(i + rnd.randint(0, 3)) % 4], rnd)


def _penguin(draw, x, y, scale=1.0, *, chick=False):
    """A standing penguin, feet at (x, y): black back, white front, orange beak and feet;
    a chick is grey and fluffy with a white face."""
    s = scale
    body = (110, 110, 118) if chick else (25, 25, 35)
    front = (200, 200, 205) if chick else (250, 250, 250)
    draw.ellipse([x - 70 * s, y - 230 * s, x + 70 * s, y - 10 * s], fill=body)  # body
    draw.ellipse([x - 45 * s, y - 180 * s, x + 45 * s, y - 20 * s], fill=front)  # belly
    draw.ellipse([x - 50 * s, y - 300 * s, x + 50 * s, y - 200 * s], fill=body)  # head
    draw.ellipse([x - 30 * s, y - 280 * s, x + 30 * s, y - 225 * s], fill=front)  # face
    for dx in (-14, 14):
        draw.ellipse(
            [x + (dx - 5) * s, y - 265 * s, x + (dx + 5) * s, y - 255 * s], fill=(15, 15, 15)
        )
    draw.polygon(
        [(x - 12 * s, y - 248 * s), (x + 12 * s, y - 248 * s), (x, y - 228 * s)],
        fill=(245, 150, 30),
    )
    for side in (-1, 1):  # flippers
        draw.polygon(
            [
                (x + side * 62 * s, y - 170 * s),
                (x + side * 95 * s, y - 80 * s),
                (x + side * 55 * s, y - 100 * s),
            ],
            fill=body,
        )
        draw.ellipse(
            [x + side * 30 * s - 22 * s, y - 18 * s, x + side * 30 * s + 22 * s, y + 4 * s],
            fill=(245, 150, 30),
        )


def _penguins(draw, rnd):
    _sky(draw, (150, 200, 240), (220, 240, 255))
    draw.polygon([(0, 470), (300, 330), (520, 470)], fill=(235, 245, 255))  # icebergs
    draw.polygon([(760, 470), (1000, 300), (1200, 470)], fill=(225, 238, 250))
    _ground(draw, (240, 248, 255))
    _penguin(draw, 430 + rnd.randint(-20, 20), 620, 1.5)
    _penguin(draw, 680, 620, 0.9, chick=True)
    _penguin(draw, 830 + rnd.randint(-20, 20), 625, 0.85, chick=True)


def _penguins_swimming(draw, rnd):
    _sky(draw, (40, 140, 200), (10, 50, 110))
    for _ in range(40):
        x, y, r = rnd.randint(0, 1200), rnd.randint(0, 640), rnd.randint(4, 12)
        draw.ellipse([x - r, y - r, x + r, y + r], outline=(200, 235, 255), width=2)
    for x, y in ((300, 260), (650, 420), (950, 220)):
        x += rnd.randint(-30, 30)
        draw.ellipse([x - 120, y - 40, x + 120, y + 40], fill=(25, 25, 35))  # lying flat
        draw.ellipse([x - 100, y - 5, x + 100, y + 38], fill=(250, 250, 250))
        draw.ellipse([x + 90, y - 35, x + 150, y + 25], fill=(25, 25, 35))
        draw.ellipse([x + 122, y - 20, x + 132, y - 10], fill=(250, 250, 250))
        draw.polygon([(x + 148, y - 8), (x + 180, y), (x + 148, y + 8)], fill=(245, 150, 30))
        draw.polygon([(x - 20, y - 20), (x - 70, y - 80), (x + 20, y - 30)], fill=(25, 25, 35))


def _hedgehog(draw, rnd):
    _sky(draw, (150, 210, 250), (220, 240, 255))
    _ground(draw, (110, 190, 90))
    draw.rectangle([0, 300, 1200, 470], fill=(150, 100, 60))  # garden fence
    for x in range(0, 1200, 100):
        draw.line([(x, 300), (x, 470)], fill=(120, 80, 45), width=6)
    draw.chord([700, 390, 860, 550], 180, 360, fill=(40, 30, 20))  # the hole in the fence
    x, y = 560 + rnd.randint(-20, 20), 520
    for i in range(28):  # spines
        angle = math.radians(190 + i * 6)
        draw.line(
            [(x, y), (x + 170 * math.cos(angle), y + 120 * math.sin(angle))],
            fill=(90, 60, 35),
            width=10,
        )
    draw.pieslice([x - 150, y - 100, x + 150, y + 100], 180, 360, fill=(120, 85, 50))
    draw.polygon([(x + 130, y - 50), (x + 230, y - 5), (x + 130, y)], fill=(200, 160, 120))
    draw.ellipse([x + 222, y - 14, x + 240, y + 4], fill=(20, 20, 20))  # nose
    draw.ellipse([x + 160, y - 40, x + 172, y - 28], fill=(20, 20, 20))  # eye


def _dormouse(draw, rnd):
    _sky(draw, (70, 50, 40), (120, 90, 60))  # inside a snug hollow
    draw.ellipse([330, 180, 870, 620], fill=(170, 140, 80))  # nest of grass
    for _ in range(60):
        x, y = rnd.randint(360, 840), rnd.randint(220, 600)
        draw.line(
            [(x, y), (x + rnd.randint(-40, 40), y + rnd.randint(-20, 20))],
            fill=(200, 170, 100),
            width=4,
        )
    draw.ellipse([440, 300, 760, 520], fill=(210, 150, 60))  # curled-up body
    draw.ellipse([600, 330, 740, 450], fill=(220, 165, 75))  # head
    draw.ellipse([610, 300, 660, 350], fill=(200, 140, 60))  # ears
    draw.ellipse([670, 300, 720, 350], fill=(200, 140, 60))
    draw.arc([640, 375, 670, 395], 0, 180, fill=(40, 25, 15), width=4)  # closed eyes
    draw.arc([690, 375, 720, 395], 0, 180, fill=(40, 25, 15), width=4)
    draw.arc([420, 280, 640, 520], 90, 300, fill=(190, 130, 50), width=28)  # fluffy tail


def _octopus(draw, rnd):
    _sky(draw, (20, 110, 170), (5, 40, 90))
    draw.rectangle([0, 560, 1200, 675], fill=(220, 200, 150))  # sand
    draw.rectangle([700, 380, 900, 560], outline=(220, 240, 255), width=6)  # the puzzle box
    x, y = 520 + rnd.randint(-20, 20), 300
    for i in range(8):
        start = x - 140 + i * 40
        draw.line(
            [(start, y + 60), (start - 30 + i * 12, y + 200), (start + 20, y + 260)],
            fill=(240, 110, 40),
            width=26,
            joint="curve",
        )
    draw.line([(x + 120, y + 80), (700, 420), (760, 470)], fill=(240, 110, 40), width=26)
    draw.ellipse([x - 150, y - 170, x + 150, y + 110], fill=(245, 120, 45))
    for dx in (-55, 55):
        draw.ellipse([x + dx - 28, y - 40, x + dx + 28, y + 16], fill=(255, 255, 255))
        draw.ellipse([x + dx - 12, y - 24, x + dx + 12, y], fill=(20, 20, 20))


def _ocean(draw, rnd):
    _sky(draw, (20, 110, 170), (5, 40, 90))
    for _ in range(30):
        x, y, r = rnd.randint(0, 1200), rnd.randint(0, 600), rnd.randint(4, 14)
        draw.ellipse([x - r, y - r, x + r, y + r], outline=(200, 235, 255), width=2)
    for _ in range(6):
        x, y = rnd.randint(100, 1100), rnd.randint(120, 560)
        colour = rnd.choice([(255, 140, 0), (255, 220, 0), (255, 90, 120), (120, 230, 200)])
        draw.ellipse([x - 60, y - 30, x + 60, y + 30], fill=colour)
        draw.polygon([(x - 55, y), (x - 110, y - 35), (x - 110, y + 35)], fill=colour)
        draw.ellipse([x + 25, y - 12, x + 40, y + 3], fill=(20, 20, 20))
    for x in range(0, 1200, 60):
        draw.polygon(
            [(x, 675), (x + 30, 560 + rnd.randint(-40, 40)), (x + 60, 675)], fill=(230, 110, 130)
        )


def _football(draw, rnd):
    _sky(draw, (40, 150, 60), (30, 120, 50))
    for x in range(0, 1200, 120):
        draw.rectangle([x, 0, x + 60, 675], fill=(50, 165, 70))
    draw.line([(600, 0), (600, 675)], fill=(255, 255, 255), width=8)
    draw.ellipse([450, 190, 750, 490], outline=(255, 255, 255), width=8)
    x, y = rnd.randint(300, 900), rnd.randint(200, 480)
    draw.ellipse(
        [x - 70, y - 70, x + 70, y + 70], fill=(255, 255, 255), outline=(20, 20, 20), width=4
    )
    for angle in range(0, 360, 72):
        px = x + 38 * math.cos(math.radians(angle))
        py = y + 38 * math.sin(math.radians(angle))
        draw.ellipse([px - 16, py - 16, px + 16, py + 16], fill=(20, 20, 20))


def _sport(draw, rnd):
    _sky(draw, (240, 120, 60), (250, 200, 120))
    draw.rectangle([0, 380, 1200, 675], fill=(190, 80, 60))
    for lane in range(5):
        y = 400 + lane * 55
        draw.line([(0, y), (1200, y)], fill=(255, 255, 255), width=4)
    for i in range(3):
        x = 250 + i * 300 + rnd.randint(-30, 30)
        draw.ellipse([x - 30, 190, x + 30, 250], fill=(90, 60, 40))
        draw.line([(x, 250), (x, 350)], fill=(30, 60, 160), width=24)
        draw.line([(x, 350), (x - 50, 440)], fill=(30, 30, 30), width=14)
        draw.line([(x, 350), (x + 50, 430)], fill=(30, 30, 30), width=14)
        draw.line([(x, 280), (x + 60, 240)], fill=(90, 60, 40), width=12)
        draw.line([(x, 280), (x - 60, 320)], fill=(90, 60, 40), width=12)


def _environment(draw, rnd):
    _sky(draw, (130, 200, 250), (230, 245, 255))
    draw.ellipse([350, 90, 850, 590], fill=(40, 120, 210))
    for _ in range(5):
        x, y, r = rnd.randint(430, 760), rnd.randint(170, 500), rnd.randint(40, 80)
        draw.ellipse([x - r, y - r * 0.7, x + r, y + r * 0.7], fill=(70, 170, 80))
    draw.ellipse([350, 90, 850, 590], outline=(255, 255, 255), width=6)


SCENES = {
    "space": _space,
    "moon": _moon,
    "rocket": _rocket,
    "nature": _nature,
    "tree": _tree_scene,
    "animals": _animals,
    "penguins": _penguins,
    "penguins-swimming": _penguins_swimming,
    "hedgehog": _hedgehog,
    "dormouse": _dormouse,
    "octopus": _octopus,
    "ocean": _ocean,
    "football": _football,
    "sport": _sport,
    "environment": _environment,
}


def draw_scene(scene: str, seed: int, size: tuple[int, int] = SIZE) -> bytes:
    """PNG bytes of the named scene; unknown scene names fall back to 'nature'."""
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    SCENES.get(scene, _nature)(draw, random.Random(seed))  # noqa: S311 # nosec B311 - drawing, not security
    if size != SIZE:
        image = image.resize(size)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


# What each drawn scene really shows. Demo pictures use these as alt text: alt text must
# describe the picture, not the story it illustrates.
SCENE_DESCRIPTIONS = {
    "space": "A drawing of an orange planet with stripes and a ring, among stars.",
    "moon": "A drawing of the grey, cratered Moon with the blue and green Earth in a starry sky.",
    "rocket": "A drawing of a red and white rocket with a flame below it, flying into a blue sky.",
    "nature": "A drawing of green trees on grass under a blue sky with a yellow sun.",
    "tree": "A drawing of a big orange autumn tree with fallen leaves on the ground.",
    "animals": "A drawing of two four-legged animals standing on grass beside a tree.",
    "penguins": "A drawing of a black and white penguin and two grey fluffy chicks on the ice.",
    "penguins-swimming": "A drawing of three penguins swimming under blue water among bubbles.",
    "hedgehog": "A drawing of a spiky brown hedgehog on the grass by a hole in a garden fence.",
    "dormouse": "A drawing of a golden-brown dormouse curled up asleep in a nest of grass.",
    "octopus": "A drawing of an orange octopus reaching an arm towards a clear box on the sand.",
    "ocean": "A drawing of colourful fish swimming over pink coral in deep blue water.",
    "football": "A drawing of a black and white football on a striped green pitch.",
    "sport": "A drawing of three runners racing on a red running track at sunset.",
    "environment": "A drawing of planet Earth, blue with green land, against a pale sky.",
}
