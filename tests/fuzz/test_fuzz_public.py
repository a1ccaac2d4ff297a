"""A hypothesis-driven sweep of everything the public can send: every public URL's query parameters (found in the
views: search, the document finder and its API, drafts, Q&A, the schedule, news listings, statistics, health),
path segments under each section, and every public form (question, comment on a draft, page feedback, rating).

Two promises are checked on every answer: no 5xx, and nothing a visitor sent comes back as live markup — a marker
such as ``<script>alert(1)</script>`` is never found raw in HTML, XML or text (JSON carries it as data, and must be
valid JSON). The number of cases: tests/fuzz/conftest.py (``FUZZ_EXAMPLES``).
"""

import json
import os
import re
import urllib.parse

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import event, given
from hypothesis import strategies as st

from portal.forms import new_token
from tests.fuzz.config import fuzz_settings

pytestmark = pytest.mark.django_db

MARKERS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</textarea><script>alert(1)</script>",
    '<a href="javascript:alert(1)">x</a>',
]
# What must never appear raw in a response, even when a marker was cut short (values are truncated, e.g. to 64).
DANGEROUS = ["<script>alert(", "<img src=x onerror", "<svg onload", '<a href="javascript:']

INTERESTING = [
    "", " ", "0", "-1", "1", "2", "1.5", "1e9", "NaN", "inf", "9" * 30, "9" * 5000, "-" + "9" * 20,
    "\x00", "a\x00b", "%00", "\u202e", "\ufeff", "../../etc/passwd", "' OR 1=1 --", '"', "\\", "%", "*", "?",
    "Đất đai", "ĐẤT ĐAI", "đất", "dat dai", "43/2011/NĐ-CP", "nd-cp 43", "HĐND", "null", "undefined", "[]", "{}",
    "2026-W48", "2026-W1", "2026-W53", "2026-W00", "0001-W01", "9999-W52", "9999-W53", "1900-W01", "-1-W-1",
    "x" * 300, "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "😀", "ＡＢＣ", "\n", "\r\n", "\t",
]  # fmt: skip

VALID = {
    "q": ["đất đai", "163/2025/QĐ-UBND", "chuyen doi so", "bảng giá đất", "dịch vụ công"],
    "type": ["news", "document", "draft", "qa", "page", "section"],
    "loai": ["quyet-dinh", "document", "news"],
    "year": ["2025", "2026"],
    "nam": ["2025", "2026"],
    "sort": ["relevance", "newest"],
    "page": ["1", "2", "3"],
    "page_size": ["1", "20", "100", "101"],
    "co-quan": ["ubnd-tinh", "so-tnmt", "so-y-te"],
    "linh-vuc": ["dat-dai", "y-te"],
    "nhom": ["vbqppl", "chidao"],
    "hieu-luc": ["con", "het"],
    "sap-xep": ["lien-quan", "moi-nhat", "cu-nhat"],
    "trang-thai": ["upcoming", "open", "closed", "concluded"],
    "y-kien": ["1", "2"],
    "tuan": ["2026-W48", "2025-W01"],
    "ngay": ["7", "30"],
    "chuyen-muc": ["chuyen-doi-so"],
    "phan-hoi": ["cam-on", "qua-nhieu"],
    "check": ["database", "cache,search", "broker"],
    "ma": ["ABCD-EFGH-JKLM", "abcdefghjklm"],
    "o": ["news.newsarticlepage.1"],
    "s": ["0123456789abcdef"],
}

