"""A version number for cached news listings: bumped whenever the set of live articles changes."""

from django.core.cache import cache

VERSION_KEY = "news:listing-version"


def listing_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    return version


def bump_listing_version():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not in the cache (yet, or evicted): any new value invalidates the old keys
        cache.set(VERSION_KEY, listing_version() + 1, None)
