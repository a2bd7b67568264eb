from django.apps import AppConfig


class MediaConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "media"
    verbose_name = "Ảnh"

    def ready(self):
        limit_imagekit_receivers()


IMAGEKIT_UID = "ik_spec_field_receivers"


def limit_imagekit_receivers() -> None:
    """Connect imagekit's model receivers only to the models with image spec sources.

    imagekit listens to ``post_init`` and ``post_save`` of every model (a model's abstract
    parents send no signal of their own) and then drops the models that have no source:
    a function call for every row read or written anywhere (about 6% of a wire import).
    Every model is defined by now, so the receivers go to those with a source (``Photo``);
    ``imagekit.specs.sourcegroups.signal_router`` does the same work for them as before.
    """
    from django.apps import apps
    from django.db.models.signals import post_init, post_save
    from imagekit.specs.sourcegroups import signal_router

    post_init.disconnect(dispatch_uid=IMAGEKIT_UID)
    post_save.disconnect(dispatch_uid=IMAGEKIT_UID)
    bases = tuple(group.model_class for group in signal_router._source_groups)
    for model in apps.get_models(include_auto_created=True):
        if bases and issubclass(model, bases):
            uid = f"{IMAGEKIT_UID}:{model._meta.label}"
            post_init.connect(signal_router.post_init_receiver, sender=model, dispatch_uid=uid)
            post_save.connect(signal_router.post_save_receiver, sender=model, dispatch_uid=uid)
