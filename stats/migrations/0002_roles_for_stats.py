"""Give the leadership and the editorial board the dashboard, and the board the report template (portal.roles)."""

from django.db import migrations

from portal.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("stats", "0001_initial"),
        ("portal", "0004_department_members"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
