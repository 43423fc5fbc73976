"""Comment moderators get only what moderating needs; page review goes to people who publish.

- Issue 17.3: Wagtail's, wagtaildocs' and wagtailmedia's own migrations (which run after 0002)
  gave the group "Moderators" add/change/delete on images, documents and videos, both as model
  permissions and on the root collection. They are taken away here.
- Issue 16.2: Wagtail's default workflow ("Moderators approval") sent every "Submit for
  approval" to the group named "Moderators", our comment moderators, who cannot publish: pages
  were never approved. The comment role is renamed "Comment moderators" (so no Wagtail default
  ever finds it by name again) and the workflow's tasks go to "Editors", who may publish.

Idempotent: tests that flush the database run it again (tests/comments/people.py).
"""

from django.db import migrations

COMMENT_MODERATORS = "Comment moderators"
OLD_NAME = "Moderators"
EDITORS = "Editors"
OLD_REVIEW_NAME = "Moderators approval"
REVIEW_NAME = "Editors approval"


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def comment_moderators_and_page_review(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    old = Group.objects.filter(name=OLD_NAME).first()
    moderators = Group.objects.filter(name=COMMENT_MODERATORS).first()
    if moderators is None and old is not None:
        old.name = COMMENT_MODERATORS
        old.save(update_fields=["name"])
        moderators, old = old, None
    elif moderators is None:
        moderators = Group.objects.create(name=COMMENT_MODERATORS)
    if old is not None:  # both exist: the old group's people are comment moderators
        moderators.user_set.add(*old.user_set.all())
        old.delete()

    moderators.permissions.set(
        [
            _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
            _permission(apps, "comments", "comment", "moderate_comment", "Can moderate comments"),
            # Settings → Screening word lists (the pause switch is in the queue itself).
            _permission(
                apps,
                "comments",
                "screeningwords",
                "change_screeningwords",
                "Can change screening word lists",
            ),
        ]
    )
    GroupCollectionPermission.objects.filter(group=moderators).delete()
    GroupPagePermission.objects.filter(group=moderators).delete()

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    for task in GroupApprovalTask.objects.all():
        if task.groups.filter(pk=moderators.pk).exists() or not task.groups.exists():
            task.groups.remove(moderators)
            task.groups.add(editors)
        if task.name == OLD_REVIEW_NAME:
            task.name = REVIEW_NAME
            task.save(update_fields=["name"])
    Workflow.objects.filter(name=OLD_REVIEW_NAME).update(name=REVIEW_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0002_moderators_and_editors"),
        # Every migration that hands "Moderators" powers over media runs before this one.
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailmedia", "0005_alter_media_options"),
    ]

    operations = [
        migrations.RunPython(comment_moderators_and_page_review, migrations.RunPython.noop)
    ]
