"""Backups of the portal in one file, and restoring one: what ``manage.py backup`` and ``manage.py restore`` do.

A backup is a tar archive holding:

- ``manifest.json``: the format, when it was made, the database engine and what follows;
- ``database.dump``: PostgreSQL's ``pg_dump --format=custom`` (restored with ``pg_restore --clean``), or
  ``database.sqlite3``: a consistent copy of the embedded SQLite database by SQLite's online backup API (the site may
  keep running while it is taken);
- ``media/`` (MEDIA_ROOT: images, documents) and ``private/`` (PRIVATE_MEDIA_ROOT: citizens' attachments).

The archive is written next to its destination and renamed when complete, readable by its owner only (it carries
citizens' private data). The search index is not in it: ``manage.py rebuild_index`` rebuilds it from the database.

Restoring replaces the database and both media folders with the archive's. Stop the web and worker processes first
on PostgreSQL (``pg_restore --clean`` drops tables that open transactions may be using); run ``rebuild_index`` after.
"""

import datetime
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import connection

FORMAT = 1
MANIFEST = "manifest.json"
PG_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"


class BackupError(Exception):
    pass


def media_roots():
    """{folder name in the archive: the folder on disk}."""
    return {"media": Path(settings.MEDIA_ROOT), "private": Path(settings.PRIVATE_MEDIA_ROOT)}


def default_path(directory=None):
    directory = Path(directory or settings.BACKUP_DIR)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    return directory / f"portal-{stamp}.tar"


# PostgreSQL ----------------------------------------------------------------------------------------------------


def _pg_command(program, settings_dict):
    """The program's arguments and environment for the connection's database (password through PGPASSWORD)."""
    if shutil.which(program) is None:
        raise BackupError(f"{program} not found: install PostgreSQL's client programs (Debian: postgresql-client)")
    args = [program, "--no-owner", "--no-privileges", "--dbname", settings_dict["NAME"]]
    if settings_dict.get("HOST"):
        args += ["--host", settings_dict["HOST"]]
    if settings_dict.get("PORT"):
        args += ["--port", str(settings_dict["PORT"])]
    if settings_dict.get("USER"):
        args += ["--username", settings_dict["USER"]]
    env = {**os.environ}
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    return args, env


def _run(args, env):
    result = subprocess.run(args, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{args[0]} failed ({result.returncode}): {result.stderr.strip()[-2000:]}")


def _dump_postgresql(target):
    args, env = _pg_command("pg_dump", connection.settings_dict)
    _run([*args, "--format=custom", "--file", str(target)], env)


def _restore_postgresql(source):
    connection.close()  # our own session must not hold the tables being dropped
    args, env = _pg_command("pg_restore", connection.settings_dict)
    _run([*args, "--clean", "--if-exists", "--single-transaction", "--exit-on-error", str(source)], env)


# SQLite --------------------------------------------------------------------------------------------------------


def _dump_sqlite(target):
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy)
    finally:
        copy.close()


def _restore_sqlite(source):
    if connection.in_atomic_block:
        raise BackupError("cannot restore inside a transaction")
    connection.ensure_connection()
    copy = sqlite3.connect(source)
    try:
        copy.backup(connection.connection)
    finally:
        copy.close()


ENGINES = {
    "postgresql": (PG_DUMP, _dump_postgresql, _restore_postgresql),
    "sqlite": (SQLITE_COPY, _dump_sqlite, _restore_sqlite),
}


def _engine():
    if connection.vendor not in ENGINES:
        raise BackupError(f"no backup for the {connection.vendor} database engine")
    return connection.vendor


# Backup and restore --------------------------------------------------------------------------------------------


def create_backup(path, include_media=True):
    """Write a backup archive to ``path``; returns the manifest."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = _engine()
    database_name, dump, _restore = ENGINES[engine]
    with tempfile.TemporaryDirectory(prefix="portal-backup-", dir=path.parent) as work:
        database_file = Path(work) / database_name
        dump(database_file)
        manifest = {
            "format": FORMAT,
            "created": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
            "engine": engine,
            "database": database_name,
            "media": {},
        }
        partial = Path(work) / path.name
        with tarfile.open(partial, "w") as archive:
            archive.add(database_file, arcname=database_name)
            for name, root in (media_roots() if include_media else {}).items():
                count = 0
                if root.is_dir():
                    for file in sorted(root.rglob("*")):
                        if file.is_file() and not file.is_symlink():
                            archive.add(file, arcname=f"{name}/{file.relative_to(root).as_posix()}", recursive=False)
                            count += 1
                manifest["media"][name] = count
            data = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            info.mtime = int(datetime.datetime.now().timestamp())
            archive.addfile(info, fileobj=io.BytesIO(data))
        partial.chmod(0o600)
        partial.replace(path)
    return manifest


def read_manifest(path):
    try:
        with tarfile.open(path, "r") as archive:
            member = archive.extractfile(MANIFEST)
            manifest = json.load(member)
    except (OSError, tarfile.TarError, KeyError, ValueError) as error:
        raise BackupError(f"{path} is not a backup of the portal: {error}") from error
    if manifest.get("format") != FORMAT or manifest.get("engine") not in ENGINES:
        raise BackupError(f"{path}: unknown backup format {manifest.get('format')!r}")
    return manifest


def restore_backup(path, include_media=True):
    """Replace the database (and the media folders) with the archive's; returns its manifest."""
    manifest = read_manifest(path)
    engine = _engine()
    if manifest["engine"] != engine:
        raise BackupError(f"the backup is of a {manifest['engine']} database, this portal uses {engine}")
    database_name, _dump, restore = ENGINES[engine]
    with tempfile.TemporaryDirectory(prefix="portal-restore-") as work, tarfile.open(path, "r") as archive:
        archive.extract(database_name, work, filter="data")
        restore(Path(work) / database_name)
        if include_media:
            for name, root in media_roots().items():
                if name not in manifest.get("media", {}):
                    continue
                _empty(root)
                members = [m for m in archive.getmembers() if m.name.startswith(f"{name}/") and m.isfile()]
                for member in members:
                    member.name = member.name[len(name) + 1 :]
                archive.extractall(root, members=members, filter="data")
    for alias in settings.CACHES:
        caches[alias].clear()  # cached pages and fragments show what was there before
    return manifest


def _empty(root):
    """Remove what a folder holds, keeping the folder (it may be a mounted volume)."""
    root.mkdir(parents=True, exist_ok=True)
    for child in root.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
