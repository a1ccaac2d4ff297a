"""Locust scenario: citizens reading the portal, and one form post in 50 requests.

Each simulated reader has an address of its own (X-Forwarded-For, from the benchmarking range 198.18.0.0/15: the
portal runs with RATELIMIT_IP_META_KEY=HTTP_X_FORWARDED_FOR, as behind nginx), a browser's user agent, and after
each page sends the page's visit beacon as the browser's script would. The pages are found on the portal itself
(sitemap.xml, /van-ban/), so the scenario runs against any portal.

tests/load/run_load.py starts a portal, runs this headless and prints the figures; alone:
``locust -f tests/load/locustfile.py --headless -u 200 -r 50 -t 60s --host http://127.0.0.1:8000``.
Environment: LOAD_THINK="min,max" seconds between a reader's requests (default "0.5,2"; "0,0" for none);
LOAD_BEACON=0 leaves the beacon out; LOAD_STATUS_FILE: where to write the count of answers by status and by
X-Page-Cache at the end (JSON).
"""

import html
import json
import os
import random
import re
from collections import Counter
from urllib.parse import quote_plus, urlsplit

import requests
from locust import HttpUser, between, events, task

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"
SEARCHES = [
    "du lịch Ninh Bình",
    "chuyển đổi số",
    "tuyển dụng viên chức",
    "quy hoạch",
    "ke hoach",
    "ủy ban nhân dân tỉnh",
    "học phí",
    "bảo hiểm xã hội",
    "Tràng An",
    "thu tuc hanh chinh",
]
BEACON = re.compile(r'data-url="([^"]+)"')
PAGE_ID = re.compile(r'name="page" value="(\d+)"')
THINK = [float(x) for x in os.environ.get("LOAD_THINK", "0.5,2").split(",")]
SEND_BEACON = os.environ.get("LOAD_BEACON", "1") != "0"

SITE = {"articles": [], "sections": [], "qa": [], "documents": [], "feedback": []}
STATUS = Counter()
PAGE_CACHE = Counter()


@events.test_start.add_listener
def discover(environment, **kwargs):
    """The portal's own pages: articles, sections and answers from the sitemap, documents from /van-ban/."""
    host = environment.host.rstrip("/")
    sitemap = requests.get(f"{host}/sitemap.xml", timeout=60).text
    for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap):
        path = urlsplit(html.unescape(loc)).path
        depth = path.strip("/").count("/")
        if path.startswith("/tin-tuc/") and depth == 1:
            SITE["articles"].append(path)
        elif path.startswith("/chuyen-trang/") and depth >= 1:
            SITE["sections"].append(path)
        elif path.startswith("/hoi-dap/") and depth == 1:
            SITE["qa"].append(path)
    listing = requests.get(f"{host}/van-ban/", timeout=60).text
    SITE["documents"] = sorted(set(re.findall(r'href="(/van-ban/\d+/)"', listing)))
    # Articles carry the "was this page useful?" form, which needs the page's id.
    for path in SITE["articles"][:10]:
        match = PAGE_ID.search(requests.get(host + path, timeout=60).text)
        if match:
            SITE["feedback"].append((path, match.group(1)))
    if not SITE["articles"] or not SITE["feedback"]:
        raise RuntimeError(f"no articles found on {host} (sitemap.xml): is it a portal with content?")
    print("Discovered: " + ", ".join(f"{len(v)} {k}" for k, v in SITE.items()), flush=True)


@events.request.add_listener
def count(request_type, name, response=None, exception=None, **kwargs):
    status = getattr(response, "status_code", 0) or 0
    STATUS[str(status) if status else f"error: {type(exception).__name__}"] += 1
    if response is not None and request_type == "GET" and status == 200:
        PAGE_CACHE[response.headers.get("X-Page-Cache", "-")] += 1


@events.quitting.add_listener
def save_counts(environment, **kwargs):
    path = os.environ.get("LOAD_STATUS_FILE")
    if path:
        with open(path, "w") as out:
            json.dump({"status": STATUS, "page_cache": PAGE_CACHE, "site": {k: len(v) for k, v in SITE.items()}}, out)


class Reader(HttpUser):
    wait_time = between(*THINK)

    def on_start(self):
        self.client.headers.update(
            {
                "User-Agent": BROWSER,
                "Accept-Language": "vi-VN,vi;q=0.9,en;q=0.5",
                "X-Forwarded-For": f"198.{random.randint(18, 19)}.{random.randint(0, 255)}.{random.randint(1, 254)}",
            }
        )

    def page(self, path, name):
        with self.client.get(path, name=name, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
                return
            response.success()
            beacon = BEACON.search(response.text) if SEND_BEACON else None
        if beacon:
            url = html.unescape(beacon.group(1))
            with self.client.post(url, name="beacon /thong-ke/dem/", catch_response=True) as answer:
                if answer.status_code == 204:
                    answer.success()
                else:
                    answer.failure(f"HTTP {answer.status_code}")

    @task(10)
    def home(self):
        self.page("/", "/")

    @task(6)
    def news(self):
        number = random.choice([1, 1, 1, 2, 3])
        self.page("/tin-tuc/" + (f"?page={number}" if number > 1 else ""), "/tin-tuc/[?page]")

    @task(14)
    def article(self):
        self.page(random.choice(SITE["articles"]), "/tin-tuc/[article]")

    @task(5)
    def documents(self):
        query = random.choice(["", "", "?nam=2024", "?nhom=vbqppl", "?q=" + quote_plus(random.choice(SEARCHES))])
        self.page("/van-ban/" + query, "/van-ban/[?filters]")

    @task(4)
    def document(self):
        if SITE["documents"]:
            self.page(random.choice(SITE["documents"]), "/van-ban/[id]")

    @task(6)
    def search(self):
        self.page("/tim-kiem/?q=" + quote_plus(random.choice(SEARCHES)), "/tim-kiem/?q=")

    @task(2)
    def section(self):
        self.page(random.choice(SITE["sections"] or ["/chuyen-trang/"]), "/chuyen-trang/[section]")

    @task(2)
    def questions(self):
        self.page(random.choice(SITE["qa"] or ["/hoi-dap/"]), "/hoi-dap/[answer]")

    @task(1)
    def feedback(self):
        """One request in 50: "was this page useful?" on an article, as the browser posts it (no JavaScript)."""
        path, page_id = random.choice(SITE["feedback"])
        data = {"page": page_id, "useful": random.choice(["yes", "no"]), "comment": "Thông tin hữu ích, cảm ơn."}
        headers = {"Sec-Fetch-Site": "same-origin", "Referer": self.host + path}
        with self.client.post(
            "/phan-hoi/", data=data, headers=headers, name="POST /phan-hoi/", allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code == 303:
                response.success()
            else:
                response.failure(f"HTTP {response.status_code}")
