#!/usr/bin/env python
"""On-demand benchmark of the site search at scale: 100,000 articles + 20,000 legal documents in Whoosh.

Not part of the test suite (pytest collects ``test_*.py`` only). Run it with
``.venv/bin/python tests/bench/bench_search.py [options]``; ``--help`` lists the options, ``tests/bench/README.md``
explains the output.

It builds a throw-away portal (SQLite in a temporary ``PORTAL_VAR_DIR``: ``migrate``, ``load_demo``,
``generate_content`` up to ``--articles`` live articles), times ``manage.py rebuild_index --noinput --workers N``,
then adds ``--documents`` synthetic legal documents. There is no documents app yet: the documents are long texts
(~1,500 words, like the extracted text of decisions, plans and directives), prepared by a ``PortalIndex`` subclass
(kind ``document``, ``django_ct`` ``documents.legaldocument``, URL ``/van-ban/<n>/``) and written by the backend's
own ``bulk_update`` (one writer, ``--workers`` processes), exactly as ``rebuild_index`` writes articles.

It reports the wall time of each phase, items/s, the peak memory of each indexing process tree, the index size on
disk, then the latency of ``search(build_query({"q": …}))`` in-process for 30 Vietnamese queries (relevance page 1,
page 2, ``sort=newest``, ``type=document``) and, with ``--http``, of ``/tim-kiem/?q=…`` under gunicorn. It
checks two targets: query p95 < 100 ms, full rebuild (articles + documents) < 15 minutes.

Exit status: 0 once the measurements are made, whatever they say; 1 when a setup step fails; 130 on Ctrl-C.
gunicorn is always stopped; the temporary directory is removed unless ``--keep`` (a ``--var`` directory is never
removed).
"""

import argparse
import datetime
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (
    HOST,
    PYTHON,
    ROOT,
    Gunicorn,
    SetupError,
    base_env,
    fetch,
    log,
    pct,
    stop_on_signals,
    tail,
)

HTTP_WORKERS = 2
CPUS = os.cpu_count() or 1
TARGET_P95_MS = 100.0
TARGET_REBUILD_S = 15 * 60
MARKER = "bench_search.json"  # in a built PORTAL_VAR_DIR: what was built there, and the build figures
JSON_PREFIX = "BENCH_JSON "
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# Variables of portal/settings.py (and Django's) that must not leak from the caller's shell into the runs.
# What citizens type: with and without diacritics, 1–6 syllables, common syllables, abbreviations, a document number.
QUERIES = [
    "kế hoạch",
    "ủy ban nhân dân tỉnh",
    "chuyen doi so",
    "phòng chống dịch covid",
    "quyết định 163/QĐ-UBND",
    "du lich",
    "tiêm vắc xin",
    "hội nghị",
    "bầu cử đại biểu quốc hội",
    "an toàn giao thông",
    "ubnd tinh",
    "cải cách hành chính",
    "xây dựng nông thôn mới",
    "thu hut dau tu",
    "giai phong mat bang",
    "Tràng An",
    "học sinh",
    "bảo hiểm xã hội",
    "phát triển kinh tế",
    "hdnd",
    "chi thi",
    "thủ tục hành chính",
    "y te",
    "lễ hội",
    "dịch vụ công trực tuyến",
    "phong chay chua chay",
    "giáo dục đào tạo",
    "đại hội đảng bộ",
    "môi trường",
    "sạt lở đất",
]

# Variants of each query measured in-process: (label, extra parameters of build_query).
VARIANTS = [
    ("relevance p1", {}),
    ("page 2", {"page": "2"}),
    ("newest", {"sort": "newest"}),
    ("type=document", {"type": "document"}),
]


def mib(n_bytes):
    return n_bytes / 1024 / 1024


# --- synthetic legal documents ----------------------------------------------------------------------------------------

