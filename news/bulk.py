"""Fast creation of many live articles for benchmarks (``manage.py generate_content``).

Wagtail's ``add_child`` costs several queries per page; here pages are written in batches: tree paths computed
as treebeard would, ``Page`` rows by ``bulk_create`` and the article rows by one ``executemany`` per batch.
No revisions are written (the pages are live as they are), so this is for benchmarks and load tests only.
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from django.utils.html import escape
from taggit.models import Tag
from wagtail.models import Page

from portal.demo import demo_image

from .demo_articles import ARTICLES
from .listing_cache import bump_listing_version
from .models import NewsArticlePage, NewsArticleTag, NewsCategory

IMAGE_POOL_SIZE = 12


def _article_rows(pages, rng, categories, images):
    fields = [f for f in NewsArticlePage._meta.local_concrete_fields if f.name != "page_ptr"]
    columns = ["page_ptr_id"] + [f.column for f in fields]
    rows = []
    for page in pages:
        data = rng.choice(ARTICLES)
        paragraphs = rng.sample(rng.choice(ARTICLES)["paragraphs"], k=2) + data["paragraphs"][:2]
        values = {
            "date": page.first_published_at,
            "lead": data["lead"],
            "body": [("paragraph", f"<p>{escape(text)}</p>") for text in paragraphs],
            "featured_image": rng.choice(images) if images else None,
            "featured_image_caption": data.get("image_caption", ""),
            "category": rng.choice(categories) if categories else None,
            "source_kind": data["source"],
            "source_name": data.get("source_name", ""),
            "source_url": "",
            "author": data.get("author", ""),
            "photographer": data.get("photographer", ""),
            "is_video": data.get("is_video", False),
        }
        row = [page.pk]
        probe = NewsArticlePage(**values)
        for field in fields:
            row.append(field.get_db_prep_save(getattr(probe, field.attname), connection))
        rows.append(row)
    return columns, rows


def _insert(table, columns, rows):
    quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
    placeholders = ", ".join(["%s"] * len(columns))
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {connection.ops.quote_name(table)} ({quoted}) VALUES ({placeholders})", rows)


def generate_articles(index, count, batch_size=2000, seed=2021, spread_days=365, progress=None):
    """Append ``count`` live articles under the news index ``index``; returns how many were created."""
    rng = random.Random(seed + index.numchild)
    content_type = ContentType.objects.get_for_model(NewsArticlePage)
    categories = list(NewsCategory.objects.all())
    images = [demo_image(f"Ảnh minh họa {n}", seed=f"bulk-{n}") for n in range(IMAGE_POOL_SIZE)]
    tag_ids = list(Tag.objects.values_list("pk", flat=True)[:50])
    now = timezone.now()
    created = 0
    while created < count:
        size = min(batch_size, count - created)
        with transaction.atomic():
            index = Page.objects.select_for_update().get(pk=index.pk)
            last_child = index.get_last_child()
            position = last_child._get_lastpos_in_path() if last_child else 0
            pages = []
            for offset in range(1, size + 1):
                data = rng.choice(ARTICLES)
                number = index.numchild + offset
                slug = f"bv-{number}-{data['slug'][:50]}".rstrip("-")
                published = now - datetime.timedelta(minutes=rng.randint(0, spread_days * 24 * 60))
                title = f"{data['title']} ({number})"
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        content_type=content_type,
                        path=Page._get_path(index.path, index.depth + 1, position + offset),
                        depth=index.depth + 1,
                        numchild=0,
                        url_path=f"{index.url_path}{slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=published,
                        last_published_at=published,
                        locale_id=index.locale_id,
                        translation_key=uuid.uuid4(),
                    )
                )
            Page.objects.bulk_create(pages)
            if connection.features.can_return_rows_from_bulk_insert is False or pages[0].pk is None:
                by_path = dict(Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk"))
                for page in pages:
                    page.pk = page.id = by_path[page.path]
            columns, rows = _article_rows(pages, rng, categories, images)
            _insert(NewsArticlePage._meta.db_table, columns, rows)
            if tag_ids:
                NewsArticleTag.objects.bulk_create(
                    NewsArticleTag(content_object_id=page.pk, tag_id=rng.choice(tag_ids)) for page in pages
                )
            Page.objects.filter(pk=index.pk).update(numchild=index.numchild + size)
        created += size
        if progress:
            progress(created, count)
    bump_listing_version()
    # Fresh planner statistics: a bulk load otherwise leaves the database choosing plans for an empty table.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return created
