"""A child plays the space quiz with the keyboard only, with JavaScript on and off."""

import pytest

from tests.browser.fixtures import RecordingPage

from .helpers import make_quiz

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SECRETS = ("Mercury is the closest", "Sunlight bounces", "is_correct", "A star!")


@pytest.fixture
def quiz(tree):
    return make_quiz(tree["home"], topics=[tree["space"]])


def tab_to_first_answer(page, quiz):
    first = quiz.question_list()[0].id
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => document.activeElement.name === 'q-{first}'"):
            return
    raise AssertionError("Tab never reached the first answer")


def focused_text(page):
    return page.evaluate("() => document.activeElement.textContent.trim()")


def test_keyboard_only_with_javascript(quiz, browser_page, run_axe, settings):
    settings.QUIZ_PERCENT_MIN_PLAYS = 1  # the live server runs in this process
    page = browser_page
    source = page.goto(quiz.url).text()
    assert "Which planet is closest to the Sun?" in source
    assert not any(secret in source for secret in SECRETS)
    run_axe(page)
    assert page.locator("fieldset.quiz-question:visible").count() == 1  # one at a time

    # 1: one right answer: Mercury.
    tab_to_first_answer(page, quiz)
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert focused_text(page) == "Check my answer"
    page.keyboard.press("Enter")
    feedback = page.locator(".quiz-question__feedback").nth(0)
    feedback.get_by_text("Right!").wait_for()
    assert "Mercury is the closest planet to the Sun." in feedback.inner_text()
    assert "100% of readers got this right." in feedback.inner_text()
    assert focused_text(page) == "Next question"
    page.keyboard.press("Enter")

    # 2: several right answers: Jupiter and Saturn (focus starts on the first choice).
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.locator(".quiz-question__feedback").nth(1).get_by_text("Right!").wait_for()
    page.keyboard.press("Enter")

    # 3: true or false, answered wrongly, and checked with Enter on the radio button itself.
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    feedback = page.locator(".quiz-question__feedback").nth(2)
    feedback.get_by_text("Not quite.").wait_for()
    assert "The right answer: False." in feedback.inner_text()
    assert "Sunlight bounces off the Moon." in feedback.inner_text()
    page.keyboard.press("Enter")

    # 4: picture choices: the arrow key moves to (and picks) the Moon.
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.locator(".quiz-question__feedback").nth(3).get_by_text("Right!").wait_for()
    assert focused_text(page) == "See my score"
    page.keyboard.press("Enter")

    result = page.locator(".quiz__result")
    result.get_by_role("heading", name="Star explorer!").wait_for()
    assert "You got 3 out of 4 right." in result.inner_text()
    run_axe(page)
    assert page.foreign_requests() == []
    assert page.cookies() == []


def test_keyboard_only_without_javascript(quiz, browser, live_server):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    page = RecordingPage(context.new_page(), live_server.url)
    page.set_default_timeout(15_000)
    try:
        source = page.goto(quiz.url).text()
        assert not any(secret in source for secret in SECRETS)
        assert page.locator("fieldset.quiz-question:visible").count() == 4  # all on one page

        tab_to_first_answer(page, quiz)
        page.keyboard.press("Space")  # 1: Mercury
        page.keyboard.press("Tab")
        page.keyboard.press("Space")  # 2: Jupiter...
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        page.keyboard.press("Space")  # ...and Saturn
        page.keyboard.press("Tab")
        page.keyboard.press("ArrowDown")  # 3: False
        page.keyboard.press("Tab")
        page.keyboard.press("ArrowDown")  # 4: the Moon
        page.keyboard.press("Tab")
        assert focused_text(page) == "See my score"
        page.keyboard.press("Enter")
        page.wait_for_url("**/results/")

        assert page.get_by_role("heading", name="Star explorer!").is_visible()
        assert page.get_by_text("You got 4 out of 4 right.").is_visible()
        assert page.get_by_text("Right!").count() == 4
        assert page.get_by_text("Sunlight bounces off the Moon.").is_visible()
        assert page.foreign_requests() == []
        assert page.cookies() == []
    finally:
        context.close()


def test_the_no_javascript_pages_pass_axe(quiz, browser_page, run_axe):
    # axe runs as script, so it cannot run in a context with JavaScript off: block quiz.js
    # instead, which leaves the same page a reader without JavaScript gets.
    page = browser_page
    page.route("**/quiz.js", lambda route: route.abort())
    page.goto(quiz.url)
    assert page.locator("fieldset.quiz-question:visible").count() == 4
    run_axe(page)
    # Nothing picked: asked kindly for answers, on the quiz itself (issue 16 item 9).
    page.get_by_role("button", name="See my score").click()
    page.wait_for_url("**/results/")
    assert page.get_by_text("You haven't picked any answers yet.").is_visible()
    run_axe(page)
    page.locator("fieldset.quiz-question").nth(2).get_by_text("True").click()  # wrong
    page.get_by_role("button", name="See my score").click()
    page.wait_for_url("**/results/")
    assert page.get_by_role("heading", name="Space cadet!").is_visible()
    assert page.get_by_text("You skipped this one.").count() == 3
    run_axe(page)
    assert page.cookies() == []
