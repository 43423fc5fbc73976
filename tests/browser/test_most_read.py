"""In a real browser: reading a story moves it up Top Stories; reloads within a minute count
once; no cookie is set and nothing is fetched from another origin."""

import pytest

from kidsnews.popularity.queries import views_of

from ..factories import make_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def top_story_titles(page) -> list[str]:
    return page.locator(".top-stories .story-card__title").all_inner_texts()


def test_reading_a_story_moves_it_up_most_read_without_cookies(
    browser,
    browser_page,
    live_server,
    tree,
):
    quiet = make_story(tree["stories"], title="Quiet story about clouds", slug="clouds")
    popular = make_story(tree["stories"], title="Popular story about pandas", slug="pandas")
    make_story(tree["stories"], title="Newest story leads", slug="lead")

    page = browser_page
    page.goto("/")
    before = top_story_titles(page)
    assert before.index("Popular story about pandas") < before.index("Quiet story about clouds")

    # One reader reloads the quiet story again and again: it counts once.
    for _ in range(4):
        page.goto(quiet.url)
        assert page.get_by_role("heading", level=1).inner_text() == quiet.title
    assert views_of(page_id=quiet.pk) == 1

    # Two other readers (other browsers) read it once each: three reads in all.
    for agent in ("Mozilla/5.0 (Android 14) Firefox/133", "Mozilla/5.0 (iPad) Safari/605"):
        context = browser.new_context(user_agent=agent, base_url=live_server.url)
        other = context.new_page()
        other.goto(quiet.url)
        assert not context.cookies()
        context.close()
    assert views_of(page_id=quiet.pk) == 3
    assert views_of(page_id=popular.pk) == 0

    page.goto("/")
    after = top_story_titles(page)
    assert after[0] == "Quiet story about clouds"
    assert page.cookies() == []
    assert page.foreign_requests() == []
