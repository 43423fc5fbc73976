"""A child opens the home page, follows a story, and reads it, in a real browser."""

import pytest

from ..factories import make_image, make_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def story(tree):
    image = make_image(credit="Illustration: kidsnews", alt="A red rocket on a launch pad")
    make_story(tree["stories"], title="Penguins learn to slide", topics=[tree["animals"]])
    return make_story(
        tree["stories"],
        title="Rocket reaches the Moon",
        topics=[tree["space"]],
        hero_image=image,
        hero_caption="Lift-off!",
        body=[
            ("paragraph", "<p>The rocket flew for three days to reach the Moon.</p>"),
            ("subheading", "What happens next?"),
            ("picture", {"image": image, "caption": "Ready to go", "credit": ""}),
            (
                "social_post",
                {
                    "platform": "x",
                    "author": "Mission Control",
                    "handle": "@MissionControl",
                    "text": "Touchdown! The lander is safe on the Moon.",
                    "posted_at": "2026-11-21",
                    "url": "https://example.org/post/3",
                },
            ),
            ("closing_question", "What would you take to the Moon?"),
        ],
    )


def test_reader_follows_a_story_from_the_home_page(browser_page, story, run_axe):
    page = browser_page
    page.goto("/")
    assert page.title().startswith("kidsnews")
    run_axe(page)

    page.get_by_role("link", name="Rocket reaches the Moon").first.click()
    page.wait_for_url(f"**{story.url}")
    assert page.get_by_role("heading", level=1).inner_text() == "Rocket reaches the Moon"
    assert page.get_by_role("heading", name="What happens next?").is_visible()
    assert page.get_by_text("Lift-off!").is_visible()
    assert page.get_by_text("Illustration: kidsnews").first.is_visible()
    assert page.get_by_text("Touchdown! The lander is safe on the Moon.").is_visible()
    assert (
        page.locator(".topic-links")
        .get_by_role("link", name="Space, astronauts and planets")
        .is_visible()
    )
    alt_texts = page.locator("img").evaluate_all("imgs => imgs.map(i => i.alt)")
    assert "A red rocket on a launch pad" in alt_texts
    assert all(
        img_loaded
        for img_loaded in page.locator("img").evaluate_all(
            "imgs => imgs.map(i => i.complete && i.naturalWidth > 0)"
        )
    )
    run_axe(page)

    assert page.foreign_requests() == []
    assert page.cookies() == []


def test_topic_page_and_404_are_accessible(browser_page, story, tree, run_axe):
    browser_page.goto(tree["space_page"].url)
    assert browser_page.get_by_role("link", name="Rocket reaches the Moon").is_visible()
    run_axe(browser_page)
    response = browser_page.goto("/no-such-page/")
    assert response.status == 404
    assert browser_page.get_by_role("link", name="Go to the home page").is_visible()
    run_axe(browser_page)
    assert browser_page.foreign_requests() == []
