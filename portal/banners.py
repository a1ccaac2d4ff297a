"""Which banners show now: scheduled banners inside their window, and the commemorative days around their date.

Read by the home page (and any page with a sidebar) through ``current_banners``; cached for a few minutes, the key
changing with the date and with every edit (signals bump the version), so a new day shows its banner at once.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from . import cache_versions
from .models import Banner, CommemorativeDay

CACHE_SECONDS = 300
VERSION_KEY = "banners:version"


def _version():
    return cache_versions.version(VERSION_KEY)


def bump_version(**kwargs):
    cache_versions.bump(VERSION_KEY)


def _select(placement, now):
    today = timezone.localdate(now)
    scheduled = list(
        Banner.objects.filter(is_active=True, placement=placement, starts_at__lte=now, ends_at__gt=now)
        # No prefetch of the images' renditions: these lists are cached, and a pickled prefetch holds only the
        # renditions made before it (a new size would be drawn again on every request). Wagtail's renditions cache
        # finds them without a query.
        .select_related("image", "link_page")
        .order_by("-priority", "-starts_at")
    )
    days = [
        day
        for day in CommemorativeDay.objects.filter(is_active=True, placement=placement).select_related(
            "image", "link_page"
        )
        if day.shows_on(today)
    ]
    # A commemorative day on its date comes before campaign banners of the same priority.
    items = [(day.priority, 1, day) for day in days] + [(banner.priority, 0, banner) for banner in scheduled]
    return [item for _priority, _kind, item in sorted(items, key=lambda entry: (-entry[0], -entry[1]))]


def current_banners(placement, now=None):
    """The banners due at ``now`` (default: now, cached up to CACHE_SECONDS), highest priority first."""
    if now is not None:
        return _select(placement, now)  # a given moment (tests, previews): never cached
    now = timezone.now()
    key = f"banners:{_version()}:{placement}:{timezone.localdate(now):%Y%m%d}"
    banners = cache.get(key)
    if banners is None:
        banners = _select(placement, now)
        cache.set(key, banners, CACHE_SECONDS)
    return banners


for model in (Banner, CommemorativeDay):
    post_save.connect(bump_version, sender=model, dispatch_uid=f"banners-{model.__name__}-save")
    post_delete.connect(bump_version, sender=model, dispatch_uid=f"banners-{model.__name__}-delete")
