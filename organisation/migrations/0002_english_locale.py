"""The English locale the organisation pages are translated into (WAGTAIL_CONTENT_LANGUAGES)."""

from django.db import migrations


def add_english(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="en")


class Migration(migrations.Migration):
    dependencies = [("organisation", "0001_initial")]

    operations = [migrations.RunPython(add_english, migrations.RunPython.noop)]
