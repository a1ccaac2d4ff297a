"""The editorial board manages the leaders and translates pages (portal.roles)."""

from django.db import migrations

from portal.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("organisation", "0002_english_locale"),
        ("stats", "0002_roles_for_stats"),
        ("simple_translation", "0001_initial"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
