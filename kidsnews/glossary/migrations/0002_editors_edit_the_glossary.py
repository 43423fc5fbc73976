"""Editors add, change and delete glossary words (the readability meter's "add to glossary" is
theirs). Comment moderators get nothing here."""

from django.db import migrations

CODENAMES = ("add", "change", "delete", "view")


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="glossary", model="glossaryterm")
    editors, _ = Group.objects.get_or_create(name="Editors")
    for action in CODENAMES:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_glossaryterm",
            defaults={"name": f"Can {action} glossary word"},
        )
        editors.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="glossary",
                codename__in=[f"{action}_glossaryterm" for action in CODENAMES],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("glossary", "0001_glossary_terms_and_page"),
        ("comments", "0002_moderators_and_editors"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
