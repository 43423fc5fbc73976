"""The site's own pages, linked from the footer: About us, For parents and teachers, Privacy
notice, House rules, Worried about the news?, Contact."""

from kidsnews.info.models import InfoPage

from ..content.info import PAGES


def load(ctx) -> None:
    home = ctx.made["home"]
    for slug, title, intro, body in PAGES:
        if InfoPage.objects.child_of(home).filter(slug=slug).exists():
            continue
        page = home.add_child(instance=InfoPage(title=title, slug=slug, intro=intro, body=body))
        page.save_revision().publish()
