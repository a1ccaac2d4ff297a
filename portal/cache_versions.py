"""Version numbers that cached fragments put in their keys: bumping one invalidates every key built with it.

Used by the news listings, the home page's blocks, the banners and the document finder's totals.
"""

from django.core.cache import cache


def version(key):
    value = cache.get(key)
    if value is None:
        value = 1
        cache.add(key, value, None)
    return value


def bump(key):
    try:
        cache.incr(key)
    except ValueError:  # not in the cache (yet, or evicted): any new value invalidates the old keys
        cache.set(key, version(key) + 1, None)
