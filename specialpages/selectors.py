"""Read-side helpers other apps call to show special sections (the home page's tiles)."""

from .models import SpecialSectionPage


def section_tiles(limit=6):
    """The newest top-level live sections, with their banner image."""
    return list(
        SpecialSectionPage.objects.live()
        .public()
        .filter(depth__lte=4)  # root › home › /chuyen-trang/ › section; sub-sections are not tiles
        .select_related("banner_image")
        .prefetch_related("banner_image__renditions")
        .defer_streamfields()
        .order_by("-first_published_at", "-pk")[:limit]
    )