SEARCH = ["q", "type", "loai", "year", "nam", "sort", "page"]
FINDER = ["q", "loai", "co-quan", "linh-vuc", "nam", "nhom", "hieu-luc", "sap-xep", "page"]
# Every public URL that reads its query string, with the names it reads ({…} filled in from the fuzzing world).
PARAMS = {
    "/tim-kiem/": SEARCH,
    "/api/v2/search/": SEARCH,
    "/van-ban/": FINDER,
    "/api/v2/documents/": [*FINDER, "page_size"],
    "/van-ban/{document}/": [],
    "/api/v2/documents/{document}/": [],
    "/du-thao/": ["co-quan", "loai", "trang-thai", "nam", "page"],
    "/du-thao/{draft}/": ["y-kien"],
    "/du-thao/tra-cuu/": ["ma"],
    "/hoi-dap/": ["linh-vuc", "co-quan", "page"],
    "/hoi-dap/tra-cuu/": ["ma"],
    "/hoi-dap/gui-cau-hoi/": [],
    "{qa_page}": ["phan-hoi"],
    "/lich-cong-tac/": ["tuan"],
    "/": ["phan-hoi"],
    "/tin-tuc/": ["page"],
    "/tin-tuc/chuyen-muc/chuyen-doi-so/": ["page"],
    "/tin-tuc/the/dich-vu-cong/": ["page"],
    "/tin-tuc/rss/": [],
    "{article}": ["phan-hoi"],
    "/gioi-thieu/": ["phan-hoi"],
    "/thong-ke/doc-nhieu/": ["ngay", "chuyen-muc"],
    "/thong-ke/dem/": ["o", "s"],
    "/lien-ket/": [],
    "/sitemap.xml": [],
    "/healthz": ["check"],
}

with_marker = st.builds(
    lambda before, marker, after: before + marker + after,
    st.text(max_size=8),
    st.sampled_from(MARKERS),
    st.text(max_size=8),
)
generic = st.one_of(
    st.text(max_size=40),
    st.sampled_from(INTERESTING),
    st.integers(-(10**20), 10**20).map(str),
    with_marker,
)


def value_for(name):
    return st.one_of(st.sampled_from(VALID.get(name, ["1"])), generic)


def body_of(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def check(response, sent, where, count=True):
    """No server error; no raw markup from what was sent (``sent``: the values, any shape)."""
    if count:
        event(f"HTTP {response.status_code}")  # --hypothesis-show-statistics: how many got through
    assert response.status_code < 500, f"{where}: HTTP {response.status_code}"
    body = body_of(response)
    content_type = response.get("Content-Type", "")
    if "json" in content_type:
        json.loads(body)  # data, not markup: must parse
        return body
    texts = [str(value) for value in (sent.values() if isinstance(sent, dict) else sent)]
    for core in DANGEROUS:
        if any(core in text for text in texts):
            assert core not in body, f"{where}: {core!r} came back unescaped ({content_type})"
    return body


def _fill(path, world):
    return path.format(
        document=world.document.pk,
        draft=world.draft.pk,
        qa_page=world.published_question.page.url,
        article=world.articles[0].url,
    )


# Query parameters --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("template", list(PARAMS))
@fuzz_settings(0.5 / len(PARAMS))
@given(data=st.data())
def test_query_parameters_never_cause_an_error_or_come_back_raw(fuzz_client, world, template, data):
    names = PARAMS[template]
    chosen = data.draw(st.lists(st.sampled_from(names), unique=True, max_size=len(names)) if names else st.just([]))
    params = {}
    for name in chosen:
        if data.draw(st.integers(0, 9)) == 0:  # a repeated parameter: ?page=1&page=x
            params[name] = data.draw(st.lists(value_for(name), min_size=2, max_size=3))
        else:
            params[name] = data.draw(value_for(name))
    if data.draw(st.integers(0, 4)) == 0:  # a parameter nobody reads
        params[data.draw(st.text(min_size=1, max_size=10))] = data.draw(generic)
    path = _fill(template, world)
    response = fuzz_client.get(path, params)
    sent = [v for value in params.values() for v in (value if isinstance(value, list) else [value])]
    check(response, sent, f"GET {path} {params!r}")


# Values known to break views (overflowing dates, NUL bytes PostgreSQL refuses, numbers past int's digit limit),
# sent to every parameter of every URL: deterministic, whatever the random cases happen to draw.
EDGES = ["\x00", "a\x00b", "9" * 5000, "-1", "0", "1e9", "0001-W01", "9999-W52", "x" * 300, MARKERS[1]]


@pytest.mark.parametrize("template", [template for template, names in PARAMS.items() if names])
def test_edge_values_in_every_parameter(fuzz_client, world, template):
    path = _fill(template, world)
    for value in EDGES:
        response = fuzz_client.get(path, dict.fromkeys(PARAMS[template], value))
        check(response, [value], f"GET {path} all parameters = {value[:20]!r}", count=False)


raw_query = st.one_of(
    st.builds(
        lambda name, raw: f"{name}={raw}",
        st.sampled_from(["q", "page", "loai", "nam", "tuan", "ma", "co-quan", "page_size", "sap-xep"]),
        st.lists(st.integers(0, 255), max_size=12).map(lambda bs: "".join(f"%{b:02X}" for b in bs)),
    ),
    # What a server hands over for raw non-ASCII bytes: WSGI strings are bytes decoded as latin-1.
    st.text(max_size=40).map(lambda text: text.replace("#", "").encode().decode("latin-1")),
    st.sampled_from(["%", "%%", "%zz", "q=%E1%BA", "q=%FF%FE", "=&=&", "&&&", "q", "page=1;page=2", "a=" + "b" * 5000]),
)


@pytest.mark.parametrize("path", ["/tim-kiem/", "/api/v2/search/", "/van-ban/", "/api/v2/documents/", "/du-thao/",
                                  "/hoi-dap/", "/hoi-dap/tra-cuu/", "/lich-cong-tac/", "/tin-tuc/"])  # fmt: skip
@fuzz_settings(0.1 / 9)
@given(query=raw_query)
def test_malformed_query_strings(fuzz_client, world, path, query):
    """Bytes that are not UTF-8, broken %-escapes, odd separators: Django decodes leniently, views must cope."""
    response = fuzz_client.get(path, QUERY_STRING=query)
    sent = urllib.parse.unquote(query.encode("latin-1").decode(errors="replace"))
    check(response, [sent], f"GET {path}?{query}")


# Path segments ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["/", "/tin-tuc/", "/tin-tuc/chuyen-muc/", "/tin-tuc/the/", "/van-ban/",
                                    "/du-thao/", "/hoi-dap/", "/en/", "/api/v2/documents/"])  # fmt: skip
