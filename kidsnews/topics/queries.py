"""Reads of topics shared by every content type."""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import QuerySet


def topic_ids_of(model, page_id: int) -> QuerySet | None:
    """The ids of the topics page `page_id` of type `model` is filed under, as a lazy
    one-column queryset on its topics through table (usable as a subquery, or listed), or None
    for a page type filed under no topic."""
    try:
        field = model._meta.get_field("topics")
    except FieldDoesNotExist:
        return None
    return field.remote_field.through.objects.filter(
        **{field.m2m_field_name(): page_id}
    ).values_list(f"{field.m2m_reverse_field_name()}_id", flat=True)
