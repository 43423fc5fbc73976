"""Page review gains a second step that only sensitive stories wait at (issue 15): an editor
other than the one who submitted approves. Added to every active workflow (the default one is
"Editors approval", comments 0003), after its own steps. Idempotent: tests that flush the
database run it again (tests/comments/people.py)."""

from django.db import migrations

TASK_NAME = "Second editor (sensitive stories)"
EDITORS = "Editors"


def add_second_editor_step(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    SecondEditorTask = apps.get_model("articles", "SecondEditorTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    content_type, _ = ContentType.objects.get_or_create(
        app_label="articles", model="secondeditortask"
    )
    task = SecondEditorTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = SecondEditorTask.objects.create(name=TASK_NAME, content_type=content_type)
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    task.groups.add(editors)
    for workflow in Workflow.objects.filter(active=True):
        if WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
            continue
        last = WorkflowTask.objects.filter(workflow=workflow).order_by("-sort_order").first()
        WorkflowTask.objects.create(
            workflow=workflow, task=task, sort_order=(last.sort_order + 1) if last else 0
        )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0004_sensitive_stories"),
        ("comments", "0003_comment_moderators_and_page_review"),
    ]

    operations = [migrations.RunPython(add_second_editor_step, migrations.RunPython.noop)]