@fuzz_settings(0.08 / 9)
@given(segment=st.one_of(st.text(min_size=1, max_size=30), st.sampled_from(INTERESTING[1:]), with_marker))
def test_unknown_paths_are_404_not_500(fuzz_client, world, prefix, segment):
    path = prefix + urllib.parse.quote(segment, safe="") + "/"
    response = fuzz_client.get(path)
    check(response, [segment], f"GET {path}")


@pytest.mark.parametrize("segment", ["%00", "a%00b", "%FF", "..%2F..", "%2E%2E", "x" * 300])
def test_edge_path_segments(fuzz_client, world, segment):
    for prefix in ("/", "/tin-tuc/", "/tin-tuc/chuyen-muc/", "/du-thao/", "/hoi-dap/", "/en/"):
        response = fuzz_client.get(f"{prefix}{segment}/")
        check(response, [segment], f"GET {prefix}{segment}/", count=False)


# Forms -----------------------------------------------------------------------------------------------------------

def _follow(client, response, sent, where):
    if response.status_code in (301, 302, 303) and response["Location"].startswith("/"):
        check(client.get(response["Location"]), sent, f"{where} → {response['Location']}")


upload = st.one_of(
    st.none(),
    st.builds(
        lambda name, data: SimpleUploadedFile(name, data, content_type="application/pdf"),
        # Names ending in "/", "." or ".." never reach a view: Django's multipart parser keeps the base name and
        # drops a file without one (and SimpleUploadedFile refuses them before any request is made).
        st.one_of(st.text(min_size=1, max_size=40), with_marker.map(lambda m: m + ".pdf")).filter(
            lambda name: os.path.basename(name) not in ("", ".", "..")
        ),
        st.one_of(st.binary(max_size=300), st.just(b"%PDF-1.4\n%broken"), st.just(b"<html><script>alert(1)</script>")),
    ),
)


def form_values(baseline):
    """The baseline (a valid form), with some fields replaced by anything and some left out."""
    return st.fixed_dictionaries(
        {},
        optional={name: st.one_of(st.just(value), generic, st.text(max_size=300)) for name, value in baseline.items()},
    )


