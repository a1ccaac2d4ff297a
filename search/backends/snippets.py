"""Highlighted snippets of a hit: Whoosh's highlighter (ContextFragmenter, HtmlFormatter), in one tight loop.

``whoosh.highlight.highlight`` runs every word of the text (~600 in a 4,000-character snippet source) through the
analyzer's generators, folds each (NFD, removing marks, NFC) and passes it through two more generators; on a page of
ten hits that cost more than finding them. ``snippet`` gives the same output: the same tokens (``\\w+`` on NFC text,
lower-cased and folded, each distinct word folded once), the same fragments (ContextFragmenter's rules, copied
below), the same choice of the best fragments and the same markup.
"""

import re
from collections import deque

from whoosh import highlight

from ..analysis import WORD_PATTERN, fold, nfc

WORD_RE = re.compile(WORD_PATTERN)
MAX_CHARS = 220
SURROUND = 60
TOP = 2
CHAR_LIMIT = highlight.DEFAULT_CHARLIMIT


class EarliestBestFragment(highlight.BasicFragmentScorer):
    """Whoosh's fragment score; among fragments that score the same, the earlier one.

    Whoosh breaks such ties by the fragments' memory addresses, so one hit could show a different snippet each time.
    """

    def __call__(self, fragment):
        # Scores of matching fragments are multiples of 100: a few millionths never reorder them.
        return super().__call__(fragment) - fragment.startchar * 1e-9


class Match:
    """A matched word, as much of a Whoosh token as the fragment scorer and the formatter read."""

    __slots__ = ("boost", "endchar", "matched", "startchar", "text")

    def __init__(self, text, startchar, endchar):
        self.text, self.startchar, self.endchar = text, startchar, endchar
        self.boost = 1.0
        self.matched = True


class FoldedWords:
    """fold(word.lower()) of each word met, remembered (the folded analyzer's token text); bounded."""

    max_words = 100_000

    def __init__(self):
        self._folded = {}

    def __call__(self, word):
        folded = self._folded.get(word)
        if folded is None:
            folded = fold(word.lower())
            if len(self._folded) >= self.max_words:
                self._folded.clear()
            self._folded[word] = folded
        return folded


FOLDED_WORDS = FoldedWords()


def context_fragments(text, terms, maxchars=MAX_CHARS, surround=SURROUND, charlimit=CHAR_LIMIT):
    """``ContextFragmenter(maxchars, surround).fragment_tokens`` over the folded analyzer's tokens of ``text``."""
    folded_word = FOLDED_WORDS
    mkfrag = highlight.mkfrag
    first = None
    firsts = deque()
    countdown = -1
    tks = []
    endchar = None
    currentlen = 0
    for match in WORD_RE.finditer(nfc(text)):
        startchar, endchar = match.span()
        tlength = endchar - startchar
        if charlimit and endchar > charlimit:
            break
        word = folded_word(match.group())
        matched = word in terms
        if countdown < 0 and not matched:
            firsts.append(startchar)
            while firsts and endchar - firsts[0] > surround:
                firsts.popleft()
        elif currentlen + tlength > maxchars:
            countdown = 0
        elif matched:
            countdown = surround
            if first is None:
                if firsts:
                    first = firsts[0]
                else:
                    first = startchar
                    countdown += surround
            tks.append(Match(word, startchar, endchar))
        if countdown >= 0:
            currentlen += tlength
            countdown -= tlength
            if countdown <= 0:
                yield mkfrag(text, tks, startchar=first, endchar=endchar)
                tks = []
                firsts = deque()
                first = None
                currentlen = 0
    if tks:
        yield mkfrag(text, tks, startchar=first, endchar=endchar)


def snippet(text, terms, formatter, scorer=None, top=TOP):
    """``highlight.highlight(text, terms, folded_analyzer(), ContextFragmenter(220, 60), formatter, top)``."""
    if not text:
        return ""
    fragments = context_fragments(text, frozenset(terms))
    best = highlight.top_fragments(fragments, top, scorer or EarliestBestFragment(), highlight.FIRST, minscore=1)
    return formatter(text, best)


def formatter():
    """A formatter for one page of hits (it numbers the terms in the order it meets them: term0, term1…)."""
    return highlight.HtmlFormatter(tagname="mark", between=" … ")
