"""Wagtail's `description` now mirrors our `alt_text` (issue 16, item 10b): copy it once."""

from django.db import migrations
from django.db.models import Case, F, Value, When


def copy_alt_text(apps, schema_editor):
    CustomImage = apps.get_model("images", "CustomImage")
    CustomImage.objects.update(
        description=Case(When(is_decorative=True, then=Value("")), default=F("alt_text"))
    )


class Migration(migrations.Migration):
    dependencies = [("images", "0001_initial")]

    operations = [migrations.RunPython(copy_alt_text, migrations.RunPython.noop)]
