"""Keeps cached news listings honest: any change to the set of live articles bumps a version number."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .listing_cache import bump_listing_version
from .models import NewsArticlePage


@receiver(page_published, sender=NewsArticlePage)
@receiver(page_unpublished, sender=NewsArticlePage)
@receiver(post_delete, sender=NewsArticlePage)
def _article_changed(sender, **kwargs):
    bump_listing_version()
