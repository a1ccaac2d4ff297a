"""Test settings: the portal's own settings, minus what makes tests slow or touches the developer's var/."""

import atexit
import os
import shutil
import tempfile

# One folder per test process (each xdist worker too): the SQLite file, media and the Whoosh index, which allows
# a single writer, must not be shared between workers.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
os.environ["PORTAL_VAR_DIR"] = tempfile.mkdtemp(prefix=f"portal-test-{_worker}-")
atexit.register(shutil.rmtree, os.environ["PORTAL_VAR_DIR"], ignore_errors=True)

from portal.settings import *  # noqa: E402,F403
from portal.settings import CACHES, REDIS_URL, VAR_DIR  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = VAR_DIR / "media"
SECURE_SSL_REDIRECT = False
CELERY_TASK_ALWAYS_EAGER = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The suite runs with and without DATABASE_URL: the same behaviour both times. Tests of the second factor and of the
# search limit (tests/test_security*.py) turn them on.
PORTAL_REQUIRE_2FA = False
SEARCH_RATE = ""
if not REDIS_URL:
    CACHES = {**CACHES, "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    # Each xdist worker gets a Redis database of its own (REDIS_URL's, then the ones below it): the tests clear the
    # cache, and a worker flushing the other's cached counts and fragments mid-test made cache tests flaky.
    _index = int(_worker[2:]) if _worker.startswith("gw") and _worker[2:].isdigit() else 0
    _base, _, _db = REDIS_URL.rstrip("/").rpartition("/")
    _db = int(_db) if _db.isdigit() else 0
    CACHES = {**CACHES, "default": {**CACHES["default"], "LOCATION": f"{_base}/{max(_db - _index, 0)}"}}
    # Every Redis-backed cache of the worker in its database: the fixtures clear them all, and a clear() is a
    # FLUSHDB — another worker's would empty this one's content version mid-test.
    for _alias, _conf in list(CACHES.items()):
        if _alias != "default" and _conf.get("BACKEND") == CACHES["default"]["BACKEND"]:
            CACHES[_alias] = {**_conf, "LOCATION": CACHES["default"]["LOCATION"]}
# Tests serve static files straight from the source folders (no collectstatic needed).
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The page cache (portal/page_cache.py) is off here: tests change data behind Wagtail's back (queryset.update())
# and fetch the same URL again. tests/test_page_cache.py turns it on; tests/integration runs it for real.
PAGE_CACHE_SECONDS = 0
