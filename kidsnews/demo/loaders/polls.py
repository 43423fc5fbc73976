"""Demo polls (content/polls.py): made before the stories, which pick theirs up from
`ctx.made["polls"]` by slug; the standalone one gets its page under home."""

from datetime import timedelta

from kidsnews.polls.models import Poll, PollAnswer, PollPage, VoteCount

from ..content.polls import POLLS


def _poll(ctx, spec) -> Poll:
    poll = Poll.objects.filter(question=spec["question"]).first()
    if poll is not None:
        return poll
    poll = Poll(question=spec["question"], closes_at=ctx.now + timedelta(days=spec["days_open"]))
    answers = []
    for number, (text, scene) in enumerate(spec["answers"]):
        image = None
        if scene:
            image = ctx.picture(
                key=f"poll-{spec['key']}-{number}",
                scene=scene,
                alt=text,
                credit="Illustration: kidsnews",
            )
        answers.append(PollAnswer(text=text, image=image, sort_order=number))
    poll.answers = answers
    poll.save()
    for answer, votes in zip(poll.answer_list(), spec.get("votes", []), strict=False):
        VoteCount.objects.create(
            kind=VoteCount.Kind.POLL, subject_id=poll.pk, choice=str(answer.pk), votes=votes
        )
    return poll


def load(ctx) -> None:
    ctx.made["polls"] = {}
    for spec in POLLS:
        poll = _poll(ctx, spec)
        if "story" in spec:
            ctx.made["polls"][spec["story"]] = poll
        page_spec = spec.get("page")
        if page_spec and not PollPage.objects.filter(slug=page_spec["slug"]).exists():
            page = PollPage(
                title=page_spec["title"],
                slug=page_spec["slug"],
                intro=page_spec["intro"],
                poll=poll,
            )
            ctx.made["home"].add_child(instance=page)
            page.save_revision().publish()
