"""Stored fragments of a page (core/store.py): the work a published story needs is done
once per change, and a change of any kind is on the very next request, with the page cache off
(the test settings' default), so only the fragments could be stale."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kidsnews.caching import store
from kidsnews.comments.roles import COMMENT_MODERATORS
from kidsnews.comments.services import approve_comment, submit_comment

from ..comments.people import make_reader, make_staff
from ..factories import make_image, make_story

pytestmark = pytest.mark.django_db


def page_text(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def story_body(text: str) -> list:
    return [("paragraph", f"<p>{text}</p>")]


def test_a_published_body_change_is_on_the_next_request(client, tree):
    story = make_story(tree["stories"], body=story_body("Penguins waddle to the sea."))
    assert "Penguins waddle to the sea." in page_text(client, story.url)
    assert "Penguins waddle to the sea." in page_text(client, story.url)  # from the store

    story.body = story_body("Penguins slide on their bellies.")
    story.save_revision().publish()

    text = page_text(client, story.url)
    assert "Penguins slide on their bellies." in text
    assert "Penguins waddle" not in text


def test_a_draft_is_not_shown_until_published(client, tree):
    story = make_story(tree["stories"], body=story_body("The published words."))
    page_text(client, story.url)
    story.body = story_body("Draft words nobody may read yet.")
    story.save_revision()  # saves the page row too: every stored fragment is forgotten

    assert "Draft words" not in page_text(client, story.url)
    assert "The published words." in page_text(client, story.url)


def test_a_preview_renders_the_draft_and_stores_nothing(client, tree):
    story = make_story(tree["stories"], body=story_body("The published words."))
    page_text(client, story.url)  # the published fragments are stored
    story.body = story_body("Draft words for the editor only.")
    story.save_revision()
    page_text(client, story.url)

    draft = story.get_latest_revision_as_object()
    preview = draft.make_preview_request()
    assert "Draft words for the editor only." in preview.content.decode()
    # The preview did not replace what readers get.
    text = page_text(client, story.url)
    assert "The published words." in text
    assert "Draft words" not in text


def test_an_image_credit_change_is_on_the_next_request(client, tree):
    image = make_image(credit="Drawing: Ana")
    story = make_story(tree["stories"], hero_image=image)
    assert "Drawing: Ana" in page_text(client, story.url)

    image.credit = "Drawing: Bo"
    image.save()

    text = page_text(client, story.url)
    assert "Drawing: Bo" in text
    assert "Drawing: Ana" not in text


def test_a_topic_renamed_is_on_the_next_request(client, tree):
    story = make_story(tree["stories"], topics=[tree["animals"]])
    assert ">Animals</a>" in page_text(client, story.url)

    tree["animals"].name = "Animals and pets"
    tree["animals"].save()

    assert ">Animals and pets</a>" in page_text(client, story.url)


def test_a_comment_approved_on_a_related_story_updates_its_card_count(
    client, tree, django_capture_on_commit_callbacks
):
    story = make_story(tree["stories"], title="Whales sing songs", topics=[tree["animals"]])
    related = make_story(tree["stories"], title="Whales swim far", topics=[tree["animals"]])
    assert "0 comments" in page_text(client, story.url)  # the related card's count

    comment = submit_comment(
        reader=make_reader(), story=related, text="I saw a whale on holiday once"
    )
    with django_capture_on_commit_callbacks(execute=True):
        approve_comment(comment=comment, moderator=make_staff("mod", COMMENT_MODERATORS))

    assert "1 comment<" in page_text(client, story.url)


def test_a_warm_story_costs_two_queries(client, tree):
    image = make_image()
    story = make_story(tree["stories"], hero_image=image, topics=[tree["space"]])
    make_story(tree["stories"], title="Another space story", topics=[tree["space"]])
    page_text(client, story.url)  # renders and stores the fragments
    with CaptureQueriesContext(connection) as queries:
        page_text(client, story.url)
    # The story itself (with its picture) and its approved comments: everything else (site,
    # sections, body, JSON-LD, "More like this") was stored by the first request.
    assert len(queries) == 2, [query["sql"] for query in queries]


def test_unknown_paths_store_nothing(client, tree, monkeypatch):
    from django.core.cache import cache

    story = make_story(tree["stories"])
    client.get("/")
    client.get("/stories/no-such-story/")
    written = []
    for name in ("set", "add", "set_many"):
        original = getattr(cache, name)
        monkeypatch.setattr(
            cache,
            name,
            lambda key, *args, original=original, **kwargs: (
                written.append(key) or original(key, *args, **kwargs)
            ),
        )
    for n in range(20):
        assert client.get(f"/stories/no-such-story-{n}/").status_code == 404
    assert written == []
    client.get(story.url)  # the control: a real story's first render does store its parts
    assert written


def test_a_fragment_for_a_preview_request_is_rendered_every_time(rf):
    request = rf.get("/stories/x/")
    request.is_preview = True
    renders = []
    for _ in range(2):
        store.fragment(request, "test", lambda: renders.append(1) or "html")
    assert len(renders) == 2


def test_a_deploy_that_changes_templates_or_static_files_changes_the_keys(tmp_path, monkeypatch):
    package = tmp_path / "kidsnews"
    (package / "caching").mkdir(parents=True)
    (package / "templates").mkdir()
    (package / "static").mkdir()
    monkeypatch.setattr(store, "__file__", str(package / "caching" / "store.py"))

    def version():
        store.code_version.cache_clear()
        return store.code_version()

    (package / "templates" / "base.html").write_text("<p>old</p>")
    old = version()
    assert version() == old
    (package / "templates" / "base.html").write_text("<p>new</p>")
    assert version() != old
    newer = version()
    (package / "static" / "site.css").write_text("p { color: blue }")
    assert version() != newer
    store.code_version.cache_clear()
