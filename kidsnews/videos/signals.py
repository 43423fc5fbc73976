"""Running time for every uploaded video, whichever admin view or loader saved it."""

import shutil
import tempfile

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from wagtailmedia.models import Media

from .probe import read_duration

# wagtailmedia's own upload and edit views save the model directly, so receivers are the one
# place that sees every new file. The time is read from the file, never typed: an editor's
# guess would put a wrong running time on cards and in the VideoObject JSON-LD.


@receiver(pre_save, sender=Media, dispatch_uid="videos_note_new_video_file")
def note_video_to_probe(sender, instance, **kwargs):
    # wagtailmedia's edit form still shows a "duration" box; probing on every save (about
    # 50 ms) means a typed value never survives, whether or not the file changed.
    instance._needs_running_time = bool(instance.file)


@receiver(post_save, sender=Media, dispatch_uid="videos_read_running_time_from_file")
def read_running_time_from_file(sender, instance, **kwargs):
    if instance.type != "video" or not getattr(instance, "_needs_running_time", False):
        return
    instance._needs_running_time = False
    seconds = _probe(instance.file)
    if seconds is not None:
        instance.duration = seconds
        # update(), not save(): no second round of signals, search indexing or file handling.
        Media.objects.filter(pk=instance.pk).update(duration=seconds)


def _probe(file) -> float | None:
    try:
        return read_duration(file.path)
    except NotImplementedError:  # remote storage (S3): probe a local copy
        pass
    with tempfile.NamedTemporaryFile(suffix=".video") as copy:
        with file.storage.open(file.name, "rb") as source:
            shutil.copyfileobj(source, copy)
        copy.flush()
        return read_duration(copy.name)
