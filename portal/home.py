"""What the home page shows from the other apps, cached as one fragment until something it shows changes.

The key holds a content version that signals bump when a page is published or unpublished, or a document, draft,
schedule item, banner or question changes — so a change shows at once — and today's date, so "open for comment"
and "today's schedule" follow the calendar. At most ``CACHE_SECONDS`` old otherwise.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.signals import page_published, page_unpublished

from . import cache_versions

CACHE_SECONDS = 300
VERSION_KEY = "home:content-version"


def content_version():
    return cache_versions.version(VERSION_KEY)


def bump_content_version(**kwargs):
    cache_versions.bump(VERSION_KEY)


def _compute():
    from documents.selectors import latest_documents
    from drafts.selectors import drafts_for_listing
    from qa.selectors import latest_answers
    from specialpages.selectors import section_tiles

    from .schedule import today_entries

    return {
        "sections": section_tiles(limit=6),
        "latest_documents": latest_documents(limit=5),
        "open_drafts": drafts_for_listing(limit=4),
        "latest_answers": latest_answers(limit=4),
        "schedule_today": today_entries(),
    }


def home_blocks():
    key = f"home:blocks:{content_version()}:{timezone.localdate():%Y%m%d}"
    blocks = cache.get(key)
    if blocks is None:
        blocks = _compute()
        cache.set(key, blocks, CACHE_SECONDS)
    return blocks


def connect_signals():
    from documents.models import LegalDocument
    from drafts.models import DraftDocument

    from .models import ScheduleEntry

    page_published.connect(bump_content_version, dispatch_uid="home-blocks-published")
    page_unpublished.connect(bump_content_version, dispatch_uid="home-blocks-unpublished")
    for model in (LegalDocument, DraftDocument, ScheduleEntry):
        post_save.connect(bump_content_version, sender=model, dispatch_uid=f"home-blocks-{model.__name__}-save")
        post_delete.connect(bump_content_version, sender=model, dispatch_uid=f"home-blocks-{model.__name__}-delete")
