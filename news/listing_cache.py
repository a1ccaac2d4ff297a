"""A version number for cached news listings: bumped whenever the set of live articles changes."""

from portal import cache_versions

VERSION_KEY = "news:listing-version"


def listing_version():
    return cache_versions.version(VERSION_KEY)


def bump_listing_version():
    cache_versions.bump(VERSION_KEY)