QUESTION = {
    "asker_name": "Nguyễn Văn An",
    "asker_email": "an@example.vn",
    "asker_phone": "0912 345 678",
    "asker_address": "Hoa Lư, Ninh Bình",
    "topic": "",
    "title": "Hỏi về thủ tục cấp giấy phép xây dựng",
    "body": "Xin hỏi thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ cần những giấy tờ gì?",
    "consent": "on",
    "website": "",
}


@fuzz_settings(0.12)
@given(fields=form_values(QUESTION), attachment=upload, valid_token=st.booleans())
def test_question_form(fuzz_client, world, fields, attachment, valid_token):
    data = {"token": new_token() if valid_token else "", **fields}
    if attachment is not None:
        data["attachment"] = attachment
    sent = {k: v for k, v in data.items() if isinstance(v, str)}
    if attachment is not None:
        sent["attachment_name"] = attachment.name
    response = fuzz_client.post("/hoi-dap/gui-cau-hoi/", data)
    check(response, sent, "POST /hoi-dap/gui-cau-hoi/")
    _follow(fuzz_client, response, sent, "POST /hoi-dap/gui-cau-hoi/")


COMMENT = {
    "name": "Trần Thị Bình",
    "organisation": "Công ty TNHH Tràng An",
    "email": "binh@example.vn",
    "phone": "0912 345 678",
    "section": "Điều 3",
    "body": "Đề nghị công bố căn cứ xác định giá đất tại từng tuyến đường.",
    "website": "",
}


@fuzz_settings(0.12)
@given(fields=form_values(COMMENT), attachment=upload, valid_token=st.booleans())
def test_draft_comment_form(fuzz_client, world, fields, attachment, valid_token):
    path = f"/du-thao/{world.draft.pk}/"
    data = {"token": new_token() if valid_token else "", **fields}
    if attachment is not None:
        data["attachment"] = attachment
    sent = {k: v for k, v in data.items() if isinstance(v, str)}
    response = fuzz_client.post(path, data)
    check(response, sent, f"POST {path}")
    _follow(fuzz_client, response, sent, f"POST {path}")


@fuzz_settings(0.06)
@given(data=st.data())
def test_page_feedback_form(fuzz_client, world, data):
    page_ids = [world.articles[0].pk, world.home.pk, world.published_question.page_id]
    fields = data.draw(
        form_values({"page": str(page_ids[0]), "useful": "yes", "comment": "Bài viết rất hữu ích.", "website": ""})
    )
    if "page" in fields and data.draw(st.booleans()):
        fields["page"] = str(data.draw(st.sampled_from(page_ids)))
    response = fuzz_client.post("/phan-hoi/", fields)
    check(response, fields, "POST /phan-hoi/")
    _follow(fuzz_client, response, fields, "POST /phan-hoi/")


@fuzz_settings(0.05)
@given(data=st.data())
def test_answer_rating_form(fuzz_client, world, data):
    code = world.published_question.display_code
    fields = data.draw(form_values({"ma": code, "diem": "5"}))
    response = fuzz_client.post("/hoi-dap/tra-cuu/", fields)
    check(response, fields, "POST /hoi-dap/tra-cuu/")
    _follow(fuzz_client, response, fields, "POST /hoi-dap/tra-cuu/")


@fuzz_settings(0.02)
@given(fields=form_values({"o": "news.newsarticlepage.1", "s": "0" * 16}))
def test_visit_beacon_post(fuzz_client, world, fields):
    response = fuzz_client.post("/thong-ke/dem/?" + urllib.parse.urlencode(fields), fields)
    check(response, fields, "POST /thong-ke/dem/")


def test_the_markers_are_caught_when_they_come_back_raw(rf):
    """The check itself: a page that echoes what it was sent is caught."""
    from django.http import HttpResponse

    with pytest.raises(AssertionError, match="unescaped"):
        check(HttpResponse(f"<p>{MARKERS[0]}</p>"), [MARKERS[0]], "echo", count=False)
    check(HttpResponse("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"), [MARKERS[0]], "escaped", count=False)
    assert re.search("alert", body_of(HttpResponse(MARKERS[0])))
