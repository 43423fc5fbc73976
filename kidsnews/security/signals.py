"""Decoupled reactions to account changes."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from .services import end_user_sessions

User = get_user_model()


@receiver(pre_save, sender=User, dispatch_uid="security_remember_was_active")
def remember_whether_user_was_active(sender, instance, **kwargs):
    if instance.pk is None:
        instance._was_active = instance.is_active
        return
    instance._was_active = (
        User.objects.filter(pk=instance.pk).values_list("is_active", flat=True).first()
    )


@receiver(post_save, sender=User, dispatch_uid="security_end_sessions_on_deactivate")
def end_sessions_when_user_deactivated(sender, instance, created, **kwargs):
    if not created and getattr(instance, "_was_active", False) and not instance.is_active:
        end_user_sessions(user=instance)
