"""Give the roles their permissions on questions and topics (portal.roles.ROLES)."""

from django.db import migrations

from portal.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("qa", "0001_initial"),
        ("portal", "0004_department_members"),
        # After the document library's grants, so one run of sync_roles sees every app's permissions.
        ("documents", "0002_roles_for_documents"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
