"""The demo stories: original text from content/stories.py, pictures drawn by code."""

from datetime import timedelta

from kidsnews.articles.models import ArticlePage

from ..content.stories import STORIES
from ..content.younger import YOUNGER_VERSIONS


def _body(ctx, story) -> list:
    body = []
    for index, (kind, value) in enumerate(story["body"]):
        if kind == "picture":
            image = ctx.picture(
                key=f"{story['slug']}-{index}",
                scene=value["scene"],
                alt=value["alt"],
                credit=value["credit"],
            )
            body.append(("picture", {"image": image, "caption": value["caption"], "credit": ""}))
        elif kind == "social_post":
            body.append(("social_post", {**value, "posted_at": value["posted_at"]}))
        else:
            body.append((kind, value))
    return body


def load(ctx) -> None:
    index = ctx.made["stories_index"]
    for story in ctx.progress(STORIES, "Stories"):
        if ArticlePage.objects.filter(slug=story["slug"]).exists():
            continue
        picture = story["picture"]
        younger = YOUNGER_VERSIONS.get(story["slug"], {})
        hero = ctx.picture(
            key=story["slug"], scene=picture["scene"], alt=picture["alt"], credit=picture["credit"]
        )
        page = ArticlePage(
            title=story["title"],
            slug=story["slug"],
            summary=story["summary"],
            hero_image=hero,
            hero_caption=picture["caption"],
            body=_body(ctx, story),
            is_sensitive=story.get("is_sensitive", False),
            younger_title=younger.get("title", ""),
            younger_summary=younger.get("summary", ""),
            younger_body=younger.get("body", []),
            poll=ctx.made.get("polls", {}).get(story["slug"]),
        )
        index.add_child(instance=page)
        page.topics.set([ctx.made["topics"][slug] for slug in story["topics"]])
        page.save_revision().publish()
        published_at = ctx.days_ago(story["days_ago"], story["hour"])
        updated = story.get("updated")
        last_updated_at = (
            published_at + timedelta(hours=updated["hours_after"]) if updated else None
        )
        if last_updated_at and last_updated_at > ctx.now:
            last_updated_at = ctx.now
        # Back-date to when the story "happened" so the demo reads like a running news site.
        ArticlePage.objects.filter(pk=page.pk).update(
            first_published_at=published_at,
            last_published_at=last_updated_at or published_at,
            latest_revision_created_at=last_updated_at or published_at,
            last_updated_at=last_updated_at,
        )
