"""Playing a quiz: a JSON endpoint for one question at a time (JavaScript on) and a results
page for the whole form (JavaScript off). Both grade on the server."""

import json

from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from kidsnews.core import wording

from .grading import AnswerError, Verdict, grade, parse_picks
from .models import QuizPage
from .queries import percent_correct
from .services import record_answers

MAX_BODY_BYTES = 16 * 1024


def _live_quiz(page_id: int) -> QuizPage:
    quiz = QuizPage.objects.live().public().filter(pk=page_id).first()
    if quiz is None:
        raise Http404("No such quiz")
    return quiz


def _verdict_json(verdict: Verdict, percents: dict) -> dict:
    question = verdict.question
    return {
        "question": question.id,
        "correct": verdict.is_correct,
        "picked": sorted(verdict.picked),
        "right_answers": sorted(question.right_indexes),
        "right_labels": question.right_labels,
        # "Bat and Eagle": joined here, so the page with and without JavaScript says it alike.
        "right_text": wording.join_words(question.right_labels),
        "explanation": question.explanation,
        "choice_explanations": list(verdict.choice_explanations),
        "percent_correct": percents.get(question.id),
    }


def _json_payload(request) -> dict:
    if len(request.body) > MAX_BODY_BYTES:
        raise AnswerError(wording.QUIZ_TOO_MUCH)
    try:
        payload = json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError, RecursionError):
        # RecursionError: JSON nested deeper than Python's parser follows (`[[[[...`).
        raise AnswerError(wording.QUIZ_UNREADABLE) from None
    if not isinstance(payload, dict):
        raise AnswerError(wording.QUIZ_UNREADABLE)
    return payload


def _question(quiz: QuizPage, question_id) -> object:
    if not isinstance(question_id, str):
        raise AnswerError(wording.QUIZ_UNKNOWN_QUESTION)
    for question in quiz.question_list():
        if question.id == question_id:
            return question
    raise AnswerError(wording.QUIZ_UNKNOWN_QUESTION)


# Quiz answers change nothing but anonymous per-question totals, and playing must not set a
# cookie (no session, no CSRF cookie), so these endpoints are deliberately CSRF-exempt: a
# forged request could at worst add one answer to a total. Input is validated strictly.
@csrf_exempt
@never_cache
def check_answer(request, page_id: int):
    """One question (JavaScript on): grade it, count it, and say why."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    quiz = _live_quiz(page_id)
    try:
        payload = _json_payload(request)
        question = _question(quiz, payload.get("question"))
        if payload.get("answer") in (None, [], ""):
            raise AnswerError(wording.QUIZ_PICK_FIRST)
        verdict = grade(question, parse_picks(question, payload.get("answer")))
    except AnswerError as error:
        return JsonResponse({"error": str(error)}, status=400)
    record_answers(quiz=quiz, verdicts=[verdict], request=request)
    return JsonResponse(_verdict_json(verdict, percent_correct(quiz=quiz)))


def _grade_all(quiz: QuizPage, answers) -> list[Verdict]:
    verdicts = []
    for question in quiz.question_list():
        raw = answers(question.id)
        picks = parse_picks(question, raw) if raw not in (None, [], "") else frozenset()
        verdicts.append(grade(question, picks))
    return verdicts


def _check_known_ids(quiz: QuizPage, ids) -> None:
    known = {question.id for question in quiz.question_list()}
    if any(question_id not in known for question_id in ids):
        raise AnswerError(wording.QUIZ_UNKNOWN_QUESTIONS)


@csrf_exempt  # see check_answer: nothing here changes state at all
@never_cache
def final_result(request, page_id: int):
    """The result band for a whole set of answers (JavaScript on, after the last question).
    Not counted again: each answer was counted when it was checked."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    quiz = _live_quiz(page_id)
    try:
        answers = _json_payload(request).get("answers")
        if not isinstance(answers, dict):
            raise AnswerError(wording.QUIZ_UNREADABLE_ALL)
        _check_known_ids(quiz, answers)
        verdicts = _grade_all(quiz, answers.get)
    except AnswerError as error:
        return JsonResponse({"error": str(error)}, status=400)
    score = sum(verdict.is_correct for verdict in verdicts)
    band = quiz.band_for(score)
    return JsonResponse(
        {
            "score": score,
            "total": len(verdicts),
            "band": {"title": band.title, "message": band.message} if band else None,
        }
    )


@csrf_exempt  # see check_answer: the form must work without a CSRF cookie
@never_cache
def results_page(request, page_id: int):
    """The whole quiz at once (JavaScript off): grade, count, and show every answer."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    quiz = _live_quiz(page_id)
    field_ids = [key[2:] for key in request.POST if key.startswith("q-")]
    if not any(value for key in field_ids for value in request.POST.getlist(f"q-{key}")):
        # Nothing picked: ask for answers on the quiz itself; nothing is counted.
        context = quiz.get_context(request)
        context["quiz_error"] = wording.QUIZ_NOTHING_PICKED
        return render(request, quiz.get_template(request), context, status=400)
    try:
        _check_known_ids(quiz, field_ids)
        verdicts = _grade_all(quiz, lambda question_id: request.POST.getlist(f"q-{question_id}"))
    except AnswerError as error:
        return render(
            request,
            "pages/quiz_results.html",
            {"page": quiz, "error": str(error)},
            status=400,
        )
    record_answers(quiz=quiz, verdicts=verdicts, request=request)
    score = sum(verdict.is_correct for verdict in verdicts)
    percents = percent_correct(quiz=quiz)
    return render(
        request,
        "pages/quiz_results.html",
        {
            "page": quiz,
            "verdicts": [(verdict, percents.get(verdict.question.id)) for verdict in verdicts],
            "score": score,
            "total": len(verdicts),
            "band": quiz.band_for(score),
        },
    )
