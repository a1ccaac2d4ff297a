"""Read-side helpers other apps call to show news (home page, sections) without reaching into the models."""

from .models import NewsArticlePage, NewsCategory, NewsIndexPage


def latest_by_category(per_category=4, exclude_ids=()):
    """[(category, [articles…])] for the home page.

    One small query per category walks the (category, date) index and stops after a few rows, then one query
    loads those articles with their images: the cost depends on the number of categories, not of articles.
    (A single ROW_NUMBER() query ranks every article of the site, which is what made this slow at 50,000.)
    """
    categories = list(NewsCategory.objects.filter(show_on_home=True))
    newest = NewsArticlePage.objects.live().exclude(pk__in=exclude_ids).order_by("-date", "-pk")
    ids_by_category = {
        category.pk: list(newest.filter(category=category).values_list("pk", flat=True)[:per_category])
        for category in categories
    }
    wanted = [pk for ids in ids_by_category.values() for pk in ids]
    articles = {article.pk: article for article in NewsArticlePage.objects.for_listing().filter(pk__in=wanted)}
    return [
        (category, [articles[pk] for pk in ids_by_category[category.pk] if pk in articles])
        for category in categories
        if ids_by_category[category.pk]
    ]


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


def articles_for_block(parent_page=None, category=None, tag_slug="", limit=6):
    """The newest articles for a block of a page: children of ``parent_page``, or of a category, or of a tag."""
    articles = NewsArticlePage.objects.for_listing()
    if parent_page is not None:
        articles = articles.child_of(parent_page)
    if category is not None:
        articles = articles.filter(category=category)
    if tag_slug:
        articles = articles.filter(tagged_items__tag__slug=tag_slug)
    return list(articles[:limit])
