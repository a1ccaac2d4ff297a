"""Create the portal's roles (groups with their permissions) and the news moderation workflow."""

from django.db import migrations

from portal.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("news", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
