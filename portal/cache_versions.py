"""Version numbers that cached fragments put in their keys: bumping one invalidates every key built with it.

Used by the page cache, the news listings, the banners, the language switch and the document finder's totals. A
version the cache has lost (first use, restart, eviction) starts again at a random value, never at a small number an
old fragment may still be stored under; with the cache down, ``version`` gives a new random value at every call
(nothing is ever found) and ``current`` None."""

import secrets

from django.core.cache import cache


def _fresh():
    return secrets.randbits(48)


def current(key):
    """The version under ``key``, started at a random value if the cache has none; None if the cache is down."""
    value = cache.get(key)
    if value is None:
        cache.add(key, _fresh(), None)  # another process may have set one meanwhile: theirs wins
        value = cache.get(key)
    return value


def version(key):
    value = current(key)
    return _fresh() if value is None else value


def bump(key):
    try:
        cache.incr(key)
    except ValueError:  # not in the cache (yet, or evicted): any new value invalidates the old keys
        cache.set(key, _fresh(), None)
