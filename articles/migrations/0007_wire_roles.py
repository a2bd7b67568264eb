"""Editors work the wire inbox: see received items, fill photo slots, confirm suggested officials.

Frozen lists, as in 0004_editorial_roles: a later change of roles is a new migration.
"""

from django.db import migrations

WIRE_DESK = [
    ("articles", "view_wireitem"),
    ("articles", "view_photoslot"),
    ("articles", "change_photoslot"),
    ("articles", "delete_photoslot"),
    ("articles", "view_personsuggestion"),
    ("articles", "change_personsuggestion"),
    # "Tạo nhân vật" creates the person and the positions from the titles seen.
    ("people", "add_person"),
    ("people", "add_position"),
]
GROUPS = ["Biên tập viên", "Thư ký tòa soạn / Tổng biên tập"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in WIRE_DESK
    ]
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=GROUPS):
        for app_label, codename in WIRE_DESK:
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0006_wire_import"),
        ("people", "0002_person_names_trigram"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
