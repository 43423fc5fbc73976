"""A child on a phone votes and reacts, with JavaScript on and off: results in place (or on
the results page), a reload shows results without a second count, no cookie, nothing off the
site, nothing moves, axe finds nothing. (That the story with its poll is stored whole for
everyone: test_editing.py.)"""

import pytest

from kidsnews.polls.queries import poll_results, reaction_totals
from tests.browser.fixtures import RecordingPage

from .helpers import make_poll, story_with_poll

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def story(tree, settings):
    settings.PAGE_CACHE_ENABLED = True  # as in production: the same page for every reader
    return story_with_poll(tree, make_poll())


def box_height(page, selector):
    return page.evaluate(
        f"() => document.querySelector('{selector}').getBoundingClientRect().height"
    )


def below_top(page):
    # Where what follows the poll starts: it must not move when the results come in.
    return page.evaluate(
        "() => document.querySelector('.reactions').getBoundingClientRect().top + window.scrollY"
    )


def test_with_javascript_results_replace_the_form_and_a_reload_counts_nothing(
    story, browser_page, run_axe
):
    page = browser_page
    page.goto(story.url)
    run_axe(page)
    before_height, before_below = box_height(page, ".poll"), below_top(page)
    page.get_by_role("button", name="A cat").click()
    page.get_by_text("Thanks for voting!").wait_for()
    assert "100%" in page.locator(".poll").inner_text()
    assert "From readers like you" in page.locator(".poll").inner_text()
    assert box_height(page, ".poll") == before_height, "the results take the form's place"
    assert below_top(page) == before_below
    run_axe(page)

    page.reload()
    page.locator(".poll [data-tally-results]").wait_for()
    assert page.locator(".poll button[name=answer]").count() == 0
    assert "1 vote." in page.locator(".poll").inner_text()
    # Reacting works the same way.
    page.get_by_role("button", name="Surprised").click()
    page.get_by_text("Thanks for telling us!").wait_for()
    run_axe(page)

    assert [row.votes for row in poll_results(poll=story.poll).rows] == [0, 1, 0]
    assert reaction_totals(story_id=story.pk).total == 1
    # The pages a reader without JavaScript lands on (axe needs JavaScript to run).
    page.goto(f"/polls/{story.poll_id}/results/?said=thanks")
    run_axe(page)
    page.goto(f"/reactions/{story.pk}/totals/?said=again")
    run_axe(page)
    assert page.cookies() == []
    assert page.foreign_requests() == []


def test_without_javascript_a_vote_lands_on_the_results_and_a_reload_counts_nothing(
    story, browser, live_server
):
    context = browser.new_context(
        java_script_enabled=False, base_url=live_server.url, viewport={"width": 390, "height": 844}
    )
    page = RecordingPage(context.new_page(), live_server.url)
    page.set_default_timeout(15_000)
    try:
        page.goto(story.url)
        page.get_by_role("button", name="A rabbit").click()
        page.wait_for_url("**/results/?said=thanks")
        assert "Thanks for voting!" in page.content()
        assert "100%" in page.locator(".poll").inner_text()
        page.reload()  # a GET: no "send again?" and no second vote
        assert "1 vote." in page.locator(".poll").inner_text()
        # Back on the story, a second tap is not counted.
        page.goto(story.url)
        page.get_by_role("button", name="A dog").click()
        assert "already voted" in page.content()
        page.goto(story.url)
        page.get_by_role("button", name="Happy").click()
        page.wait_for_url("**/totals/?said=thanks")
        assert [row.votes for row in poll_results(poll=story.poll).rows] == [0, 0, 1]
        assert context.cookies() == []
        assert page.foreign_requests() == []
    finally:
        context.close()
