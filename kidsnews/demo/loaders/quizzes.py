"""Demo quizzes: the mega space quiz (every kind of question) and an animal quiz."""

from kidsnews.quizzes.models import QuizIndexPage, QuizPage, QuizResultBand

from ..content.quizzes import QUIZZES
from .site import ensure_child


def _questions(ctx, quiz) -> list:
    questions = []
    for kind, value in quiz["questions"]:
        if kind == "picture":
            value = {
                **value,
                "choices": [
                    {
                        "image": ctx.picture(
                            key=f"quiz-{choice['scene']}",
                            scene=choice["scene"],
                            alt=choice["alt"],
                            credit="Illustration: kidsnews",
                        ),
                        "label": choice["label"],
                        "is_correct": choice["is_correct"],
                        "explanation": choice["explanation"],
                    }
                    for choice in value["choices"]
                ],
            }
        questions.append((kind, value))
    return questions


def load(ctx) -> None:
    index = ensure_child(ctx.made["home"], QuizIndexPage, title="Quizzes", slug="quizzes")
    ctx.made["quizzes_index"] = index
    for quiz in ctx.progress(QUIZZES, "Quizzes"):
        if QuizPage.objects.filter(slug=quiz["slug"]).exists():
            continue
        page = QuizPage(
            title=quiz["title"],
            slug=quiz["slug"],
            summary=quiz["summary"],
            hero_image=ctx.picture(
                key=f"quiz-{quiz['slug']}",
                scene=quiz["scene"],
                alt=f"Picture for the quiz {quiz['title']}",
                credit="Illustration: kidsnews",
            ),
            questions=_questions(ctx, quiz),
            is_promoted=True,
            promo_text=quiz["promo_text"],
        )
        page.result_bands = [
            QuizResultBand(min_score=min_score, title=title, message=message)
            for min_score, title, message in quiz["bands"]
        ]
        index.add_child(instance=page)
        page.topics.set([ctx.made["topics"][slug] for slug in quiz["topics"]])
        page.save_revision().publish()
        published_at = ctx.days_ago(quiz["days_ago"], 9)
        QuizPage.objects.filter(pk=page.pk).update(
            first_published_at=published_at, last_published_at=published_at
        )
