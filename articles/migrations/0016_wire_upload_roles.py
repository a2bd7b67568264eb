"""Editors and the managing desk import wire files from the admin's inbox page (docs/import.md,
"Importing from the admin"): the import adds inbox items, so their groups get add_wireitem.

Frozen lists, as in 0007_wire_roles.
"""

from django.db import migrations

PERMISSION = ("articles", "add_wireitem")
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
    app_label, codename = PERMISSION
    permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = PERMISSION
    permissions = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("articles", "0015_person_suggestion_linked")]

    operations = [migrations.RunPython(grant, revoke)]
