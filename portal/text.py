"""Small text helpers for Vietnamese: NFC normalisation and ASCII slugs."""

import unicodedata

from django.utils.text import slugify
from unidecode import unidecode


def nfc(text):
    """Vietnamese typed on different keyboards arrives composed or decomposed; store one form."""
    return unicodedata.normalize("NFC", text or "")


def ascii_slug(text, max_length=80):
    """'Chuyển đổi số tỉnh Ninh Bình' → 'chuyen-doi-so-tinh-ninh-binh' (đ/Đ become d)."""
    slug = slugify(unidecode(nfc(text)))[:max_length].strip("-")
    return slug
