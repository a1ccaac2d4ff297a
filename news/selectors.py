"""Read-side helpers other apps call to show news (home page, sections) without reaching into the models."""

from django.db.models import F, Window
from django.db.models.functions import RowNumber

from .models import NewsArticlePage, NewsCategory, NewsIndexPage


def latest_by_category(per_category=4, exclude_ids=()):
    """[(category, [articles…])] for the home page, in three queries whatever the number of articles."""
    categories = list(NewsCategory.objects.filter(show_on_home=True))
    ranked = (
        NewsArticlePage.objects.for_listing()
        .filter(category__in=categories)
        .exclude(pk__in=exclude_ids)
        .annotate(rank=Window(RowNumber(), partition_by=F("category_id"), order_by=[F("date").desc(), F("pk").desc()]))
        .filter(rank__lte=per_category)
    )
    by_category = {}
    for article in ranked:
        by_category.setdefault(article.category_id, []).append(article)
    return [(category, by_category[category.pk]) for category in categories if category.pk in by_category]


def home_news(home_page, latest_count=6):
    """Featured articles chosen by editors, the newest articles, and the newest per category."""
    featured = [
        item.article
        for item in home_page.featured_articles.filter(article__live=True)
        .select_related("article", "article__featured_image", "article__category")
        .prefetch_related("article__featured_image__renditions")
    ]
    featured_ids = [article.pk for article in featured]
    latest = list(NewsArticlePage.objects.for_listing().exclude(pk__in=featured_ids)[:latest_count])
    return {
        "featured_articles": featured,
        "latest_articles": latest,
        # What is featured at the top is not repeated further down.
        "news_by_category": latest_by_category(exclude_ids=featured_ids),
        "news_index": NewsIndexPage.objects.child_of(home_page).live().first(),
    }
