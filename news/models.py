"""News: the news index (with category, tag and feed routes) and the article page."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, PageManager
from wagtail.search import index

from portal.blocks import BodyBlock
from portal.pagination import CachedCountPaginator

from .listing_cache import listing_version


class NewsCategory(models.Model):
    """A news category (chuyên mục) such as "Thời sự" or "Chuyển đổi số", with an ASCII slug for its URL."""

    name = models.CharField(_("tên"), max_length=100, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=100, unique=True)
    description = models.TextField(_("mô tả"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    show_on_home = models.BooleanField(_("hiện trên trang chủ"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
        FieldPanel("show_on_home"),
    ]

    class Meta:
        verbose_name = _("chuyên mục tin")
        verbose_name_plural = _("chuyên mục tin")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsArticleManager(PageManager):
    def for_listing(self):
        """Live articles with everything a card shows, in a fixed number of queries whatever the count."""
        return (
            self.get_queryset()
            .live()
            .select_related("category", "featured_image")
            .prefetch_related("featured_image__renditions")
            .defer_streamfields()
            .order_by("-date", "-pk")
        )


class NewsIndexPage(RoutablePageMixin, Page):
    """/tin-tuc/: the newest articles first, plus category and tag archives and the RSS feed."""

    intro = models.TextField(_("giới thiệu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["news.NewsArticlePage"]

    class Meta:
        verbose_name = _("trang tin tức")

    def articles(self):
        # Articles are only ever children of a news index (subpage_types), so a path prefix selects exactly them.
        # Unlike child_of(), whose depth condition steers SQLite onto the tree index and a sort of every
        # article, a bare prefix lets the database walk the date index and stop after one page of results.
        return NewsArticlePage.objects.for_listing().filter(path__startswith=self.path)

    def paginate(self, request, queryset, listing_key):
        """The requested page of results; a bad or out-of-range ?page= gives the nearest valid page.

        The total is cached per listing until an article is published, unpublished or deleted.
        """
        cache_key = f"news:count:{listing_version()}:{self.pk}:{listing_key}"
        paginator = CachedCountPaginator(queryset, settings.NEWS_PAGE_SIZE, cache_key=cache_key)
        return paginator.get_page(request.GET.get("page"))

    def render_listing(self, request, queryset, listing_key="all", **extra):
        context = {"articles": self.paginate(request, queryset, listing_key), **extra}
        return self.render(request, context_overrides=context)

    @path("")
    def index_route(self, request):
        return self.render_listing(request, self.articles())

    @path("chuyen-muc/<slug:slug>/")
    def category_route(self, request, slug):
        category = get_object_or_404(NewsCategory, slug=slug)
        articles = self.articles().filter(category=category)
        return self.render_listing(request, articles, f"category:{category.pk}", category=category)

    @path("the/<slug:slug>/")
    def tag_route(self, request, slug):
        tag = get_object_or_404(Tag, slug=slug)
        articles = self.articles().filter(tagged_items__tag=tag)
        return self.render_listing(request, articles, f"tag:{tag.pk}", tag=tag)

    @path("rss/")
    def feed_route(self, request):
        from .feeds import NewsFeed

        return NewsFeed(self)(request)

    @path("chuyen-muc/<slug:slug>/rss/")
    def category_feed_route(self, request, slug):
        from .feeds import NewsFeed

        category = get_object_or_404(NewsCategory, slug=slug)
        return NewsFeed(self, category=category)(request)


class NewsArticlePage(Page):
    """One news article: own work of the portal's reporters, or collected from another source."""

    SOURCE_OWN = "own"
    SOURCE_COLLECTED = "collected"
    SOURCE_CHOICES = [(SOURCE_OWN, _("Tự thực hiện")), (SOURCE_COLLECTED, _("Sưu tầm"))]

    date = models.DateTimeField(_("ngày đăng"), default=timezone.now, db_index=True)
    lead = models.TextField(_("sapo"), max_length=1000, help_text=_("Một đến hai câu tóm tắt bài viết."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("nội dung"))
    featured_image = models.ForeignKey(
        get_image_model(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("ảnh đại diện"),
    )
    featured_image_caption = models.CharField(_("chú thích ảnh đại diện"), max_length=300, blank=True)
    category = models.ForeignKey(
        NewsCategory,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        verbose_name=_("chuyên mục"),
    )
    tags = ClusterTaggableManager(through=NewsArticleTag, blank=True, verbose_name=_("thẻ"))
    source_kind = models.CharField(_("nguồn tin"), max_length=10, choices=SOURCE_CHOICES, default=SOURCE_OWN)
    source_name = models.CharField(_("tên nguồn"), max_length=200, blank=True)
    source_url = models.URLField(_("liên kết nguồn"), blank=True)
    author = models.CharField(_("tác giả"), max_length=200, blank=True)
    photographer = models.CharField(_("ảnh"), max_length=200, blank=True)
    is_video = models.BooleanField(
        _("tin video"), default=False, help_text=_("Đánh dấu video tư liệu (được thống kê riêng trong báo cáo).")
    )

    objects = NewsArticleManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("featured_image"), FieldPanel("featured_image_caption")], heading=_("Ảnh đại diện")
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("date"), FieldPanel("category")]),
                FieldPanel("tags"),
                FieldRowPanel([FieldPanel("author"), FieldPanel("photographer")]),
                FieldPanel("is_video"),
            ],
            heading=_("Thông tin bài"),
        ),
        MultiFieldPanel(
            [FieldPanel("source_kind"), FieldRowPanel([FieldPanel("source_name"), FieldPanel("source_url")])],
            heading=_("Nguồn"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("category"),
    ]

    parent_page_types = ["news.NewsIndexPage", "specialpages.SpecialSectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("bài viết")
        verbose_name_plural = _("bài viết")
        indexes = [
            # Newest articles of one category (home page, category archive) without sorting the whole table.
            models.Index(fields=["category", "-date"], name="news_article_category_date"),
        ]

    def clean(self):
        super().clean()
        if self.source_kind == self.SOURCE_COLLECTED and not self.source_name:
            raise ValidationError({"source_name": _("Tin sưu tầm cần ghi tên nguồn.")})

    @property
    def is_collected(self):
        return self.source_kind == self.SOURCE_COLLECTED

    @cached_property
    def tag_list(self):
        """The article's tags, read once per view (the page and its related articles both need them); a preview's
        in-memory tags too."""
        return list(self.tags.all())

    def related_articles(self, limit=4):
        """Newest live articles sharing this article's category or one of its tags."""
        tag_ids = [tag.pk for tag in self.tag_list]
        match = Q(tagged_items__tag_id__in=tag_ids)
        if self.category_id:
            match |= Q(category_id=self.category_id)
        ids = (
            NewsArticlePage.objects.live()
            .filter(match)
            .exclude(pk=self.pk)
            .order_by("-date")
            .values_list("pk", flat=True)
        )
        ids = list(dict.fromkeys(ids[: limit * 3]))[:limit]
        return NewsArticlePage.objects.for_listing().filter(pk__in=ids)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_articles"] = self.related_articles()
        parent = self.get_parent().specific
        # An article of a special section links its tags to the site's news index.
        context["news_index"] = (
            parent if isinstance(parent, NewsIndexPage) else NewsIndexPage.objects.live().order_by("path").first()
        )
        return context
