"""Vietnamese text analysis for the search index: normalisation, diacritic folding, syllable bigrams.

Vietnamese is written in syllables separated by spaces, and most words are two syllables ("chuyển đổi"); people
often type without diacritics. So every text is indexed three ways:

- *folded*: NFC, lower case, diacritics removed and đ → d, so "chuyen doi so" finds "Chuyển đổi số";
- *exact*: NFC and lower case only, so a query typed with diacritics ranks "đội" above "đổi";
- *bigrams*: folded pairs of adjacent syllables ("chuyen_doi", "doi_so"), which rank documents where the query's
  syllables stand together above those where they are scattered, and are far more selective than syllables.

No stop words and no stemming: after folding, English stop words ("an", "to", "may") are Vietnamese syllables,
and stemmers mangle them ("quy" → "qui"). Whoosh pickles analyzers into the index schema, so every class here is
importable at module level and compares equal by value.
"""

import itertools
import re
import unicodedata

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer

# \w on NFC text matches precomposed Vietnamese letters; combining marks only survive in non-NFC input.
WORD_PATTERN = r"\w+"
_WORD_RE = re.compile(WORD_PATTERN)
_D_MAP = str.maketrans({"đ": "d", "Đ": "d", "Ð": "d", "ð": "d", "ɖ": "d"})
BIGRAM_JOINER = "_"


def nfc(text):
    return unicodedata.normalize("NFC", text or "")


def fold(text):
    """'Chuyển Đổi Số' → 'chuyen doi so'. NFD alone does not fold đ/Đ (they are letters, not d + a mark)."""
    text = nfc(text).lower().translate(_D_MAP)
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


def has_diacritics(text):
    return fold(text) != nfc(text).lower()


def syllables(text):
    """The folded syllables of a text, in order: what the folded field indexes."""
    return _WORD_RE.findall(fold(text))


def exact_syllables(text):
    return _WORD_RE.findall(nfc(text).lower())


def bigrams(words):
    return [f"{a}{BIGRAM_JOINER}{b}" for a, b in itertools.pairwise(words)]


# Abbreviations of official Vietnamese (folded) and what they stand for. Citizens type either form; the index holds
# both (see abbreviation_aliases), so "HĐND" finds "Hội đồng nhân dân" and the other way round.
ABBREVIATIONS = {
    "hdnd": "hoi dong nhan dan",
    "ubnd": "uy ban nhan dan",
    "mttq": "mat tran to quoc",
    "dbqh": "dai bieu quoc hoi",
    "thpt": "trung hoc pho thong",
    "thcs": "trung hoc co so",
    "cntt": "cong nghe thong tin",
    "bhxh": "bao hiem xa hoi",
    "bhyt": "bao hiem y te",
    "tthc": "thu tuc hanh chinh",
    "atgt": "an toan giao thong",
    "pccc": "phong chay chua chay",
    "gpmb": "giai phong mat bang",
    "ctmtqg": "chuong trinh muc tieu quoc gia",
}


def abbreviation_aliases(text):
    """The other form of every abbreviation or expansion the text contains, as one string to index alongside."""
    words = syllables(text)
    joined = f" {' '.join(words)} "
    present = set(words)
    aliases = []
    for short, full in ABBREVIATIONS.items():
        if short in present and f" {full} " not in joined:
            aliases.append(full)
        elif f" {full} " in joined and short not in present:
            aliases.append(short)
    return " ".join(aliases)


class VietnameseTokenizer(RegexTokenizer):
    """Whoosh's regex tokenizer on NFC text: input typed with combining marks tokenizes like precomposed input."""

    def __init__(self):
        super().__init__(expression=WORD_PATTERN)

    def __call__(self, value, **kwargs):
        return super().__call__(nfc(value), **kwargs)


class FoldFilter(Filter):
    """Removes diacritics and maps đ to d; the token stays at its position."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = fold(token.text)
            yield token


class BigramFilter(Filter):
    """Replaces a stream of syllables by the pairs of adjacent ones, each at the position of its first syllable."""

    def __call__(self, tokens):
        previous = None
        for token in tokens:
            text = token.text
            if previous is not None:
                token.text = f"{previous}{BIGRAM_JOINER}{text}"
                if token.positions:
                    token.pos -= 1
                yield token
                if token.positions:
                    token.pos += 1
            previous = text


def folded_analyzer():
    return VietnameseTokenizer() | LowercaseFilter() | FoldFilter()


def exact_analyzer():
    return VietnameseTokenizer() | LowercaseFilter()


def bigram_analyzer():
    return VietnameseTokenizer() | LowercaseFilter() | FoldFilter() | BigramFilter()
