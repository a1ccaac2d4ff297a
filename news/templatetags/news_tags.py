"""Template tags other templates use to show news."""

from django import template

from news.models import NewsCategory

register = template.Library()


@register.simple_tag
def news_categories():
    return NewsCategory.objects.all()
