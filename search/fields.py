"""Haystack field types for Vietnamese text; each search backend maps ``field_type`` to its own schema field."""

from haystack import indexes


class FoldedTextField(indexes.CharField):
    """Text matched without diacritics (the document field and titles)."""

    field_type = "vi_folded"


class ExactTextField(indexes.CharField):
    """Text matched with its diacritics, to rank exact spellings first."""

    field_type = "vi_exact"


class BigramTextField(indexes.CharField):
    """Pairs of adjacent folded syllables, to rank adjacent query syllables first."""

    field_type = "vi_bigrams"


class KeywordField(indexes.CharField):
    """One untokenised value (content kind, year) for filters and facet counts."""

    field_type = "keyword"


class StoredField(indexes.CharField):
    """Kept in the index for display (URL, summary, snippet source) but not searched."""

    field_type = "stored"

    def __init__(self, **kwargs):
        kwargs.setdefault("indexed", False)
        super().__init__(**kwargs)
