"""The weekly check of the links directory: each website is asked for once (HEAD, then GET when HEAD is refused),
redirects followed up to a limit, with a timeout and a bounded number of requests at once. A link is flagged broken
when it answers 4xx/5xx, times out, loops or cannot be reached; editors see the flag and the reason in the admin.

Never fails as a whole: one bad site is one flagged row.
"""

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import requests
from django.conf import settings
from django.utils import timezone

from .models import WebLink

logger = logging.getLogger(__name__)

USER_AGENT = "CongTTDT-LinkCheck/1.0 (+kiem tra lien ket hang tuan)"
MAX_REDIRECTS = 10


@dataclass
class Result:
    ok: bool
    status_code: int | None = None
    error: str = ""


def check_url(url, timeout=None):
    timeout = timeout or getattr(settings, "LINK_CHECK_TIMEOUT", 10)
    session = requests.Session()
    session.max_redirects = MAX_REDIRECTS
    session.headers["User-Agent"] = USER_AGENT
    try:
        response = session.head(url, timeout=timeout, allow_redirects=True)
        if response.status_code in (403, 405, 501):  # some servers refuse HEAD but serve GET
            response = session.get(url, timeout=timeout, allow_redirects=True, stream=True)
            response.close()
    except requests.TooManyRedirects:
        return Result(False, None, "Chuyển hướng vòng lặp")
    except requests.Timeout:
        return Result(False, None, "Quá thời gian chờ")
    except requests.RequestException as error:
        return Result(False, None, f"Không kết nối được ({type(error).__name__})")
    finally:
        session.close()
    if response.status_code >= 400:
        return Result(False, response.status_code, f"HTTP {response.status_code}")
    return Result(True, response.status_code)


def check_links(links=None, concurrency=None):
    """Check the given links (default: all active ones); returns (checked, broken)."""
    links = list(links if links is not None else WebLink.objects.filter(is_active=True))
    concurrency = concurrency or getattr(settings, "LINK_CHECK_CONCURRENCY", 4)
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(lambda link: check_url(link.url), links))
    now = timezone.now()
    broken = 0
    for link, result in zip(links, results, strict=True):
        broken += not result.ok
        WebLink.objects.filter(pk=link.pk).update(
            checked_at=now,
            status_code=result.status_code,
            check_error=result.error[:255],
            is_broken=not result.ok,
            broken_since=(link.broken_since or now) if not result.ok else None,
        )
    if broken:
        logger.info("Link check: %s of %s links broken", broken, len(links))
    return len(links), broken