DOC_TYPES = [
    # name, sign (after the number), weight
    ("Quyết định", "QĐ-UBND", 6),
    ("Kế hoạch", "KH-UBND", 4),
    ("Chỉ thị", "CT-UBND", 1),
    ("Công văn", "UBND-VP", 3),
    ("Thông báo", "TB-UBND", 1),
    ("Nghị quyết", "NQ-HĐND", 1),
]
TOPICS = [
    "phê duyệt Kế hoạch chuyển đổi số tỉnh Ninh Bình giai đoạn 2021 - 2025, định hướng đến năm 2030",
    "tăng cường các biện pháp phòng, chống dịch COVID-19 trên địa bàn tỉnh",
    "triển khai chiến dịch tiêm vắc xin phòng COVID-19 năm 2021 - 2022",
    "bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán và mùa Lễ hội Xuân",
    "công bố danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung thuộc thẩm quyền giải quyết của "
    "Sở Tư pháp",
    "phê duyệt phương án bồi thường, hỗ trợ và tái định cư khi Nhà nước thu hồi đất để thực hiện dự án",
    "tổ chức cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026",
    "thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
    "đẩy mạnh cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh",
    "phát triển du lịch trở thành ngành kinh tế mũi nhọn của tỉnh",
    "tăng cường công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    "giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước",
    "ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh",
    "cung cấp dịch vụ công trực tuyến toàn trình trên Cổng dịch vụ công của tỉnh",
    "phòng, chống thiên tai, sạt lở đất và tìm kiếm cứu nạn",
    "bảo vệ môi trường, thu gom và xử lý chất thải rắn sinh hoạt",
    "tuyển sinh vào lớp 10 trung học phổ thông và nâng cao chất lượng giáo dục và đào tạo",
    "thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế toàn dân",
    "thu hút đầu tư, cải thiện môi trường đầu tư kinh doanh",
    "quản lý, bảo vệ và phát huy giá trị Quần thể danh thắng Tràng An",
    "kiện toàn Ban Chỉ đạo giải phóng mặt bằng các dự án trọng điểm",
    "phê duyệt kết quả rà soát hộ nghèo, hộ cận nghèo",
    "khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua",
    "tổ chức các hoạt động kỷ niệm ngày tái lập tỉnh",
    "phát triển kinh tế tập thể, hợp tác xã",
    "ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước",
    "phòng, chống bệnh dịch tả lợn châu Phi",
    "bảo đảm an toàn thực phẩm trong dịp lễ hội",
    "tuyển dụng viên chức ngành giáo dục",
    "ban hành bảng giá đất trên địa bàn tỉnh",
]
LEGAL_BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương "
    "ngày 22 tháng 11 năm 2019;",
    "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
    "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa "
    "liên thông trong giải quyết thủ tục hành chính;",
    "Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển "
    "đổi số quốc gia đến năm 2025, định hướng đến năm 2030;",
    "Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007;",
    "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
    "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;",
    "Căn cứ Nghị quyết số 11/NQ-CP ngày 30 tháng 01 năm 2012 của Chính phủ;",
    "Căn cứ Chỉ thị số 15/CT-TTg ngày 27 tháng 3 năm 2020 của Thủ tướng Chính phủ;",
    "Căn cứ Luật Giao thông đường bộ ngày 13 tháng 11 năm 2008;",
    "Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;",
]
DEPARTMENTS = [
    ("Sở Kế hoạch và Đầu tư", "SKHĐT"),
    ("Sở Tài chính", "STC"),
    ("Sở Y tế", "SYT"),
    ("Sở Giáo dục và Đào tạo", "SGDĐT"),
    ("Sở Giao thông vận tải", "SGTVT"),
    ("Sở Thông tin và Truyền thông", "STTTT"),
    ("Sở Du lịch", "SDL"),
    ("Sở Tài nguyên và Môi trường", "STNMT"),
    ("Sở Nông nghiệp và Phát triển nông thôn", "SNN"),
    ("Sở Nội vụ", "SNV"),
    ("Sở Tư pháp", "STP"),
    ("Sở Văn hóa và Thể thao", "SVHTT"),
    ("Sở Lao động - Thương binh và Xã hội", "SLĐTBXH"),
    ("Sở Xây dựng", "SXD"),
    ("Sở Công Thương", "SCT"),
    ("Công an tỉnh", "CAT"),
    ("Bộ Chỉ huy Quân sự tỉnh", "BCHQS"),
]
DISTRICTS = [
    "thành phố Ninh Bình",
    "thành phố Tam Điệp",
    "huyện Hoa Lư",
    "huyện Gia Viễn",
    "huyện Nho Quan",
    "huyện Yên Khánh",
    "huyện Yên Mô",
    "huyện Kim Sơn",
]
ACTIONS = [
    "tổ chức tuyên truyền, phổ biến sâu rộng đến cán bộ, đảng viên và Nhân dân về nội dung của văn bản này",
    "rà soát, đánh giá kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm",
    "bố trí kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn huy động hợp pháp khác",
    "hướng dẫn, kiểm tra, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện",
    "đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong giải quyết thủ tục hành chính cho người dân, doanh "
    "nghiệp",
    "tham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung các cơ chế, chính sách cho phù hợp với tình hình thực tế",
    "tăng cường công tác thanh tra, kiểm tra, xử lý nghiêm các hành vi vi phạm theo quy định của pháp luật",
    "chủ động xây dựng kế hoạch chi tiết, phân công nhiệm vụ cụ thể cho từng phòng, ban, đơn vị trực thuộc",
    "phối hợp chặt chẽ với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội trong tổ chức thực "
    "hiện",
    "tổng hợp khó khăn, vướng mắc phát sinh, kịp thời đề xuất Ủy ban nhân dân tỉnh xem xét, giải quyết",
    "bảo đảm an ninh, trật tự, an toàn xã hội trên địa bàn, không để xảy ra tình huống bị động, bất ngờ",
    "nâng cao chất lượng, hiệu quả hoạt động của bộ phận tiếp nhận và trả kết quả giải quyết thủ tục hành chính",
    "huy động các nguồn lực xã hội hóa để thực hiện các mục tiêu, nhiệm vụ đề ra",
    "thực hiện nghiêm chế độ thông tin, báo cáo định kỳ 6 tháng, hằng năm hoặc đột xuất theo yêu cầu",
]
PURPOSES = [
    "Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, cán bộ, công chức, viên chức và Nhân dân.",
    "Xác định rõ nhiệm vụ, giải pháp và phân công trách nhiệm cụ thể cho các cơ quan, đơn vị, địa phương.",
    "Bảo đảm sự lãnh đạo, chỉ đạo thống nhất, đồng bộ, hiệu quả từ tỉnh đến cơ sở.",
    "Việc triển khai thực hiện phải bám sát chủ trương của Đảng, chính sách, pháp luật của Nhà nước và tình hình thực "
    "tiễn của địa phương.",
    "Huy động sự tham gia của cả hệ thống chính trị, cộng đồng doanh nghiệp và người dân.",
]


class LegalDocument:
    """What a future documents.LegalDocument row would offer PortalIndex (no model: there's no documents app yet)."""

    _meta = type("Meta", (), {"app_label": "documents", "model_name": "legaldocument"})()

    def __init__(self, pk, title, summary, body, date):
        self.pk = pk
        self.title = title
        self.summary = summary
        self.body = body
        self.date = date

    def _get_pk_val(self):
        return self.pk


