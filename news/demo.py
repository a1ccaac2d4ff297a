"""Demo news for ``load_demo``: categories, /tin-tuc/ and the articles of ``demo_articles`` — idempotent.

Articles carry their 2021 dates (publication, first publication) and so do their pictures (added to the media
library on the article's day): the period report counts articles and photos by those dates.
"""

import datetime
import zoneinfo

from django.db import transaction
from django.utils.html import escape
from wagtail.images import get_image_model

from portal.demo import demo_image
from portal.models import HomePageFeaturedArticle

from .demo_articles import ARTICLES, CATEGORIES
from .models import NewsArticlePage, NewsCategory, NewsIndexPage

PORTAL_TZ = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def article_date(value, index):
    """'2021-03-15' → an aware datetime during office hours, different for each article."""
    day = datetime.date.fromisoformat(value)
    return datetime.datetime(day.year, day.month, day.day, 7 + index % 10, (index * 7) % 60, tzinfo=PORTAL_TZ)


def article_body(data, image):
    paragraphs = data["paragraphs"]
    body = [("paragraph", f"<p>{escape(text)}</p>") for text in paragraphs[:2]]
    if data.get("quote"):
        text, attribution = data["quote"]
        body.append(("quote", {"text": text, "attribution": attribution}))
    body += [("paragraph", f"<p>{escape(text)}</p>") for text in paragraphs[2:]]
    if image is not None and len(paragraphs) > 3:
        body.insert(2, ("image", {"image": image, "caption": data.get("image_caption", ""), "alt_text": ""}))
    return body


@transaction.atomic
def build_news(home):
    """Categories, the news index under ``home``, and every demo article not yet there. Returns the index."""
    for order, (slug, name, description) in enumerate(CATEGORIES):
        NewsCategory.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "sort_order": order}
        )
    categories = {category.slug: category for category in NewsCategory.objects.all()}

    index = NewsIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=NewsIndexPage(
                title="Tin tức",
                slug="tin-tuc",
                show_in_menus=True,
                intro="Tin tức về hoạt động chỉ đạo, điều hành của tỉnh và đời sống kinh tế - xã hội Ninh Bình.",
            )
        )
        index.save_revision().publish()

    existing = set(NewsArticlePage.objects.child_of(index).values_list("slug", flat=True))
    for number, data in enumerate(ARTICLES):
        if data["slug"] in existing:
            continue
        image = demo_image(data["image_caption"] or data["title"], seed=data["slug"])
        date = article_date(data["date"], number)
        article = NewsArticlePage(
            title=data["title"],
            slug=data["slug"],
            lead=data["lead"],
            body=article_body(data, image),
            featured_image=image,
            featured_image_caption=data.get("image_caption", ""),
            category=categories[data["category"]],
            source_kind=data["source"],
            source_name=data.get("source_name", ""),
            author=data.get("author", ""),
            photographer=data.get("photographer", ""),
            is_video=data.get("is_video", False),
            date=date,
        )
        index.add_child(instance=article)
        article.tags.add(*data.get("tags", []))
        article.save_revision().publish()
        NewsArticlePage.objects.filter(pk=article.pk).update(first_published_at=date, last_published_at=date)
        # The picture came with the story (unless an earlier one already used it).
        get_image_model().objects.filter(pk=image.pk, created_at__gt=date).update(created_at=date)
    return index


def feature_on_home(home, count=5):
    """Pick the newest own articles as featured, once (as a published revision); editors change them later."""
    if home.featured_articles.exists():
        return
    newest_own = NewsArticlePage.objects.live().filter(source_kind=NewsArticlePage.SOURCE_OWN).order_by("-date")
    home.featured_articles = [
        HomePageFeaturedArticle(article=article, sort_order=order) for order, article in enumerate(newest_own[:count])
    ]
    home.save_revision().publish()
