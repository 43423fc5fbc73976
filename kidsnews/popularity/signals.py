"""What the popularity app tells others."""

from django.dispatch import Signal

# Sent by each process's background writer after it wrote new view counts (about once a
# second while stories are read), so what ranks by views can check whether its order changed.
views_written = Signal()
