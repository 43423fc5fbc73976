"""The reading-level publish gate: a version that reads above its target age needs the
editor's "publish anyway" and a reason (ArticlePageForm.clean), recorded in the audit log
(services.record_publish_anyway). A story with no younger version is not held for it."""

from __future__ import annotations

from dataclasses import dataclass

from wagtail.models import Site

from .meter import StoryScore, score_bodies


@dataclass(frozen=True)
class Targets:
    younger: int
    main: int


def targets_for(site: Site | None) -> Targets:
    from kidsnews.articles.models import ReadingLevelSettings

    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        field = ReadingLevelSettings._meta.get_field
        return Targets(
            younger=field("younger_max_reading_age").default,
            main=field("main_max_reading_age").default,
        )
    settings = ReadingLevelSettings.for_site(site)
    return Targets(younger=settings.younger_max_reading_age, main=settings.main_max_reading_age)


def problems_for(score: StoryScore, targets: Targets) -> list[str]:
    """Why the story reads above its targets, in words an editor can act on ([] if not)."""
    problems = []
    main = score.main
    if main.reading_age is not None and main.reading_age > targets.main:
        problems.append(
            f"The main version reads at age {main.reading_age:g}, above its target of "
            f"{targets.main}."
        )
    younger = score.younger
    if younger is not None and (younger.reading_age or 0) > targets.younger:
        problems.append(
            f"The easier version reads at age {younger.reading_age:g}, above its target "
            f"of {targets.younger}."
        )
    return problems


def publish_problems(*, site: Site | None, body, younger_body) -> list[str]:
    return problems_for(score_bodies(body=body, younger_body=younger_body), targets_for(site))
