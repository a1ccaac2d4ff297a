"""Pagination whose total is cached: COUNT(*) over tens of thousands of rows is the costly part of a listing."""

from django.core.cache import cache
from django.core.paginator import Paginator
from django.utils.functional import cached_property

COUNT_TTL = 600  # seconds; publishing bumps the version in the key, so this only bounds a missed signal


class CachedCountPaginator(Paginator):
    def __init__(self, object_list, per_page, cache_key, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.cache_key = cache_key

    @cached_property
    def count(self):
        return cache.get_or_set(self.cache_key, lambda: Paginator.count.func(self), COUNT_TTL)
