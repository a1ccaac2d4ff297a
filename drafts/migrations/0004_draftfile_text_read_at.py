from django.db import migrations, models
from django.db.models import Q
from django.utils import timezone


def mark_read(apps, schema_editor):
    # Files with text, or of a kind without a reader, were read; those without text are read once more by the
    # catch-up job (a scan stays empty, and is then marked read).
    DraftFile = apps.get_model("drafts", "DraftFile")
    DraftFile.objects.filter(~Q(text="") | ~Q(file_type__in=["pdf", "docx"])).update(text_read_at=timezone.now())


class Migration(migrations.Migration):
    dependencies = [("drafts", "0003_alter_draftfile_original_name_and_more")]

    operations = [
        migrations.AddField(
            model_name="draftfile",
            name="text_read_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(mark_read, migrations.RunPython.noop),
    ]
