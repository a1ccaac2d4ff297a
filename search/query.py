"""What a citizen asked (cleaned, bounded, analysed) and what the search found, independent of the backend."""

from dataclasses import dataclass, field

from .analysis import bigrams, exact_syllables, fold, has_diacritics, nfc, syllables

MAX_QUERY_CHARS = 200
MAX_WORDS = 12
DEFAULT_PER_PAGE = 10
MAX_PAGE = 100
SORTS = ("relevance", "newest")


def _clean(text):
    # Control characters and over-long input are dropped, not rejected: the citizen still gets a results page.
    text = "".join(ch if ch.isprintable() else " " for ch in nfc(text or ""))
    return " ".join(text.split())[:MAX_QUERY_CHARS]


def _positive_int(value, default, maximum):
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    return min(max(number, 1), maximum)


@dataclass
class PortalQuery:
    text: str = ""
    kind: str = ""
    year: int | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    words: list = field(default_factory=list)
    exact_words: list = field(default_factory=list)
    bigrams: list = field(default_factory=list)

    @classmethod
    def build(cls, text="", kind="", year=None, sort="relevance", page=1, per_page=DEFAULT_PER_PAGE, kinds=()):
        text = _clean(text)
        words = syllables(text)[:MAX_WORDS]
        exact_words = exact_syllables(text)[:MAX_WORDS] if has_diacritics(text) else []
        year_number = _positive_int(year, None, 9999) if year not in (None, "") else None
        return cls(
            text=text,
            kind=kind if kind in kinds else "",
            year=year_number if year_number and 1900 <= year_number <= 2100 else None,
            sort=sort if sort in SORTS else "relevance",
            page=_positive_int(page, 1, MAX_PAGE),
            per_page=per_page,
            words=words,
            exact_words=exact_words,
            bigrams=bigrams(words),
        )

    @property
    def offset(self):
        return (self.page - 1) * self.per_page

    @property
    def folded_text(self):
        return " ".join(fold(self.text).split())


@dataclass
class PortalResults:
    request: PortalQuery
    count: int = 0
    hits: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    #: "all": every word matched; "any": nothing had every word, so documents with some words are shown
    mode: str = "all"

    @classmethod
    def empty(cls, request):
        return cls(request=request, facets={"kind": {}, "year": {}})

    @property
    def num_pages(self):
        pages = (self.count + self.request.per_page - 1) // self.request.per_page
        return min(pages, MAX_PAGE)
