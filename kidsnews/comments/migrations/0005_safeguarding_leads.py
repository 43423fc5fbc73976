"""The safeguarding leads' group (settings.SAFEGUARDING_GROUP's default): they are emailed when a
moderator escalates a worry about a child, and work the cases queue. Comment moderators may see
and add to cases too (they open them). Idempotent: tests that flush the database run it again
(tests/comments/people.py)."""

from django.db import migrations

SAFEGUARDING_LEADS = "Safeguarding leads"
COMMENT_MODERATORS = "Comment moderators"


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def safeguarding_leads(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    handle = _permission(
        apps,
        "comments",
        "safeguardingcase",
        "handle_safeguarding_case",
        "Can see and handle safeguarding cases",
    )
    access_admin = _permission(
        apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"
    )
    leads, _ = Group.objects.get_or_create(name=SAFEGUARDING_LEADS)
    leads.permissions.add(access_admin, handle)
    moderators, _ = Group.objects.get_or_create(name=COMMENT_MODERATORS)
    moderators.permissions.add(handle)


class Migration(migrations.Migration):
    dependencies = [("comments", "0004_safeguarding_cases")]

    operations = [migrations.RunPython(safeguarding_leads, migrations.RunPython.noop)]
