"""Roles: "Moderators" moderate comments and cannot publish; "Editors" publish and cannot moderate.

Wagtail's own first migration made both groups with the opposite idea (its Moderators publish
pages, its Editors cannot), so this rewrites their powers rather than adding to them.
"""

from django.db import migrations

PAGE_POWERS_FOR_EDITORS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def set_up_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")

    access_admin = _permission(
        apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"
    )
    moderate = _permission(apps, "comments", "comment", "moderate_comment", "Can moderate comments")

    moderators, _ = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.set([access_admin, moderate])
    GroupPagePermission.objects.filter(group=moderators).delete()

    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(access_admin)
    editors.permissions.remove(moderate)
    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is not None:
        for codename in PAGE_POWERS_FOR_EDITORS:
            permission = _permission(apps, "wagtailcore", "page", codename, codename)
            GroupPagePermission.objects.get_or_create(
                group=editors, page=root, permission=permission
            )


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(set_up_roles, migrations.RunPython.noop)]
