"""Is a user agent a bot? The crawler-user-agents dataset (about 1,500 patterns of crawlers, scrapers, link
previewers and HTTP libraries, kept up to date on PyPI) plus a few rules of our own.

Matching a browser's user agent against every pattern costs ~0.3 ms, so answers are memoised: real traffic
comes from a few thousand distinct user agents.
"""

import re
from functools import lru_cache

import crawleruseragents

# Not in the dataset, or worth being explicit about: empty or tiny user agents are scripts; browsers announce
# "Mozilla/"; preview fetches of chat apps popular in Viet Nam carry their name.
_OWN_RULES = re.compile(r"^\s*$|^.{0,9}$|headless|prerender|preview|monitor|uptime|zalo[- ]?(link|bot)", re.I)


@lru_cache(maxsize=8192)
def is_bot(user_agent: str) -> bool:
    user_agent = (user_agent or "")[:512]
    if _OWN_RULES.search(user_agent):
        return True
    return crawleruseragents.is_crawler(user_agent)
