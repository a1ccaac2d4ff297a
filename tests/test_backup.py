"""manage.py backup / restore: back up, change data and files, restore, and everything is as it was.

Runs on the database the suite runs on: SQLite's online backup API in the embedded default, pg_dump / pg_restore on
PostgreSQL (the CI's second run). The fault tests (tests/faults) do it again against a live PostgreSQL server.
"""

import io
import json
import stat
import tarfile

import pytest
from django.core.management import CommandError, call_command

from portal import backups
from portal.models import Department


@pytest.fixture
def folders(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    (tmp_path / "media" / "images").mkdir(parents=True)
    (tmp_path / "private" / "qa").mkdir(parents=True)
    (tmp_path / "media" / "images" / "anh-1.jpg").write_bytes(b"\xff\xd8 anh 1")
    (tmp_path / "private" / "qa" / "don.pdf").write_bytes(b"%PDF-1.7 don de nghi")
    return tmp_path


def _backup(tmp_path, *args):
    out = io.StringIO()
    call_command("backup", "--output", str(tmp_path / "backups"), *args, stdout=out)
    return tmp_path / "backups" / out.getvalue().strip().splitlines()[-1].rsplit("/", 1)[-1]


@pytest.mark.django_db(transaction=True)
def test_backup_then_restore_brings_everything_back(folders):
    Department.objects.create(name="Sở Tư pháp", slug="so-tu-phap")
    Department.objects.create(name="Sở Y tế", slug="so-y-te")

    archive = _backup(folders)
    assert archive.is_file() and stat.S_IMODE(archive.stat().st_mode) == 0o600  # citizens' data inside
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        manifest = json.load(tar.extractfile("manifest.json"))
    assert {"media/images/anh-1.jpg", "private/qa/don.pdf"} <= names
    assert manifest["media"] == {"media": 1, "private": 1}
    assert manifest["database"] in names

    # Things go wrong after the backup: a row deleted, one renamed, one added; files changed, added, deleted.
    Department.objects.filter(slug="so-y-te").delete()
    Department.objects.filter(slug="so-tu-phap").update(name="Đổi tên nhầm")
    Department.objects.create(name="Sở Mới", slug="so-moi")
    (folders / "media" / "images" / "anh-1.jpg").write_bytes(b"ghi de")
    (folders / "media" / "images" / "anh-2.jpg").write_bytes(b"moi")
    (folders / "private" / "qa" / "don.pdf").unlink()

    call_command("restore", str(archive), "--noinput", stdout=io.StringIO())

    assert dict(Department.objects.values_list("slug", "name")) == {"so-tu-phap": "Sở Tư pháp", "so-y-te": "Sở Y tế"}
    assert (folders / "media" / "images" / "anh-1.jpg").read_bytes() == b"\xff\xd8 anh 1"
    assert not (folders / "media" / "images" / "anh-2.jpg").exists()
    assert (folders / "private" / "qa" / "don.pdf").read_bytes() == b"%PDF-1.7 don de nghi"
    # The database works on after the restore.
    Department.objects.create(name="Sở Sau", slug="so-sau")
    assert Department.objects.count() == 3


@pytest.mark.django_db(transaction=True)
def test_database_only(folders):
    Department.objects.create(name="Sở Tư pháp", slug="so-tu-phap")
    archive = _backup(folders, "--no-media")
    (folders / "media" / "images" / "anh-2.jpg").write_bytes(b"moi")
    Department.objects.all().delete()
    call_command("restore", str(archive), "--noinput", "--no-media", stdout=io.StringIO())
    assert Department.objects.filter(slug="so-tu-phap").exists()
    assert (folders / "media" / "images" / "anh-2.jpg").exists()  # files left alone


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_what_is_not_a_backup(folders, monkeypatch):
    bogus = folders / "bogus.tar"
    bogus.write_bytes(b"not a tar")
    with pytest.raises(CommandError, match="not a backup"):
        call_command("restore", str(bogus), "--noinput")
    # Asked to confirm, anything but "yes" changes nothing.
    Department.objects.create(name="Sở Tư pháp", slug="so-tu-phap")
    archive = _backup(folders)
    Department.objects.all().delete()
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="huỷ"):
        call_command("restore", str(archive))
    assert not Department.objects.exists()


def test_archives_cannot_write_outside_the_media_folders(tmp_path, settings):
    """A crafted archive (../ in a name) is refused by tarfile's data filter, not extracted outside."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    evil = tmp_path / "evil.tar"
    with tarfile.open(evil, "w") as tar:
        for name, data in [("media/../../pwned.txt", b"x")]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    with tarfile.open(evil) as tar, pytest.raises(tarfile.FilterError):
        members = tar.getmembers()
        for member in members:
            member.name = member.name[len("media/") :]
        tar.extractall(tmp_path / "media", members=members, filter="data")
    assert not (tmp_path / "pwned.txt").exists()
    assert backups.media_roots()["media"] == tmp_path / "media"
