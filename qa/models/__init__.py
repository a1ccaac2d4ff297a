"""Models of the Q&A app: the private Question with its history (questions.py) and the public pages (pages.py)."""

from .pages import RESERVED_SLUGS, SUBMIT_SLUG, TRACK_SLUG, QAIndexPage, QAPage
from .questions import (
    DELIVERED_STATUSES,
    OPEN_STATUSES,
    PRIVATE_FIELDS,
    PUBLIC_STATUS_LABELS,
    Channel,
    Question,
    QuestionEvent,
    RejectReason,
    Status,
    Topic,
)

__all__ = [
    "DELIVERED_STATUSES",
    "OPEN_STATUSES",
    "PRIVATE_FIELDS",
    "PUBLIC_STATUS_LABELS",
    "RESERVED_SLUGS",
    "SUBMIT_SLUG",
    "TRACK_SLUG",
    "Channel",
    "QAIndexPage",
    "QAPage",
    "Question",
    "QuestionEvent",
    "RejectReason",
    "Status",
    "Topic",
]
