"""The shape every searchable thing of the portal shares; each app's ``search_indexes.py`` subclasses it.

A subclass says which model, which rows are public (``index_queryset``) and how to read a title, a summary, a
body, a date and a URL. Everything the results page shows is stored in the index, so showing results costs no
database query.
"""

from django.utils.html import strip_tags
from haystack import indexes

from .analysis import abbreviation_aliases, nfc
from .fields import BigramTextField, ExactTextField, FoldedTextField, KeywordField, StoredField

SNIPPET_SOURCE_CHARS = 4000
MAX_BODY_CHARS = 200_000  # bounds what one very long document costs the index


class PortalIndex(indexes.SearchIndex):
    text = FoldedTextField(document=True)
    title = FoldedTextField(boost=3.0)
    exact = ExactTextField()
    bigrams = BigramTextField()
    kind = KeywordField()
    year = KeywordField()
    date = indexes.DateTimeField(null=True)
    url = StoredField()
    display_title = StoredField()
    summary = StoredField()
    snippet_source = StoredField()

    #: machine name of the content kind, shown as a facet (see search.kinds)
    kind_name = ""

    # What subclasses provide ------------------------------------------------------------------------------------
    def title_of(self, obj):
        return obj.title

    def summary_of(self, obj):
        return ""

    def body_of(self, obj):
        return ""

    def date_of(self, obj):
        return None

    def url_of(self, obj):
        return obj.get_url()

    # Haystack's prepare hooks ---------------------------------------------------------------------------------
    def prepare(self, obj):
        title = nfc(self.title_of(obj))
        summary = nfc(strip_tags(self.summary_of(obj) or ""))
        body = nfc(strip_tags(self.body_of(obj) or ""))[:MAX_BODY_CHARS]
        date = self.date_of(obj)
        data = super().prepare(obj)
        aliases = abbreviation_aliases(f"{title}\n{summary}\n{body}")
        data.update(
            text=" \n".join(part for part in (title, summary, body, aliases) if part),
            title=title,
            exact=f"{title}\n{summary}",
            bigrams=f"{title}\n{summary}",
            kind=self.kind_name,
            year=str(date.year) if date else "",
            date=date,
            url=self.url_of(obj) or "",
            display_title=title,
            summary=summary,
            snippet_source=f"{summary}\n{body}"[:SNIPPET_SOURCE_CHARS],
        )
        return data


def page_body_text(page, field_name="body"):
    """The searchable text of a Wagtail StreamField, as Wagtail's own search extracts it."""
    field = page._meta.get_field(field_name)
    return "\n".join(str(chunk) for chunk in field.get_searchable_content(getattr(page, field_name)))
