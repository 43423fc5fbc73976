"""Editors add, change and delete polls (they put them on stories). Comment moderators get
nothing here. The same shape as glossary/0002."""

from django.db import migrations

CODENAMES = ("add", "change", "delete", "view")


def _permissions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="polls", model="poll")
    return [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_poll",
            defaults={"name": f"Can {action} poll"},
        )[0]
        for action in CODENAMES
    ]


def grant(apps, schema_editor):
    editors, _ = apps.get_model("auth", "Group").objects.get_or_create(name="Editors")
    editors.permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    editors = apps.get_model("auth", "Group").objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("polls", "0001_polls_and_reactions"),
        ("comments", "0002_moderators_and_editors"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