def make_document(number, rng, news_paragraphs):
    """A legal document of ~1,200–1,800 words: title with number and date, legal bases, articles, recipients."""
    name, sign = rng.choices([(n, s) for n, s, _ in DOC_TYPES], weights=[w for *_, w in DOC_TYPES])[0]
    topic = rng.choice(TOPICS)
    date = datetime.datetime(2015, 1, 1, 8, tzinfo=datetime.UTC) + datetime.timedelta(
        days=rng.randint(0, 11 * 365), minutes=rng.randint(0, 600)
    )
    doc_no = rng.randint(1, 3000)
    when = f"ngày {date.day:02d}/{date.month:02d}/{date.year}"
    joiner = " " if name == "Kế hoạch" else " về việc "
    title = f"{name} số {doc_no}/{sign} {when}{joiner}{topic}"
    dept, dept_sign = rng.choice(DEPARTMENTS)
    summary = (
        f"Ủy ban nhân dân tỉnh Ninh Bình ban hành {name.lower()} {topic}. Văn bản giao {dept} chủ trì, phối hợp với "
        f"các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố tổ chức thực hiện."
    )
    paragraphs = [
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. Độc lập - Tự do - Hạnh phúc.",
        f"Số: {doc_no}/{sign}. Ninh Bình, ngày {date.day} tháng {date.month} năm {date.year}.",
        f"{name.upper()} {topic[0].upper()}{topic[1:]}.",
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
        *rng.sample(LEGAL_BASES, k=rng.randint(3, 5)),
        f"Xét đề nghị của Giám đốc {dept} tại Tờ trình số {rng.randint(1, 400)}/TTr-{dept_sign} ngày "
        f"{rng.randint(1, 28)} tháng {date.month} năm {date.year}.",
        "I. MỤC ĐÍCH, YÊU CẦU",
        *rng.sample(PURPOSES, k=3),
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    ]
    target = rng.randint(1200, 1800)
    words = sum(len(p.split()) for p in paragraphs) + len(title.split()) + len(summary.split())
    article = 1
    while words < target:
        if rng.random() < 0.45:
            lead = rng.choice(DEPARTMENTS)[0]
            other = rng.choice(DEPARTMENTS)[0]
            text = (
                f"Điều {article}. {lead} chủ trì, phối hợp với {other}, Ủy ban nhân dân {rng.choice(DISTRICTS)} "
                f"{'; '.join(rng.sample(ACTIONS, k=3))}."
            )
            article += 1
        else:
            text = rng.choice(news_paragraphs)
        paragraphs.append(text)
        words += len(text.split())
    paragraphs += [
        "III. TỔ CHỨC THỰC HIỆN",
        f"Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các huyện, "
        f"thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành {name} này./.",
        f"Nơi nhận: Bộ Nội vụ; Thường trực Tỉnh ủy; Thường trực HĐND tỉnh; Chủ tịch, các Phó Chủ tịch UBND tỉnh; "
        f"Như Điều {article}; Lưu: VT, {dept_sign}.",
        "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH",
    ]
    return LegalDocument(number, title, summary, "\n".join(paragraphs), date)


# --- children: the parts that run with Django set up, in their own process -------------------------------------------


def django_setup():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django

    django.setup()


def emit(report):
    print(JSON_PREFIX + json.dumps(report, default=str), flush=True)


def child_counts(_args):
    from news.models import NewsArticlePage
    from portal.models import StandardPage

    emit({"articles": NewsArticlePage.objects.live().count(), "pages": StandardPage.objects.live().count()})


def child_documents(args):
    """Write ``--count`` legal documents through the backend's bulk_update (one writer, ``--workers`` processes)."""
    from haystack import connections

    from news.demo_articles import ARTICLES
    from search.indexes import PortalIndex

    class LegalDocumentIndex(PortalIndex):
        kind_name = "document"

        def get_model(self):
            return LegalDocument

        def summary_of(self, obj):
            return obj.summary

        def body_of(self, obj):
            return obj.body

        def date_of(self, obj):
            return obj.date

        def url_of(self, obj):
            return f"/van-ban/{obj.pk}/"

    rng = random.Random(args.seed)
    news_paragraphs = [p for article in ARTICLES for p in article["paragraphs"]]
    state = {"generate": 0.0, "words": 0, "chars": 0}

    def batches(size=500):
        for start in range(1, args.count + 1, size):
            t0 = time.perf_counter()
            batch = [make_document(n, rng, news_paragraphs) for n in range(start, min(start + size, args.count + 1))]
            state["generate"] += time.perf_counter() - t0
            for doc in batch:
                state["words"] += len(doc.title.split()) + len(doc.summary.split()) + len(doc.body.split())
                state["chars"] += len(doc.title) + len(doc.summary) + len(doc.body)
            yield batch

    backend = connections["default"].get_backend()
    started = time.perf_counter()
    count = backend.bulk_update(LegalDocumentIndex(), batches(), procs=args.workers, fresh=True)
    emit(
        {
            "count": count,
            "wall": time.perf_counter() - started,
            "generate": state["generate"],
            "words": state["words"],
            "chars": state["chars"],
        }
    )


