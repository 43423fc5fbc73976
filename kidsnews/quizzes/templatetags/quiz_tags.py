from django import template

from kidsnews.quizzes import queries

register = template.Library()


@register.simple_tag
def promoted_quiz(story=None):
    """A quiz promotion card's quiz: `{% promoted_quiz story=page as quiz %}`."""
    return queries.promoted_quiz(story=story)
