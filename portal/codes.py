"""Tracking codes given to citizens (questions, comments): random, unguessable (60 bits), easy to read out and type.

Crockford's base32 alphabet (no I, L, O, U): a code is 12 symbols shown in groups of four, ``7K3M-Q9PX-2RTA``.
What people type is forgiven: lower case, spaces and dashes, O for 0, I or L for 1.
"""

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 12
GROUP = 4
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = re.compile(r"[\s\-–—_.·]+")


def new_code() -> str:
    """A fresh random code in its stored form (12 symbols, no dashes)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise(text) -> str | None:
    """The stored form of what someone typed, or None when it cannot be a code."""
    if not isinstance(text, str) or len(text) > 64:
        return None
    code = _SEPARATORS.sub("", text).upper().translate(_CONFUSABLE)
    if len(code) != LENGTH or any(symbol not in ALPHABET for symbol in code):
        return None
    return code


def display(code: str) -> str:
    """``7K3MQ9PX2RTA`` → ``7K3M-Q9PX-2RTA``."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))