def index_stats():
    from haystack import connections
    from whoosh import query as wq

    backend = connections["default"].get_backend()
    if not backend.setup_complete:
        backend.setup()
    index = backend.index.refresh()
    with index.searcher() as searcher:
        kinds = {}
        for kind in ("news", "page", "document", "section"):
            found = searcher.search(wq.Term("kind", kind), limit=1, scored=False)
            if len(found):
                kinds[kind] = len(found)
        segments = len(searcher.reader().leaf_readers())
        return {"doc_count": searcher.doc_count(), "kinds": kinds, "segments": segments, "path": backend.path}


def child_stats(_args):
    emit(index_stats())


def child_queries(args):
    """Time search(build_query(...)) for every query and variant: one warm-up round, then up to ``--repeat`` rounds.

    Each round runs every variant of every query (the order reversed every other round), so that a change in the
    machine's load weighs on all variants alike; after a round, the measurement stops once ``--max-seconds`` passed.
    """
    import cProfile
    import io
    import pstats
    import resource

    from haystack import connections

    from search.service import build_query, search

    backend = connections["default"].get_backend()
    if args.whoosh_searcher:
        backend.use_arrays = False
    report = {"stats": index_stats(), "variants": {}, "engine": engine_name(backend)}
    report["anon_kb_start"] = anon_rss_kb()
    t0 = time.perf_counter()
    search(build_query({"q": QUERIES[0]}))
    report["first_query_ms"] = (time.perf_counter() - t0) * 1000
    rows = {label: {q: {"q": q, "times": []} for q in QUERIES} for label, _extra in VARIANTS}
    t0 = time.perf_counter()
    for q in QUERIES:  # warm-up: the postings of every query's terms get read once (OS cache, Whoosh caches)
        search(build_query({"q": q}))
    report["warmup_s"] = time.perf_counter() - t0
    started = time.perf_counter()
    rounds = 0
    for number in range(1, args.repeat + 1):
        for label, extra in VARIANTS if number % 2 else list(reversed(VARIANTS)):
            for q in QUERIES if number % 2 else list(reversed(QUERIES)):
                request = build_query({"q": q, **extra})
                t0 = time.perf_counter()
                results = search(request)
                elapsed = (time.perf_counter() - t0) * 1000
                row = rows[label][q]
                row["times"].append(elapsed)
                row.update(
                    words=len(request.words),
                    count=results.count,
                    hits=len(results.hits),
                    mode=results.mode,
                    kinds=results.facets.get("kind", {}),
                )
        rounds = number
        if time.perf_counter() - started > args.max_seconds:
            break
    report["measure_s"] = time.perf_counter() - started
    for label, _extra in VARIANTS:
        report["variants"][label] = {"rows": list(rows[label].values()), "rounds": rounds}
    if args.profile:
        rows = report["variants"][VARIANTS[0][0]]["rows"]
        slowest = max(rows, key=lambda r: statistics.median(r["times"]))
        profiler = cProfile.Profile()
        profiler.enable()
        search(build_query({"q": slowest["q"]}))
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("cumulative").print_stats(30)
        stats.sort_stats("tottime").print_stats(15)
        report["profile"] = {"q": slowest["q"], "text": out.getvalue()}
    report["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report["anon_kb"] = anon_rss_kb()
    if report["engine"] == "arrays":
        arrays = backend.index_arrays()
        report["cache"] = {
            "columns_bytes": arrays.nbytes - arrays.postings.bytes,
            "postings_bytes": arrays.postings.bytes,
            "postings_max_bytes": arrays.postings.max_bytes,
            "postings_entries": len(arrays.postings),
            "hits": arrays.postings.hits,
            "misses": arrays.postings.misses,
        }
    if args.commit_probe:
        report["commit_probe"] = commit_probe(backend, build_query, search)
    emit(report)


def engine_name(backend):
    from search.backends import whoosh as whoosh_backend

    return "arrays" if backend.use_arrays and whoosh_backend.whoosh_arrays is not None else "whoosh searcher"


def anon_rss_kb():
    """This process's private (anonymous) resident memory: the index files it maps are not counted."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("RssAnon:"):
                return int(line.split()[1])
    return 0


def commit_probe(backend, build_query, search):
    """What the worker's commit costs the next query: re-index one article (a new segment), then query twice."""
    from haystack import connections

    from news.models import NewsArticlePage

    article = NewsArticlePage.objects.live().order_by("pk").first()
    index = connections["default"].get_unified_index().get_index(NewsArticlePage)
    t0 = time.perf_counter()
    backend.update(index, [article])
    commit_ms = (time.perf_counter() - t0) * 1000
    times = []
    for q in (QUERIES[1], QUERIES[1], QUERIES[0]):
        t0 = time.perf_counter()
        search(build_query({"q": q}))
        times.append((time.perf_counter() - t0) * 1000)
    return {"commit_ms": commit_ms, "after_ms": times, "q": [QUERIES[1], QUERIES[1], QUERIES[0]]}


CHILDREN = {"counts": child_counts, "documents": child_documents, "stats": child_stats, "queries": child_queries}


# --- processes and their memory ---------------------------------------------------------------------------------------


def _process_table():
    """{pid: (ppid, rss bytes)} of every process, from /proc."""
    table = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as f:
                stat = f.read()
            fields = stat[stat.rindex(")") + 2 :].split()
            table[int(entry.name)] = (int(fields[1]), int(fields[21]) * PAGE_SIZE)
        except (OSError, ValueError, IndexError):
            continue
    return table


def cpu_busy_seconds():
    """CPU seconds the whole machine has spent busy since boot (all CPUs, from /proc/stat)."""
    with open("/proc/stat", encoding="ascii") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    return (sum(values[:8]) - idle) / CLOCK_TICKS


class TreeMemory(threading.Thread):
    """Samples the summed RSS of a process and all its descendants (e.g. Whoosh's writer sub-processes)."""

    def __init__(self, pid, interval=0.25):
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peak = 0
        self.peak_processes = 0
        self.done = threading.Event()

    def run(self):
        while not self.done.is_set():
            table = _process_table()
            tree, frontier = set(), {self.pid}
            while frontier:
                tree |= frontier
                frontier = {pid for pid, (ppid, _rss) in table.items() if ppid in frontier} - tree
            total = sum(table[pid][1] for pid in tree if pid in table)
            if total > self.peak:
                self.peak, self.peak_processes = total, len(tree & table.keys())
            self.done.wait(self.interval)

    def stop(self):
        self.done.set()
        self.join()


@dataclass
class Phase:
    name: str
    wall: float
    items: int | None = None
    unit: str = ""
    peak_tree: int = 0  # bytes, summed RSS of the process tree (sampled)
    peak_processes: int = 0
    maxrss: int = 0  # bytes, the largest single process (ru_maxrss of the child and its waited-for descendants)
    cpu: float = 0.0  # CPU seconds of the process and its waited-for descendants
    others: float | None = None  # CPU seconds the rest of the machine used meanwhile (other processes' load)
    note: str = ""
    earlier: bool = False  # measured by an earlier run (--var), reprinted


@dataclass
class Run:
    args: argparse.Namespace
    work_dir: Path
    var_dir: Path
    log_file: Path
    phases: list = field(default_factory=list)

    def command(self, args, name, env=None):
        """Run a command with its output in the log; time it and sample its memory. Returns (Phase, stdout)."""
        env = env or base_env(self.var_dir)
        with open(self.log_file, "a", encoding="utf-8") as out:
            out.write(f"\n$ {' '.join(str(a) for a in args)}\n")
            out.flush()
            started = time.monotonic()
            busy = cpu_busy_seconds()
            process = subprocess.Popen(
                args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=out, text=True, stdin=subprocess.DEVNULL
            )
            memory = TreeMemory(process.pid)
            memory.start()
            try:
                stdout = process.stdout.read()
                _pid, status, usage = os.wait4(process.pid, 0)
            except BaseException:
                process.kill()
                raise
            finally:
                memory.stop()
            process.returncode = os.waitstatus_to_exitcode(status)
            wall = time.monotonic() - started
            busy = cpu_busy_seconds() - busy
            out.write(stdout)
        if process.returncode != 0:
            raise SetupError(f"{name} failed (exit {process.returncode}):\n{tail(self.log_file)}")
        cpu = usage.ru_utime + usage.ru_stime
        phase = Phase(
            name,
            wall,
            peak_tree=memory.peak,
            peak_processes=memory.peak_processes,
            maxrss=usage.ru_maxrss * 1024,
            cpu=cpu,
            others=max(0.0, busy - cpu),
        )
        return phase, stdout

    def manage(self, *args, name=None, record=True, env=None):
        phase, stdout = self.command([PYTHON, "manage.py", *args], name or f"manage.py {' '.join(args)}", env=env)
        if record:
            self.add(phase)
        return phase, stdout

    def child(self, mode, *args, name, record=False):
        phase, stdout = self.command([PYTHON, str(Path(__file__).resolve()), "--child", mode, *args], name)
        lines = [line for line in stdout.splitlines() if line.startswith(JSON_PREFIX)]
        if not lines:
            raise SetupError(f"{name} printed no result:\n{tail(self.log_file)}")
        report = json.loads(lines[-1][len(JSON_PREFIX) :])
        if record:
            self.add(phase)
        return phase, report

    def add(self, phase):
        self.phases.append(phase)
        rate = f", {phase.items / phase.wall:,.0f} {phase.unit}/s" if phase.items and phase.wall else ""
        memory = f", peak RSS {mib(phase.peak_tree):,.0f} MiB" if phase.peak_tree else ""
        log(f"    {phase.name}: {phase.wall:.1f} s{rate}{memory}")


def disk_usage(path):
    """(bytes on disk as du counts them, apparent bytes, number of files) of a folder."""
    used = apparent = files = 0
    for dirpath, _dirs, names in os.walk(path):
        for name in names:
            st = os.stat(os.path.join(dirpath, name))
            used += st.st_blocks * 512
            apparent += st.st_size
            files += 1
    return used, apparent, files


# --- HTTP ---------------------------------------------------------------------------------------------------------


def measure_http(run):
    """/tim-kiem/?q=… for every query, one client at a time: a short warm-up, then up to ``--repeat`` rounds."""
    static_root = run.work_dir / "static"
    env = base_env(run.var_dir, static_root)
    run.manage("collectstatic", "--noinput", "--verbosity", "0", name="collectstatic (for gunicorn)", env=env)
    server = Gunicorn(env, run.work_dir, workers=HTTP_WORKERS)
    try:
        t0 = time.monotonic()
        server.start()
        run.add(Phase(f"gunicorn start ({HTTP_WORKERS} sync workers, {HOST}:{server.port})", time.monotonic() - t0))
        paths = {q: "/tim-kiem/?" + urllib.parse.urlencode({"q": q}) for q in QUERIES}
        times = {q: [] for q in QUERIES}

        def get(q):
            t0 = time.perf_counter()
            status, _body = fetch(server.port, paths[q], timeout=120)
            if status != 200:
                raise SetupError(f"{paths[q]} answered HTTP {status}:\n{tail(server.error_log)}")
            return (time.perf_counter() - t0) * 1000

        # Warm-up: a few requests, so that each worker has opened the index (the in-process round warmed the OS cache).
        warmup = 2 * HTTP_WORKERS
        for q in QUERIES[:warmup]:
            get(q)
        started = time.monotonic()
        rounds = 0
        for number in range(1, run.args.repeat + 1):
            for q in QUERIES if number % 2 else list(reversed(QUERIES)):
                times[q].append(get(q))
            rounds = number
            if time.monotonic() - started > run.args.max_seconds:
                break
        run.add(Phase(f"HTTP /tim-kiem/ ({rounds} rounds)", time.monotonic() - started))
        time.sleep(0.2)
        server_ms = server.request_times_ms("/tim-kiem/")[warmup:]
        return {"times": times, "rounds": rounds, "server_ms": server_ms}
    finally:
        server.stop()


# --- the run ------------------------------------------------------------------------------------------------------


def build(run, marker_path):
    """Database with the articles, the index (rebuild_index, then the documents); records the build in the marker."""
    args = run.args
    log(f"\n== Setting up the portal in {run.var_dir} ==")
    run.manage("migrate", "--noinput")
    run.manage("load_demo")
    _phase, counts = run.child("counts", name="count articles")
    missing = args.articles - counts["articles"]
    if missing > 0:
        phase, _out = run.manage("generate_content", "--articles", str(missing), record=False)
        phase.items, phase.unit = missing, "articles"
        run.add(phase)
    _phase, counts = run.child("counts", name="count articles")
    log(f"    live articles: {counts['articles']:,}, intro pages: {counts['pages']:,}")
    index_phases(run, counts)
    marker = {
        "articles": counts["articles"],
        "pages": counts["pages"],
        "documents": args.documents,
        "seed": args.seed,
        "built": datetime.datetime.now().isoformat(timespec="seconds"),
        "phases": [phase.__dict__ for phase in run.phases],
    }
    marker_path.write_text(json.dumps(marker, indent=1), encoding="utf-8")
    return marker


def index_phases(run, counts):
    args = run.args
    items = counts["articles"] + counts["pages"]
    for workers in args.workers:
        log(f"\n== rebuild_index --workers {workers} ({items:,} articles and pages) ==")
        phase, _out = run.manage(
            "rebuild_index", "--noinput", "--workers", str(workers), "--verbosity", "0", record=False
        )
        phase.name, phase.items, phase.unit = f"rebuild_index --workers {workers}", items, "items"
        run.add(phase)
    if args.documents:
        workers = args.workers[-1]
        log(f"\n== adding {args.documents:,} legal documents (bulk_update, procs={workers}) ==")
        phase, report = run.child(
            "documents",
            "--count",
            str(args.documents),
            "--workers",
            str(workers),
            "--seed",
            str(args.seed),
            name="documents",
        )
        phase.name = f"add documents (bulk_update procs={workers})"
        phase.items, phase.unit = report["count"], "documents"
        per_doc = max(report["count"], 1)
        phase.note = (
            f"{report['words'] / per_doc:,.0f} words and {report['chars'] / per_doc:,.0f} characters per document on "
            f"average; generating the texts took {report['generate']:.1f} s of it"
        )
        run.add(phase)
        log(f"      ({phase.note})")


def main_run(args):
    started = time.monotonic()
    work_dir = Path(tempfile.mkdtemp(prefix="portal-bench-search-"))
    var_dir = Path(args.var).resolve() if args.var else work_dir / "var"
    var_dir.mkdir(parents=True, exist_ok=True)
    run = Run(args, work_dir, var_dir, work_dir / "setup.log")
    marker_path = var_dir / MARKER
    log(
        f"Search benchmark — {args.articles:,} articles + {args.documents:,} documents, rebuild workers "
        f"{','.join(map(str, args.workers))}, {args.repeat} repeats; PORTAL_VAR_DIR {var_dir}; {os.cpu_count()} CPUs"
    )
    reused = False
    try:
        if marker_path.exists():
            marker = json.loads(marker_path.read_text(encoding="utf-8"))
            reused = True
            log(
                f"Reusing the portal built on {marker['built']}: {marker['articles']:,} articles, "
                f"{marker['documents']:,} documents (--articles/--documents ignored)"
            )
            if args.reindex:
                args.documents = marker["documents"]
                index_phases(run, marker)
                marker["phases"] = [p.__dict__ for p in run.phases]
                marker_path.write_text(json.dumps(marker, indent=1), encoding="utf-8")
            else:
                run.phases = [Phase(**{**p, "earlier": True}) for p in marker["phases"]]
        else:
            marker = build(run, marker_path)
        whoosh_dir = var_dir / "whoosh"
        used, apparent, files = disk_usage(whoosh_dir)
        log(f"\n== Measuring {len(QUERIES)} queries in-process ==")
        child_args = ["--repeat", str(args.repeat), "--max-seconds", str(args.max_seconds)]
        if args.profile:
            child_args.append("--profile")
        if args.whoosh_searcher:
            child_args.append("--whoosh-searcher")
        if args.commit_probe:
            child_args.append("--commit-probe")
        phase, queries = run.child("queries", *child_args, name="queries in-process")
        phase.name = "queries in-process (all variants)"
        run.add(phase)
        http = None
        if args.http:
            log(f"\n== Measuring /tim-kiem/?q=… under gunicorn ({HTTP_WORKERS} workers, one client) ==")
            http = measure_http(run)
        report(run, marker, queries, http, (used, apparent, files, whoosh_dir), time.monotonic() - started)
        return 0
    except SetupError as exc:
        log(f"\nSETUP FAILED: {exc}")
        return 1
    except KeyboardInterrupt:
        log("\nInterrupted: cleaning up.")
        return 130
    finally:
        if args.keep or (args.var and not reused):
            log(f"Kept: {work_dir if args.keep else ''} {var_dir}".replace("  ", " "))
        if not args.keep:
            shutil.rmtree(work_dir, ignore_errors=True)


# --- report -------------------------------------------------------------------------------------------------------


def verdict(ok):
    return "PASS" if ok else "FAIL"


def report(run, marker, queries, http, disk, total):
    args = run.args
    used, apparent, files, whoosh_dir = disk
    stats = queries["stats"]
    log("\n" + "=" * 110)
    log(
        f"Corpus: {marker['articles']:,} news articles + {marker['pages']:,} intro pages (SQLite, generate_content) "
        f"and {marker['documents']:,} synthetic legal documents"
    )
    log(
        "  documents: no documents app exists yet; ~1,500-word texts (decisions, plans, directives…) prepared by a "
        "PortalIndex subclass (kind 'document', django_ct documents.legaldocument, URL /van-ban/<n>/) and written by "
        "the backend's bulk_update"
    )
    kinds = ", ".join(f"{k} {v:,}" for k, v in stats["kinds"].items())
    log(
        f"Index: {stats['doc_count']:,} entries ({kinds}), {stats['segments']} segment(s), {files} files; size on "
        f"disk {mib(used):,.0f} MiB (du), {mib(apparent):,.0f} MiB apparent — {whoosh_dir}"
    )

    log("\nPhases")
    header = (
        f"{'phase':<44} {'wall s':>8} {'items':>9} {'items/s':>8} {'peak RSS tree':>14} {'largest proc':>13} "
        f"{'CPU s':>7} {'other load':>10}"
    )
    log(header)
    log("-" * len(header))
    for p in run.phases:
        rate = f"{p.items / p.wall:,.0f}" if p.items and p.wall else ""
        items = f"{p.items:,}" if p.items else ""
        tree = f"{mib(p.peak_tree):,.0f} MiB/{p.peak_processes}" if p.peak_tree else ""
        largest = f"{mib(p.maxrss):,.0f} MiB" if p.maxrss else ""
        name = p.name + (" *" if p.earlier else "")
        cpu = f"{p.cpu:.0f}" if p.cpu else ""
        others = f"{p.others / p.wall / CPUS:.0%}" if p.others is not None and p.wall else ""
        log(f"{name[:44]:<44} {p.wall:>8.1f} {items:>9} {rate:>8} {tree:>14} {largest:>13} {cpu:>7} {others:>10}")
    log(
        "(peak RSS tree: highest sampled sum of the RSS of the process and its sub-processes / how many processes; "
        "largest proc: ru_maxrss of the biggest single process; CPU s: CPU time of the process and its "
        f"sub-processes; other load: CPU the rest of the machine used meanwhile, as a share of the {CPUS} CPUs — "
        "above a few % the figures are pessimistic"
        + ("; * measured when the portal was built, " + marker["built"] if any(p.earlier for p in run.phases) else "")
        + ")"
    )

    log(
        f"\nQueries in-process: search(build_query(...)) — one warm-up round ({queries['warmup_s']:.0f} s), then up "
        f"to {args.repeat} rounds of every variant (no new round after {args.max_seconds:g} s; measuring took "
        f"{queries['measure_s']:.0f} s); first query of the process (opens the index): "
        f"{queries['first_query_ms']:.0f} ms; query process max RSS {queries['maxrss_kb'] / 1024:,.0f} MiB, of "
        f"which private (RssAnon) {queries['anon_kb'] / 1024:,.0f} MiB ({queries['anon_kb_start'] / 1024:,.0f} MiB "
        "before the first query; the rest is the index files, mapped and shared)"
    )
    log(f"Engine: {queries.get('engine', 'whoosh searcher')}")
    cache = queries.get("cache")
    if cache:
        log(
            f"  arrays: per-document columns {mib(cache['columns_bytes']):,.1f} MiB; postings cache "
            f"{mib(cache['postings_bytes']):,.1f} of {mib(cache['postings_max_bytes']):,.0f} MiB, "
            f"{cache['postings_entries']:,} terms × segments, {cache['hits']:,} hits / {cache['misses']:,} misses"
        )
    header = (
        f"{'variant':<14} {'rounds':>6} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'mean ms':>8}  p95 target"
    )
    log(header)
    log("-" * len(header))
    summary = {}
    for label, _extra in VARIANTS:
        data = queries["variants"][label]
        times = [t for row in data["rows"] for t in row["times"]]
        summary[label] = pct(times, 95)
        log(
            f"{label:<14} {data['rounds']:>6} {len(times):>4} {pct(times, 50):>8.1f} {pct(times, 95):>8.1f} "
            f"{max(times):>8.1f} {statistics.fmean(times):>8.1f}  {verdict(pct(times, 95) < TARGET_P95_MS)}"
        )

    log("\nPer query (median ms of each variant; results, mode and kinds from the relevance query)")
    labels = [label for label, _ in VARIANTS]
    header = (
        f"{'query':<28} {'syl':>3} {'results':>8} {'mode':>4} "
        + " ".join(f"{label:>13}" for label in labels)
        + "  by kind"
    )
    log(header)
    log("-" * len(header))
    base = {row["q"]: row for row in queries["variants"][labels[0]]["rows"]}
    medians = {
        label: {row["q"]: statistics.median(row["times"]) for row in queries["variants"][label]["rows"]}
        for label in labels
    }
    for q in QUERIES:
        row = base[q]
        by_kind = " ".join(f"{k} {v}" for k, v in sorted(row["kinds"].items()))
        log(
            f"{q[:28]:<28} {row['words']:>3} {row['count']:>8,} {row['mode']:>4} "
            + " ".join(f"{medians[label][q]:>13.1f}" for label in labels)
            + f"  {by_kind}"
        )
    log("\nSlowest 5 queries (relevance, page 1):")
    for q in sorted(QUERIES, key=lambda q: -medians[labels[0]][q])[:5]:
        row = base[q]
        log(
            f"  {medians[labels[0]][q]:8.1f} ms median, {max(row['times']):8.1f} ms max — {q!r}: {row['count']:,} "
            f"results ({row['mode']} words matched), {row['words']} syllables"
        )
    probe = queries.get("commit_probe")
    if probe:
        after = ", ".join(f"{t:.0f} ms ({q!r})" for t, q in zip(probe["after_ms"], probe["q"], strict=True))
        log(f"\nAfter a commit (one article re-indexed in {probe['commit_ms']:.0f} ms): next queries {after}")
    if queries.get("profile"):
        log(f"\ncProfile of one run of the slowest query {queries['profile']['q']!r}:")
        log(queries["profile"]["text"])

    if http:
        client = [t for times in http["times"].values() for t in times]
        log(
            f"\nHTTP /tim-kiem/?q=… (gunicorn {HTTP_WORKERS} sync workers, one client, {http['rounds']} rounds after a "
            f"warm-up): client p50 {pct(client, 50):.1f} ms, p95 {pct(client, 95):.1f} ms, max {max(client):.1f} ms; "
            f"server (gunicorn request time) p50 {pct(http['server_ms'], 50):.1f} ms, "
            f"p95 {pct(http['server_ms'], 95):.1f} ms"
        )
        # Each worker process reads (and caches) the postings of a term the first time one of its requests needs it.
        first = [times[0] for times in http["times"].values() if times]
        later = [t for times in http["times"].values() for t in times[1:]]
        if later:
            log(
                f"  client, first round (terms met for the first time by a worker): p50 {pct(first, 50):.1f} ms, "
                f"p95 {pct(first, 95):.1f} ms; later rounds: p50 {pct(later, 50):.1f} ms, p95 {pct(later, 95):.1f} ms"
            )

    log("\nTargets")
    p95 = summary[labels[0]]
    log(
        f"  query p95 < {TARGET_P95_MS:g} ms (relevance, page 1, in-process): {p95:.1f} ms  "
        f"{verdict(p95 < TARGET_P95_MS)}"
    )
    others = ", ".join(f"{label} {summary[label]:.1f} ms" for label in labels[1:])
    log(f"    (other variants: {others})")
    rebuild = [p for p in run.phases if p.name.startswith("rebuild_index")]
    documents = [p for p in run.phases if p.name.startswith("add documents")]
    if rebuild:
        last = rebuild[-1]
        full = last.wall + (documents[-1].wall if documents else 0)
        log(
            f"  full rebuild < {TARGET_REBUILD_S / 60:g} min on {os.cpu_count()} cores ({last.name} "
            f"{last.wall:.0f} s + documents {documents[-1].wall if documents else 0:.0f} s): {full:.0f} s = "
            f"{full / 60:.1f} min  {verdict(full < TARGET_REBUILD_S)}"
        )
    log(f"\nWhole run: {total:.0f} s ({total / 60:.1f} min)")


# --- main ---------------------------------------------------------------------------------------------------------


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000, help="live news articles (default: 100000)")
    parser.add_argument("--documents", type=int, default=20_000, help="synthetic legal documents (default: 20000)")
    parser.add_argument(
        "--workers",
        default="2",
        help="rebuild_index --workers; a list such as 1,2 rebuilds once per value, the last one is kept (default: 2)",
    )
    parser.add_argument("--repeat", type=int, default=5, help="measured rounds over the queries (default: 5)")
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=300,
        help="no new round of queries once the measurement has taken this long (at least one round; default: 300)",
    )
    parser.add_argument("--seed", type=int, default=2024, help="seed of the synthetic documents")
    parser.add_argument("--var", help="PORTAL_VAR_DIR to build in, or to reuse when it holds an earlier build")
    parser.add_argument("--reindex", action="store_true", help="with a reused --var: rebuild the index first")
    parser.add_argument("--http", action="store_true", help="also measure /tim-kiem/?q=… under gunicorn")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the slowest query")
    parser.add_argument(
        "--whoosh-searcher",
        action="store_true",
        help="evaluate queries with Whoosh's own searcher (the backend before whoosh_arrays) instead of numpy",
    )
    parser.add_argument(
        "--commit-probe",
        action="store_true",
        help="after the queries, re-index one article (as the worker would) and time the next queries",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (var, logs)")
    # Internal: the parts that run with Django set up, started by the benchmark itself.
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        args.workers = [int(w) for w in str(args.workers).split(",") if w.strip()]
    except ValueError:
        parser.error("--workers: integers separated by commas")
    if not args.workers or min(args.workers) < 1 or args.repeat < 1 or args.articles < 1 or args.documents < 0:
        parser.error("--workers, --repeat and --articles must be positive, --documents ≥ 0")
    if args.reindex and not args.var:
        parser.error("--reindex needs --var")
    return args


def main(argv=None):
    args = parse_args(argv)
    if args.child:
        django_setup()
        args.workers = args.workers[-1]
        CHILDREN[args.child](args)
        return 0
    stop_on_signals()
    return main_run(args)


if __name__ == "__main__":
    sys.exit(main())
