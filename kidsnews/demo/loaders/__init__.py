"""Demo content loaders, run in this order by `manage.py load_demo`.

Each module has `load(ctx: DemoContext)` and must be idempotent: it finds what it made before
(by slug or title) and leaves it alone. Later features add their module to LOADERS.
"""

LOADERS = [
    "kidsnews.demo.loaders.site",
    "kidsnews.demo.loaders.polls",
    "kidsnews.demo.loaders.articles",
    "kidsnews.demo.loaders.comments",
    "kidsnews.demo.loaders.videos",
    "kidsnews.demo.loaders.quizzes",
    "kidsnews.demo.loaders.info",
    "kidsnews.demo.loaders.glossary",
]
