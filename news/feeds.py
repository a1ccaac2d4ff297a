"""RSS 2.0 feeds of the newest articles, site-wide or for one category."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

FEED_SIZE = 30


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "vi"

    def __init__(self, index_page, category=None):
        super().__init__()
        self.index_page = index_page
        self.category = category

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        if self.category:
            return f"{settings.WAGTAIL_SITE_NAME} – {self.category.name}"
        return f"{settings.WAGTAIL_SITE_NAME} – {_('Tin tức')}"

    def link(self):
        return self.index_page.get_url(request=self.request)

    def description(self):
        return self.index_page.search_description or self.index_page.intro or self.title()

    def items(self):
        articles = self.index_page.articles()
        if self.category:
            articles = articles.filter(category=self.category)
        return articles[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_pubdate(self, item):
        return item.date

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return [item.category.name] if item.category else []
