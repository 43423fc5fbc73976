"""The editor's reading-level panel on the story edit view: the meter for both versions as
they were last saved, refreshed while typing by static/js/reading_meter.js (views.py)."""

from django.forms import Media
from wagtail.admin.panels import Panel


class ReadingLevelPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "articles/reading_level_panel.html"

        def get_context_data(self, parent_context=None):
            from .views import meter_context

            context = super().get_context_data(parent_context)
            context.update(meter_context(self.instance))
            return context

        @property
        def media(self):
            return Media(js=["js/reading_meter.js"])
