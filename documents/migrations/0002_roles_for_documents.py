"""Give the roles their permissions on the document library (portal.roles.ROLES)."""

from django.db import migrations

from portal.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0001_initial"),
        ("portal", "0004_department_members"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
