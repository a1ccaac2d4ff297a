"""Version numbers that cached fragments put in their keys: bumping one invalidates every key built with it.

Used by the news listings, the banners, the language switch and the document finder's totals. A version the cache
has lost (first use, restart, eviction) starts again at a random value, never at a small number an old fragment
may still be stored under; with the cache down, every call gets a new random value, i.e. nothing is ever found.
"""

import secrets

from django.core.cache import cache


def _fresh():
    return secrets.randbits(48)


def version(key):
    value = cache.get(key)
    if value is None:
        cache.add(key, _fresh(), None)  # another process may have set one meanwhile: theirs wins
        value = cache.get(key)
    return _fresh() if value is None else value


def bump(key):
    try:
        cache.incr(key)
    except ValueError:  # not in the cache (yet, or evicted): any new value invalidates the old keys
        cache.set(key, _fresh(), None)
