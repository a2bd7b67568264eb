"""The newsroom's roles as groups, so that a fresh site has them (docs/editors.md).

The lists are frozen here on purpose: a later change of roles is a new migration.
"""

from django.db import migrations

READ_LINKS = [
    ("articles", "view_section"),
    ("articles", "view_tag"),
    ("articles", "add_tag"),
    ("people", "view_person"),
    ("people", "view_resolution"),
    ("people", "view_organization"),
    ("media", "view_photo"),
    ("media", "add_photo"),
    ("media", "view_caption"),
    ("media", "add_caption"),
    ("media", "change_caption"),
    ("media", "delete_caption"),
]
REPORTER = [
    ("articles", "add_article"),
    ("articles", "change_article"),
    ("articles", "view_article"),
    ("articles", "submit_article"),
    ("articles", "view_transition"),
    ("articles", "view_correction"),
    *READ_LINKS,
]
EDITOR = [
    *REPORTER,
    ("articles", "edit_others_article"),
    ("articles", "review_article"),
    ("articles", "change_tag"),
    ("media", "change_photo"),
]
PUBLISHER = [
    *EDITOR,
    ("articles", "publish_article"),
    ("articles", "add_correction"),
    ("articles", "change_correction"),
]
ROLES = {
    "Phóng viên": REPORTER,
    "Biên tập viên": EDITOR,
    "Thư ký tòa soạn / Tổng biên tập": PUBLISHER,
}


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations (post_migrate); make them now.
    for app_config in apps.get_app_configs():
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codes in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in codes:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
            group.permissions.add(permission)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_editorial_workflow"),
        ("people", "0001_initial"),
        ("media", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
