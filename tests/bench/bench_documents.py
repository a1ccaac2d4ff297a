#!/usr/bin/env python
"""On-demand benchmark of the document library: bulk import of real PDFs, and the public finder /van-ban/ at scale.

Not part of the test suite (pytest collects ``test_*.py`` only). Run it with
``.venv/bin/python tests/bench/bench_documents.py [options]``; ``--help`` lists the options, ``tests/bench/README.md``
explains the output. A quick try: ``--documents 5000 --import-count 300`` (about 10 minutes on a busy 2-core
machine, half of it generating the PDFs).

1. Import. It generates ``--import-count`` Vietnamese legal documents as real 1–3 page PDFs (``documents.files.
   make_pdf``: decisions, plans, directives, official letters… with numbers, legal bases, articles, some with an
   annex) and a CSV manifest, then times ``manage.py import_documents MANIFEST.csv --files DIR --create-missing`` in
   a fresh embedded portal (SQLite, Celery tasks in-process, Whoosh in its ``PORTAL_VAR_DIR``: the import includes
   text extraction and indexing). It checks that every document is stored, has text and is in the search index,
   then times the same import again (every row unchanged). Target: < 5 minutes on 2 cores.
2. Finder. For each backend (SQLite; PostgreSQL in a throw-away database) it bulk-creates ``--documents`` documents
   (12 types, 40 issuing bodies, 25 fields, 20 years, relations that end or amend older documents, one attachment row
   each pointing at one shared PDF), renders each URL variant once in-process to count its SQL queries, then serves
   the portal with gunicorn (2 sync workers, 127.0.0.1) and times requests to ``/van-ban/`` with every filter, a
   combination, a deep page, the oldest-first sort and (when the search backend offers ``portal_ids``) keywords.
   Target: p95 < 150 ms. The keyword variants need the search index: it is filled once (one Whoosh folder shared
   by both backends' builds, whose documents and ids are the same) when the backend has ``portal_ids``; without
   it they are skipped and the output says so.

With ``--var DIR`` the work directory is kept, and a later run with the same sizes and seed reuses its PDFs and its
finder databases (after ``migrate``): ``--var /tmp/bench-docs --skip-import`` re-measures the finder in minutes.

Every step runs in its own process (``manage.py …``, or this script with a hidden ``--child``); a thread samples the
process tree's RSS and CPU from ``/proc`` and the CPU the rest of the machine used meanwhile ("other load").

Exit status: 0 once the measurements are made, whatever they say; 1 when a setup step fails (the log's tail is
printed); 130 on Ctrl-C. gunicorn and child processes are always stopped; the temporary directory is removed and the
PostgreSQL databases dropped unless ``--keep`` or ``--var``.
"""

import argparse
import contextlib
import csv
import datetime
import hashlib
import io
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import asdict, dataclass, field
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
    hammer,
    log,
    pct,
    stop_group,
    stop_on_signals,
    tail,
)

HTTP_WORKERS = 2
CPUS = os.cpu_count() or 1
TARGET_IMPORT_S = 5 * 60
TARGET_P95_MS = 150.0
JSON_PREFIX = "BENCH_JSON "
PDF_MARKER = "bench_documents_pdfs.json"  # in a --var directory: the generated PDFs and manifest
FINDER_MARKER = "bench_documents_finder.json"  # in a finder build of a --var directory
SHARED_PDF = "documents/bench/van-ban-mau.pdf"  # under MEDIA_ROOT: the one file every bulk-created attachment names
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


# Variables of portal/settings.py (and Django's) that must not leak from the caller's shell into the runs.
def mib(n_bytes):
    return n_bytes / 1024 / 1024


def verdict(ok):
    return "PASS" if ok else "FAIL"


# --- the synthetic library: reference data and documents -------------------------------------------------------------

# name, code (ký hiệu), weight
DOC_TYPES = [
    ("Luật", "", 0.3),
    ("Nghị định", "NĐ", 2),
    ("Thông tư", "TT", 3),
    ("Nghị quyết", "NQ", 6),
    ("Quyết định", "QĐ", 30),
    ("Chỉ thị", "CT", 3),
    ("Kế hoạch", "KH", 12),
    ("Công văn", "", 20),
    ("Thông báo", "TB", 8),
    ("Hướng dẫn", "HD", 4),
    ("Báo cáo", "BC", 7),
    ("Tờ trình", "TTr", 4),
]
TYPES_BY_KIND = {
    "qh": ("Luật", "Nghị quyết"),
    "cp": ("Nghị định", "Nghị quyết"),
    "ttg": ("Quyết định", "Chỉ thị", "Công văn"),
    "bo": ("Thông tư", "Quyết định", "Công văn", "Hướng dẫn"),
    "hdnd": ("Nghị quyết", "Báo cáo", "Thông báo"),
    "ubnd": ("Quyết định", "Chỉ thị", "Kế hoạch", "Công văn", "Thông báo", "Báo cáo", "Tờ trình", "Hướng dẫn"),
    "vp": ("Công văn", "Thông báo"),
    "so": ("Quyết định", "Kế hoạch", "Công văn", "Thông báo", "Hướng dẫn", "Báo cáo", "Tờ trình"),
    "huyen": ("Quyết định", "Chỉ thị", "Kế hoạch", "Công văn", "Thông báo", "Báo cáo"),
}
# name, short name (its slug is the filter value), sign in document numbers, kind, weight
ISSUERS = [
    ("Quốc hội", "QH", "QH", "qh", 0.5),
    ("Chính phủ", "CP", "CP", "cp", 4),
    ("Thủ tướng Chính phủ", "TTg", "TTg", "ttg", 4),
    ("Bộ Tài chính", "BTC", "BTC", "bo", 0.8),
    ("Bộ Nội vụ", "BNV", "BNV", "bo", 0.8),
    ("Bộ Y tế", "BYT", "BYT", "bo", 0.8),
    ("Bộ Giáo dục và Đào tạo", "BGDĐT", "BGDĐT", "bo", 0.8),
    ("Bộ Tài nguyên và Môi trường", "BTNMT", "BTNMT", "bo", 0.8),
    ("Bộ Kế hoạch và Đầu tư", "BKHĐT", "BKHĐT", "bo", 0.8),
    ("Bộ Thông tin và Truyền thông", "BTTTT", "BTTTT", "bo", 0.8),
    ("Bộ Xây dựng", "BXD", "BXD", "bo", 0.8),
    ("Hội đồng nhân dân tỉnh Ninh Bình", "HĐND tỉnh", "HĐND", "hdnd", 4),
    ("Ủy ban nhân dân tỉnh Ninh Bình", "UBND tỉnh", "UBND", "ubnd", 30),
    ("Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh", "VPUBND", "vp", 3),
    ("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", "SKHĐT", "so", 1.5),
    ("Sở Tài chính", "Sở Tài chính", "STC", "so", 1.5),
    ("Sở Y tế", "Sở Y tế", "SYT", "so", 1.5),
    ("Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "SGDĐT", "so", 1.5),
    ("Sở Giao thông vận tải", "Sở GTVT", "SGTVT", "so", 1.5),
    ("Sở Thông tin và Truyền thông", "Sở TT&TT", "STTTT", "so", 1.5),
    ("Sở Du lịch", "Sở Du lịch", "SDL", "so", 1.5),
    ("Sở Tài nguyên và Môi trường", "Sở TN&MT", "STNMT", "so", 1.5),
    ("Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", "SNN", "so", 1.5),
    ("Sở Nội vụ", "Sở Nội vụ", "SNV", "so", 1.5),
    ("Sở Tư pháp", "Sở Tư pháp", "STP", "so", 1.5),
    ("Sở Văn hóa và Thể thao", "Sở VH&TT", "SVHTT", "so", 1.5),
    ("Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH", "SLĐTBXH", "so", 1.5),
    ("Sở Xây dựng", "Sở Xây dựng", "SXD", "so", 1.5),
    ("Sở Công Thương", "Sở Công Thương", "SCT", "so", 1.5),
    ("Sở Khoa học và Công nghệ", "Sở KH&CN", "SKHCN", "so", 1.5),
    ("Thanh tra tỉnh", "Thanh tra tỉnh", "TTr", "so", 1.0),
    ("Ban Quản lý các khu công nghiệp tỉnh", "BQL các KCN", "BQLKCN", "so", 1.0),
    ("Ủy ban nhân dân thành phố Ninh Bình", "UBND TP Ninh Bình", "UBND", "huyen", 1.5),
    ("Ủy ban nhân dân thành phố Tam Điệp", "UBND TP Tam Điệp", "UBND", "huyen", 1.5),
    ("Ủy ban nhân dân huyện Hoa Lư", "UBND huyện Hoa Lư", "UBND", "huyen", 1.5),
    ("Ủy ban nhân dân huyện Gia Viễn", "UBND huyện Gia Viễn", "UBND", "huyen", 1.5),
    ("Ủy ban nhân dân huyện Nho Quan", "UBND huyện Nho Quan", "UBND", "huyen", 1.5),
    ("Ủy ban nhân dân huyện Yên Khánh", "UBND huyện Yên Khánh", "UBND", "huyen", 1.5),
    ("Ủy ban nhân dân huyện Yên Mô", "UBND huyện Yên Mô", "UBND", "huyen", 1.5),
    ("Ủy ban nhân dân huyện Kim Sơn", "UBND huyện Kim Sơn", "UBND", "huyen", 1.5),
]
FIELDS = [
    "Đất đai",
    "Tài nguyên - Môi trường",
    "Xây dựng",
    "Giao thông vận tải",
    "Giáo dục và đào tạo",
    "Y tế",
    "Văn hóa",
    "Thể thao",
    "Du lịch",
    "Tài chính",
    "Ngân sách nhà nước",
    "Thuế - Phí - Lệ phí",
    "Đầu tư",
    "Doanh nghiệp",
    "Nông nghiệp",
    "Thủy lợi",
    "Lao động - Việc làm",
    "Bảo trợ xã hội",
    "Nội vụ",
    "Thi đua - Khen thưởng",
    "Tư pháp",
    "Thông tin và truyền thông",
    "Khoa học - Công nghệ",
    "Công thương",
    "Quốc phòng - An ninh",
]
# subject (noun phrase), its main field
SUBJECTS = [
    ("bảng giá đất trên địa bàn tỉnh", "Đất đai"),
    ("bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất", "Đất đai"),
    ("hạn mức giao đất ở và công nhận quyền sử dụng đất", "Đất đai"),
    ("kế hoạch sử dụng đất cấp huyện", "Đất đai"),
    ("thu gom, vận chuyển và xử lý chất thải rắn sinh hoạt", "Tài nguyên - Môi trường"),
    ("bảo vệ môi trường làng nghề", "Tài nguyên - Môi trường"),
    ("quản lý chất lượng công trình xây dựng", "Xây dựng"),
    ("cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng"),
    ("bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán", "Giao thông vận tải"),
    ("đầu tư xây dựng tuyến đường bộ cao tốc Ninh Bình - Hải Phòng", "Giao thông vận tải"),
    ("tuyển sinh vào lớp 10 trung học phổ thông", "Giáo dục và đào tạo"),
    ("mức thu học phí đối với cơ sở giáo dục công lập", "Giáo dục và đào tạo"),
    ("phòng, chống dịch bệnh truyền nhiễm", "Y tế"),
    ("tiêm chủng mở rộng cho trẻ em", "Y tế"),
    ("giá dịch vụ khám bệnh, chữa bệnh tại cơ sở y tế công lập", "Y tế"),
    ("tổ chức Lễ hội Hoa Lư", "Văn hóa"),
    ("bảo tồn và phát huy giá trị di sản văn hóa", "Văn hóa"),
    ("tổ chức Đại hội Thể dục thể thao các cấp", "Thể thao"),
    ("phát triển du lịch Quần thể danh thắng Tràng An", "Du lịch"),
    ("quản lý hoạt động du lịch cộng đồng", "Du lịch"),
    ("giao dự toán thu, chi ngân sách nhà nước", "Ngân sách nhà nước"),
    ("phân cấp nguồn thu, nhiệm vụ chi giữa các cấp ngân sách", "Ngân sách nhà nước"),
    ("quản lý, sử dụng tài sản công", "Tài chính"),
    ("mức thu, chế độ thu, nộp và quản lý lệ phí", "Thuế - Phí - Lệ phí"),
    ("thu hút đầu tư vào các khu công nghiệp", "Đầu tư"),
    ("chủ trương đầu tư dự án khu đô thị mới", "Đầu tư"),
    ("hỗ trợ doanh nghiệp nhỏ và vừa", "Doanh nghiệp"),
    ("xây dựng nông thôn mới nâng cao", "Nông nghiệp"),
    ("phòng, chống bệnh dịch tả lợn châu Phi", "Nông nghiệp"),
    ("phòng, chống thiên tai và tìm kiếm cứu nạn", "Thủy lợi"),
    ("vận hành hệ thống công trình thủy lợi", "Thủy lợi"),
    ("giải quyết việc làm cho người lao động", "Lao động - Việc làm"),
    ("trợ giúp xã hội đối với đối tượng bảo trợ xã hội", "Bảo trợ xã hội"),
    ("giảm nghèo bền vững", "Bảo trợ xã hội"),
    ("tuyển dụng công chức, viên chức", "Nội vụ"),
    ("sắp xếp đơn vị hành chính cấp xã", "Nội vụ"),
    ("khen thưởng thành tích trong phong trào thi đua yêu nước", "Thi đua - Khen thưởng"),
    ("phổ biến, giáo dục pháp luật", "Tư pháp"),
    ("kiểm soát thủ tục hành chính", "Tư pháp"),
    ("chuyển đổi số tỉnh Ninh Bình", "Thông tin và truyền thông"),
    ("cung cấp dịch vụ công trực tuyến toàn trình", "Thông tin và truyền thông"),
    ("ứng dụng và chuyển giao tiến bộ khoa học, công nghệ", "Khoa học - Công nghệ"),
    ("phát triển cụm công nghiệp", "Công thương"),
    ("bình ổn giá các mặt hàng thiết yếu", "Công thương"),
    ("bảo đảm an ninh, trật tự trên địa bàn", "Quốc phòng - An ninh"),
    ("tuyển chọn và gọi công dân nhập ngũ", "Quốc phòng - An ninh"),
]
LAWS = [
    "Đất đai",
    "Xây dựng",
    "Đầu tư",
    "Giáo dục",
    "Khám bệnh, chữa bệnh",
    "Bảo vệ môi trường",
    "Du lịch",
    "Ngân sách nhà nước",
    "Quản lý thuế",
    "Tổ chức chính quyền địa phương",
    "Ban hành văn bản quy phạm pháp luật",
    "Giao thông đường bộ",
    "Thủy lợi",
    "Phòng, chống thiên tai",
    "Công nghệ thông tin",
]
LEGAL_BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương "
    "ngày 22 tháng 11 năm 2019;",
    "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
    "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều và biện "
    "pháp thi hành Luật Ban hành văn bản quy phạm pháp luật;",
    "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa "
    "liên thông trong giải quyết thủ tục hành chính;",
    "Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển "
    "đổi số quốc gia đến năm 2025, định hướng đến năm 2030;",
    "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
    "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;",
    "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;",
    "Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;",
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
    "Căn cứ Nghị quyết số 05/2021/NQ-HĐND ngày 20 tháng 7 năm 2021 của Hội đồng nhân dân tỉnh;",
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
PLACES = [
    "phường Đông Thành",
    "phường Vân Giang",
    "xã Ninh Hải",
    "xã Trường Yên",
    "xã Gia Sinh",
    "xã Cúc Phương",
    "xã Khánh Nhạc",
    "xã Yên Thắng",
    "xã Kim Đông",
    "xã Quang Sơn",
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đinh", "Bùi", "Đỗ", "Ngô", "Tống", "Mai"]
MIDDLE = ["Văn", "Thị", "Quang", "Minh", "Đức", "Thanh", "Hữu", "Ngọc", "Cao", "Song"]
GIVEN = ["Sơn", "Tùng", "Hà", "Hùng", "Lan", "Thắng", "Dũng", "Hương", "Tuấn", "Thìn", "Bình", "Hải", "Nga"]
SIGNER_TITLES = {
    "qh": ["Chủ tịch Quốc hội"],
    "cp": ["Thủ tướng", "Phó Thủ tướng"],
    "ttg": ["Thủ tướng", "Phó Thủ tướng"],
    "bo": ["Bộ trưởng", "Thứ trưởng"],
    "hdnd": ["Chủ tịch", "Phó Chủ tịch"],
    "ubnd": ["Chủ tịch", "Phó Chủ tịch"],
    "vp": ["Chánh Văn phòng", "Phó Chánh Văn phòng"],
    "so": ["Giám đốc", "Phó Giám đốc"],
    "huyen": ["Chủ tịch", "Phó Chủ tịch"],
}
LETTER_UNITS = ["VP", "VP1", "VP2", "VP3", "VP5", "KT", "TH", "NC"]
RELATION_KINDS = [("replaces", 35), ("amends", 30), ("repeals", 10), ("basis", 15), ("guides", 10)]
FIELD_WEIGHTS = [1 / (rank + 1) ** 0.7 for rank in range(len(FIELDS))]
TYPE_INDEX = {name: index for index, (name, _code, _weight) in enumerate(DOC_TYPES)}


def legislature(year):
    return f"QH{11 + max(0, (year - 2002) // 5)}"


class Corpus:
    """Draws realistic legal documents: issuer, type, number, dates, fields and summary, one at a time."""

    def __init__(self, seed, today):
        self.rng = random.Random(seed)
        self.today = today
        self.years = list(range(today.year - 19, today.year + 1))
        self.year_weights = [1 + 0.3 * index for index in range(len(self.years))]  # more documents recently
        self.counters = {}

    def _next_number(self, key):
        self.counters[key] = self.counters.get(key, 0) + self.rng.choice((1, 1, 1, 2, 3))
        return self.counters[key]

    def _date(self):
        year = self.rng.choices(self.years, self.year_weights)[0]
        start = datetime.date(year, 1, 2)
        end = min(datetime.date(year, 12, 30), self.today)
        return start + datetime.timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def person(self):
        rng = self.rng
        return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"

    def document(self):
        rng = self.rng
        issuer = rng.choices(range(len(ISSUERS)), [row[4] for row in ISSUERS])[0]
        _name, _short, sign, kind, _weight = ISSUERS[issuer]
        allowed = TYPES_BY_KIND[kind]
        type_name = rng.choices(allowed, [DOC_TYPES[TYPE_INDEX[t]][2] for t in allowed])[0]
        code = DOC_TYPES[TYPE_INDEX[type_name]][1]
        issued = self._date()
        year = issued.year
        legal = (
            type_name in ("Luật", "Nghị định", "Thông tư")
            or (type_name == "Nghị quyết" and kind in ("qh", "hdnd") and rng.random() < 0.7)
            or (type_name == "Quyết định" and kind == "ubnd" and rng.random() < 0.25)
            or (type_name == "Quyết định" and kind == "huyen" and rng.random() < 0.05)
            or (type_name == "Chỉ thị" and kind == "ubnd" and rng.random() < 0.1)
        )
        if type_name == "Luật":
            number = f"{self._next_number((issuer, 'law', year))}/{year}/{legislature(year)}"
        elif legal:
            number = f"{self._next_number((issuer, code, year)):02d}/{year}/{code}-{sign}"
        elif code:
            # Without the year, numbers of an issuer repeat every year; they are kept unique here (see the report).
            number = f"{self._next_number((issuer, code))}/{code}-{sign}"
        else:
            unit = rng.choice(LETTER_UNITS) if kind in ("ubnd", "vp") else "VP"
            number = f"{self._next_number((issuer, 'letter'))}/{sign}-{unit}"
        subject, main_field = rng.choice(SUBJECTS)
        summary = self.summary(type_name, legal, kind, subject, main_field, year)
        fields = [main_field]
        for _ in range(rng.choices((0, 1, 2), (60, 30, 10))[0]):
            extra = rng.choices(FIELDS, FIELD_WEIGHTS)[0]
            if extra not in fields:
                fields.append(extra)
        effective = expiry = None
        if legal:
            effective = issued + datetime.timedelta(days=rng.randint(10, 45))
        if type_name == "Kế hoạch" and rng.random() < 0.3:
            expiry = datetime.date(year, 12, 31)
        elif rng.random() < 0.02:
            expiry = (effective or issued) + datetime.timedelta(days=rng.randint(180, 1500))
        if expiry and expiry <= (effective or issued):
            expiry = None
        override = ""
        if rng.random() < 0.01:
            override = rng.choice(("expired", "expired", "in_force"))
        return {
            "number": number,
            "type": type_name,
            "issuer": issuer,
            "group": "vbqppl" if legal else "chidao",
            "issue_date": issued,
            "effective_date": effective,
            "expiry_date": expiry,
            "validity_override": override,
            "fields": fields,
            "summary": summary,
            "subject": subject,
            "signer": self.person(),
            "signer_title": rng.choice(SIGNER_TITLES[kind]),
            "is_published": rng.random() >= 0.01,
        }

    def summary(self, type_name, legal, kind, subject, main_field, year):
        rng = self.rng
        law = rng.choice(LAWS)
        where = "trên địa bàn tỉnh Ninh Bình"
        choices = {
            "Luật": [f"Luật {law}", f"Luật sửa đổi, bổ sung một số điều của Luật {law}"],
            "Nghị định": [
                f"Quy định chi tiết một số điều và biện pháp thi hành Luật {law}",
                f"Quy định về {subject}",
            ],
            "Thông tư": [f"Hướng dẫn thực hiện {subject}", f"Quy định chi tiết về {subject}"],
            "Nghị quyết": [f"Quy định {subject} {where}", f"Về {subject} giai đoạn {year}-{year + 4}"]
            if legal or kind == "hdnd"
            else [f"Về {subject}", f"Phiên họp Chính phủ thường kỳ tháng {rng.randint(1, 12)} năm {year}"],
            "Quyết định": [
                f"Ban hành Quy định về {subject} {where}",
                f"Sửa đổi, bổ sung một số điều của Quy định về {subject} {where}",
            ]
            if legal
            else [
                f"Về việc phê duyệt Đề án {subject} giai đoạn {year}-{year + 5}",
                f"Về việc ban hành Kế hoạch {subject} năm {year}",
                f"Về việc kiện toàn Ban Chỉ đạo {subject}",
                f"Về việc công bố danh mục thủ tục hành chính lĩnh vực {main_field.lower()}",
                f"Về việc giao chỉ tiêu {subject} năm {year}",
            ],
            "Chỉ thị": [f"Về tăng cường {subject}", f"Về đẩy mạnh {subject} năm {year}"],
            "Kế hoạch": [f"Triển khai {subject} năm {year}", f"Thực hiện {subject} giai đoạn {year}-{year + 4}"],
            "Công văn": [f"V/v triển khai {subject}", f"V/v tăng cường {subject}", f"V/v báo cáo kết quả {subject}"],
            "Thông báo": [f"Kết luận tại cuộc họp về {subject}", f"Kết quả kiểm tra {subject} năm {year}"],
            "Hướng dẫn": [f"Hướng dẫn thực hiện {subject}", f"Hướng dẫn {subject} năm {year}"],
            "Báo cáo": [
                f"Kết quả thực hiện {subject} năm {year}",
                f"Tình hình {subject} 6 tháng đầu năm {year}",
            ],
            "Tờ trình": [
                f"Đề nghị ban hành Nghị quyết quy định {subject} {where}",
                f"Đề nghị phê duyệt {subject}",
            ],
        }[type_name]
        return rng.choice(choices)


def doc_text(spec, rng, issuer_name, words):
    """The paragraphs of a document's body, about ``words`` words: legal bases, articles or sections, closing."""
    type_name = spec["type"]
    paragraphs = [issuer_name.upper()]
    if type_name not in ("Công văn", "Thông báo", "Báo cáo", "Tờ trình"):
        paragraphs += rng.sample(LEGAL_BASES, k=rng.randint(2, 4))
        department = rng.choice([row for row in ISSUERS if row[3] == "so"])
        paragraphs.append(
            f"Theo đề nghị của Giám đốc {department[0]} tại Tờ trình số {rng.randint(1, 400)}/TTr-{department[2]} "
            f"ngày {spec['issue_date']:%d/%m/%Y}."
        )
    else:
        paragraphs.append(
            "Kính gửi: Các sở, ban, ngành thuộc tỉnh; Ủy ban nhân dân các huyện, thành phố."
            if type_name == "Công văn"
            else f"Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về {spec['subject']}, nội dung cụ thể như sau:"
        )
    lead = {"Nghị quyết": "QUYẾT NGHỊ:", "Quyết định": "QUYẾT ĐỊNH:", "Kế hoạch": "I. MỤC ĐÍCH, YÊU CẦU"}
    if type_name in lead:
        paragraphs.append(lead[type_name])
    if type_name == "Kế hoạch":
        paragraphs += rng.sample(PURPOSES, k=2)
        paragraphs.append("II. NHIỆM VỤ VÀ GIẢI PHÁP")
    count = sum(len(p.split()) for p in paragraphs)
    article = 1
    articled = type_name in ("Luật", "Nghị định", "Thông tư", "Nghị quyết", "Quyết định", "Chỉ thị")
    first = f"{spec['summary']}."
    while count < words:
        clauses = [f"{n}. {action[0].upper()}{action[1:]}." for n, action in enumerate(rng.sample(ACTIONS, k=3), 1)]
        if article == 1:
            clauses.insert(0, first)
        head = f"Điều {article}. " if articled else f"{article}. "
        lead_unit = rng.choice([row[0] for row in ISSUERS if row[3] == "so"])
        text = f"{head}{lead_unit} chủ trì, phối hợp với Ủy ban nhân dân {rng.choice(PLACES)}: " + " ".join(clauses)
        paragraphs.append(text)
        count += len(text.split())
        article += 1
    when = f"ngày {spec['effective_date']:%d/%m/%Y}" if spec["effective_date"] else "ngày ký"
    if articled:
        paragraphs.append(f"Điều {article}. {type_name} này có hiệu lực kể từ {when}.")
        paragraphs.append(
            f"Điều {article + 1}. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban "
            f"nhân dân các huyện, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành "
            f"{type_name} này./."
        )
    else:
        paragraphs.append(
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị phản ánh kịp thời để xử lý./."
        )
    paragraphs.append(
        "Nơi nhận: - Như trên; - Bộ Tư pháp (Cục Kiểm tra văn bản QPPL); - Thường trực Tỉnh ủy; - Thường trực HĐND "
        "tỉnh; - Chủ tịch, các Phó Chủ tịch UBND tỉnh; - Lưu: VT."
    )
    paragraphs.append(f"{spec['signer_title'].upper()} {spec['signer']}")
    return paragraphs


# --- children: the parts that run with Django set up, in their own process -------------------------------------------


def django_setup():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django

    django.setup()


def emit(report):
    print(JSON_PREFIX + json.dumps(report, default=str), flush=True)


def _render_pdf(task):
    """In a worker process: write one PDF; returns (relative path, bytes, pages)."""
    from pypdf import PdfReader

    from documents.files import make_pdf

    out, relpath, title, paragraphs, header, footer = task
    data = make_pdf(title, paragraphs, header_lines=header, footer=footer)
    path = Path(out) / relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return relpath, len(data), len(PdfReader(io.BytesIO(data)).pages)


def child_generate_pdfs(args):
    """``--count`` documents as PDFs in ``--out`` (one folder per year) and ``--out``/manifest.csv."""
    from concurrent.futures import ProcessPoolExecutor

    from django.utils import timezone

    out = Path(args.out)
    files_dir = out / "files"
    files_dir.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(args.seed, timezone.localdate())
    rng = random.Random(args.seed + 1)
    tasks, rows = [], []
    for _ in range(args.count):
        spec = corpus.document()
        issuer_name = ISSUERS[spec["issuer"]][0]
        pages = rng.choices((1, 2, 3), (45, 35, 20))[0]
        # Words of the body's articles (heading and closing add ~150): about 1, 2 or 3 A4 pages in 13 pt type.
        words = {1: rng.randint(90, 160), 2: rng.randint(360, 540), 3: rng.randint(720, 860)}[pages]
        issued = spec["issue_date"]
        header = [
            issuer_name.upper(),
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            f"Số: {spec['number']} — Ninh Bình, ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}",
        ]
        title = f"{spec['type'].upper()}\n{spec['summary']}"
        stem = f"{issued.year}/{spec['type']} {spec['number'].replace('/', '-')}"
        names = [f"{stem}.pdf"]
        tasks.append(
            (str(files_dir), names[0], title, doc_text(spec, rng, issuer_name, words), header, f"Số: {spec['number']}")
        )
        if rng.random() < 0.15:
            names.append(f"{stem} - Phụ lục.pdf")
            lines = [
                f"(Kèm theo {spec['type']} số {spec['number']} ngày {issued:%d/%m/%Y} của {issuer_name})",
                *(
                    f"{n}. {rng.choice(PLACES).capitalize()}: {f'{rng.randint(2, 90) * 50_000:,}'.replace(',', '.')} "
                    f"đồng/m²; thời hạn hoàn thành quý {rng.randint(1, 4)} năm {issued.year}."
                    for n in range(1, rng.randint(12, 25))
                ),
            ]
            tasks.append((str(files_dir), names[1], f"PHỤ LỤC\nDanh mục {spec['subject']}", lines, header[:3], None))
        rows.append(
            [
                spec["number"],
                spec["type"],
                spec["group"],
                issuer_name,
                spec["signer"],
                spec["signer_title"],
                f"{issued:%d/%m/%Y}",
                f"{spec['effective_date']:%d/%m/%Y}" if spec["effective_date"] else "",
                f"{spec['expiry_date']:%d/%m/%Y}" if spec["expiry_date"] else "",
                "; ".join(spec["fields"]),
                spec["summary"],
                ";".join(names),
            ]
        )
    started = time.perf_counter()
    sizes, page_counts = [], {}
    with ProcessPoolExecutor(max_workers=args.pdf_workers) as pool:
        for relpath, size, pages in pool.map(_render_pdf, tasks, chunksize=8):
            sizes.append(size)
            if "Phụ lục" not in relpath:
                page_counts[pages] = page_counts.get(pages, 0) + 1
    with open(out / "manifest.csv", "w", encoding="utf-8-sig", newline="") as manifest:
        writer = csv.writer(manifest)
        writer.writerow(
            [
                "so_ky_hieu",
                "loai",
                "nhom",
                "co_quan",
                "nguoi_ky",
                "chuc_vu",
                "ngay_ban_hanh",
                "ngay_hieu_luc",
                "ngay_het_hieu_luc",
                "linh_vuc",
                "trich_yeu",
                "tep",
            ]
        )
        writer.writerows(rows)
    emit(
        {
            "documents": len(rows),
            "files": len(tasks),
            "annexes": len(tasks) - len(rows),
            "bytes": sum(sizes),
            "pages": {str(k): v for k, v in sorted(page_counts.items())},
            "render_s": time.perf_counter() - started,
        }
    )


def indexed_documents(backend):
    """{id: stored title} of the documents in the search index (Whoosh)."""
    from haystack.constants import DJANGO_CT, DJANGO_ID

    if not backend.setup_complete:
        backend.setup()
    with backend.index.refresh().searcher() as searcher:
        return {
            int(fields[DJANGO_ID]): fields.get("display_title", "")
            for fields in searcher.documents(**{DJANGO_CT: "documents.legaldocument"})
        }


def child_verify_import(args):
    """What the import left: documents, their text, attachments, the search index, and a few look-ups by number."""
    from django.db.models import Avg, Q, Sum
    from django.db.models.functions import Length
    from haystack import connections

    from documents.models import Attachment, LegalDocument
    from search.service import build_query, search

    documents = LegalDocument.objects.all()
    ids = set(documents.values_list("pk", flat=True))
    report = {
        "documents": len(ids),
        "with_text": documents.filter(has_text_layer=True).exclude(text="").count(),
        "without_text": documents.filter(Q(has_text_layer=False) | Q(has_text_layer__isnull=True) | Q(text="")).count(),
        "with_own_number": sum(
            number.casefold() in text.casefold() for number, text in documents.values_list("number", "text")
        ),
        "avg_chars": documents.aggregate(n=Avg(Length("text")))["n"] or 0,
        "main_files": Attachment.objects.filter(kind=Attachment.MAIN).count(),
        "annexes": Attachment.objects.filter(kind=Attachment.ANNEX).count(),
        "pages": Attachment.objects.filter(kind=Attachment.MAIN).aggregate(n=Sum("page_count"))["n"] or 0,
    }
    backend = connections["default"].get_backend()
    indexed_ids = set(indexed_documents(backend))
    report["index_distinct"] = len(indexed_ids)
    report["missing_from_index"] = len(ids - indexed_ids)
    rng = random.Random(args.seed)
    sample = list(documents.filter(pk__in=rng.sample(sorted(ids), k=min(5, len(ids)))))
    found = 0
    for document in sample:
        results = search(build_query({"q": document.number, "type": "document"}))
        found += any(hit["url"] == document.get_absolute_url() for hit in results.hits)
    report["lookups"] = [found, len(sample)]
    emit(report)


def child_load_finder(args):
    """``--count`` documents through bulk_create: reference data, documents, fields, one attachment each, relations."""
    from django.conf import settings
    from django.db import connection, transaction
    from django.utils import timezone

    from documents.files import make_pdf
    from documents.models import (
        Attachment,
        DocumentField,
        DocumentRelation,
        DocumentType,
        IssuingBody,
        LegalDocument,
    )
    from portal.text import ascii_slug

    steps = {}

    @contextlib.contextmanager
    def step(name):
        t0 = time.perf_counter()
        yield
        steps[name] = time.perf_counter() - t0

    today = timezone.localdate()
    with step("generate"):
        corpus = Corpus(args.seed, today)
        rng = random.Random(args.seed + 1)
        specs = [corpus.document() for _ in range(args.count)]
        # Relations: ~12% of the documents act on an older one of the same issuer (or, for a basis, of any).
        by_issuer = {}
        order = sorted(range(len(specs)), key=lambda i: specs[i]["issue_date"])
        relations = set()
        for position, index in enumerate(order):
            spec = specs[index]
            earlier = by_issuer.setdefault(spec["issuer"], [])
            if earlier and rng.random() < 0.12:
                kind = rng.choices([k for k, _ in RELATION_KINDS], [w for _, w in RELATION_KINDS])[0]
                pool = earlier[-400:] if kind != "basis" else order[max(0, position - 2000) : position]
                target = rng.choice(pool)
                if target != index and specs[target]["issue_date"] <= spec["issue_date"]:
                    relations.add((index, target, kind))
            earlier.append(index)
        specs_order = list(range(len(specs)))
        rng.shuffle(specs_order)  # rows are not stored in date order
        pdf = make_pdf(
            "QUYẾT ĐỊNH\nVề việc ban hành văn bản mẫu",
            doc_text(specs[0], rng, ISSUERS[specs[0]["issuer"]][0], 250),
            header_lines=["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        )
        shared = Path(settings.MEDIA_ROOT) / SHARED_PDF
        shared.parent.mkdir(parents=True, exist_ok=True)
        shared.write_bytes(pdf)
        sha256 = hashlib.sha256(pdf).hexdigest()
    with transaction.atomic():
        with step("reference"):
            types = DocumentType.objects.bulk_create(
                [
                    DocumentType(name=name, code=code, slug=ascii_slug(name), sort_order=order)
                    for order, (name, code, _w) in enumerate(DOC_TYPES)
                ]
            )
            bodies = IssuingBody.objects.bulk_create(
                [
                    IssuingBody(name=name, short_name=short, slug=ascii_slug(short), sort_order=order)
                    for order, (name, short, _sign, _kind, _w) in enumerate(ISSUERS)
                ]
            )
            fields = {
                f.name: f
                for f in DocumentField.objects.bulk_create(
                    [DocumentField(name=name, slug=ascii_slug(name)) for name in FIELDS]
                )
            }
        pks = {}
        with step("documents"):
            batch_size = 1000
            for start in range(0, len(specs_order), batch_size):
                chunk = specs_order[start : start + batch_size]
                objects = []
                for index in chunk:
                    spec = specs[index]
                    body = doc_text(spec, rng, ISSUERS[spec["issuer"]][0], 60)
                    objects.append(
                        LegalDocument(
                            number=spec["number"],
                            document_type=types[TYPE_INDEX[spec["type"]]],
                            group=spec["group"],
                            issuing_body=bodies[spec["issuer"]],
                            signer=spec["signer"],
                            signer_title=spec["signer_title"],
                            issue_date=spec["issue_date"],
                            effective_date=spec["effective_date"],
                            expiry_date=spec["expiry_date"],
                            validity_override=spec["validity_override"],
                            summary=spec["summary"],
                            text="\n".join(body),
                            has_text_layer=True,
                            is_published=spec["is_published"],
                        )
                    )
                for index, obj in zip(chunk, LegalDocument.objects.bulk_create(objects), strict=True):
                    if obj.pk is None:
                        raise RuntimeError("bulk_create returned no primary keys")
                    pks[index] = obj.pk
        with step("fields"):
            through = LegalDocument.fields.through
            links = [
                through(legaldocument_id=pks[index], documentfield_id=fields[name].pk)
                for index in specs_order
                for name in specs[index]["fields"]
            ]
            through.objects.bulk_create(links, batch_size=5000)
        with step("attachments"):
            Attachment.objects.bulk_create(
                [
                    Attachment(
                        document_id=pks[index],
                        kind=Attachment.MAIN,
                        title=f"{specs[index]['type']} {specs[index]['number']}",
                        file=SHARED_PDF,
                        original_name=f"{specs[index]['number'].replace('/', '-')}.pdf",
                        file_type="pdf",
                        size=len(pdf),
                        sha256=sha256,
                        page_count=1,
                    )
                    for index in specs_order
                ],
                batch_size=2000,
            )
        with step("relations"):
            DocumentRelation.objects.bulk_create(
                [
                    DocumentRelation(source_id=pks[source], target_id=pks[target], kind=kind)
                    for source, target, kind in sorted(relations)
                ],
                batch_size=2000,
            )
    with step("counts"):
        published = LegalDocument.objects.published()
        in_force = published.in_force().count()
        kinds = {}
        for _source, _target, kind in relations:
            kinds[kind] = kinds.get(kind, 0) + 1
        report = {
            "documents": LegalDocument.objects.count(),
            "published": published.count(),
            "in_force": in_force,
            "field_links": len(links),
            "relations": kinds,
            "types": len(types),
            "bodies": len(bodies),
            "fields": len(fields),
            "years": f"{corpus.years[0]}–{corpus.years[-1]}",
            "vendor": connection.vendor,
        }
    report["steps"] = steps
    emit(report)


def child_index_finder(_args):
    """Index the bulk-created documents in the search backend (only useful when it can answer keyword queries)."""
    from haystack import connections

    from documents.models import LegalDocument

    backend = connections["default"].get_backend()
    index = connections["default"].get_unified_index().get_index(LegalDocument)
    queryset = index.index_queryset().order_by("pk")
    pks = list(queryset.values_list("pk", flat=True))

    def batches(size=1000):
        for start in range(0, len(pks), size):
            yield list(queryset.filter(pk__in=pks[start : start + size]))

    started = time.perf_counter()
    backend.clear()  # the folder holds the finder's documents only (SEARCH_URL set by the benchmark)
    if hasattr(backend, "bulk_update"):
        count = backend.bulk_update(index, batches(), procs=min(2, CPUS), fresh=True)
    else:
        count = 0
        for batch in batches():
            backend.update(index, batch)
            count += len(batch)
    emit({"indexed": count, "wall": time.perf_counter() - started})


def child_probe(_args):
    """How many documents; whether the backend answers keywords and its index holds exactly the published ones."""
    from haystack import connections

    from documents.models import LegalDocument

    backend = connections["default"].get_backend()
    report = {"documents": LegalDocument.objects.count(), "portal_ids": hasattr(backend, "portal_ids")}
    if report["portal_ids"]:
        titles = indexed_documents(backend)
        published = dict(LegalDocument.objects.published().values_list("pk", "number"))
        # The finder builds of both backends share one index (same seed, same ids): check it is this database's.
        sample = random.Random(0).sample(sorted(published), k=min(50, len(published)))
        report["index_ok"] = (
            bool(published)
            and set(titles) == set(published)
            and all(titles[pk].startswith(published[pk]) for pk in sample)
        )
        report["index_entries"] = len(titles)
        report["missing_columns"] = missing_columns(backend)
    emit(report)


def missing_columns(backend):
    """The columns the backend's schema declares that a segment of its Whoosh index lacks (written by older code:
    e.g. before django_id was a column, which the keyword ids are read from)."""
    if not hasattr(backend, "index"):
        return []
    with backend.index.refresh().reader() as reader:
        leaves = [segment for segment, _offset in reader.leaf_readers()] if reader.doc_count_all() else []
        names = [name for name, fieldobj in backend.schema.items() if fieldobj.column_type]
        return sorted({name for segment in leaves for name in names if not segment.has_column(name)})


def finder_variants(has_keyword):
    """[(label, params)] of the URL variants, the filter values chosen from the data (the largest of each)."""
    from django.db.models import Count, Q
    from django.utils import timezone

    from documents.models import DocumentField, DocumentType, IssuingBody, LegalDocument

    def largest(model):
        counted = model.objects.annotate(n=Count("documents", filter=Q(documents__is_published=True)))
        return counted.order_by("-n", "pk").first()

    doc_type, body, doc_field = largest(DocumentType), largest(IssuingBody), largest(DocumentField)
    year = timezone.localdate().year - 1
    variants = [
        ("no filter", {}),
        ("loai", {"loai": doc_type.slug}),
        ("co-quan", {"co-quan": body.slug}),
        ("linh-vuc", {"linh-vuc": doc_field.slug}),
        ("nam", {"nam": str(year)}),
        ("nhom", {"nhom": "vbqppl"}),
        ("hieu-luc=con", {"hieu-luc": "con"}),
        ("hieu-luc=het", {"hieu-luc": "het"}),
        ("3 filters", {"loai": doc_type.slug, "linh-vuc": doc_field.slug, "hieu-luc": "con"}),
        ("page=500", {"page": "500"}),
        ("sap-xep=cu-nhat", {"sap-xep": "cu-nhat"}),
    ]
    if has_keyword:
        number = (
            LegalDocument.objects.published()
            .filter(group="vbqppl", document_type=doc_type)
            .order_by("-issue_date", "-pk")
            .values_list("number", flat=True)
            .first()
        )
        variants += [
            ("q=bảng giá đất", {"q": "bảng giá đất"}),
            ("q=chuyen doi so", {"q": "chuyen doi so"}),
            ("q=<number>", {"q": number or "163/2025/QĐ-UBND"}),
            ("q=ke hoach + 2 filters", {"q": "ke hoach", "co-quan": body.slug, "hieu-luc": "con"}),
        ]
    return variants


def child_profile(args):
    """Render each URL variant in-process: status, result count, SQL queries (each SELECT re-run and fully fetched)."""
    from django.db import connection
    from django.http import QueryDict
    from django.test import Client
    from haystack import connections

    from documents import finder

    has_keyword = hasattr(connections["default"].get_backend(), "portal_ids")
    client = Client(HTTP_HOST=HOST)
    report = {"has_portal_ids": has_keyword, "vendor": connection.vendor, "variants": []}

    def literal(value):
        if isinstance(value, str):  # also the Validity choices, whose repr() is not SQL
            return repr(str(value))
        if isinstance(value, datetime.date):
            return repr(value.isoformat())
        return repr(value)

    def shown(sql, params):
        try:
            return sql % tuple(literal(p) for p in params or ())
        except (TypeError, ValueError):
            return sql

    def explain(sql, params):
        prefix = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN (ANALYZE, BUFFERS) "
        with connection.cursor() as cursor:
            cursor.execute(prefix + sql, params)
            rows = cursor.fetchall()
        if connection.vendor == "sqlite":
            depth, lines = {0: 0}, []
            for node, parent, _unused, detail in rows:
                depth[node] = depth.get(parent, 0) + 1
                lines.append("  " * (depth[node] - 1) + detail)
            return lines
        return [row[0] for row in rows][:60]

    for label, params in finder_variants(has_keyword):
        query = urllib.parse.urlencode(params)
        url = "/van-ban/" + (f"?{query}" if query else "")
        entry = {"label": label, "params": params, "url": url}
        report["variants"].append(entry)
        try:
            client.get(url)  # first render: template loading, caches
            captured = []

            def record(execute, sql, params, many, context, captured=captured):
                captured.append((sql, params, many))
                return execute(sql, params, many, context)

            with connection.execute_wrapper(record):
                t0 = time.perf_counter()
                response = client.get(url)
                entry["render_ms"] = (time.perf_counter() - t0) * 1000
            entry["status"] = response.status_code
            entry["rows"] = response.content.decode("utf-8", "replace").count('class="document-result"')
            entry["count"] = finder.find(QueryDict(query)).count
        except Exception as error:  # noqa: BLE001 — an app error is reported, not a reason to stop
            entry["status"] = 500
            entry["error"] = f"{type(error).__name__}: {error}"[:300]
            continue
        timed = []
        for sql, sql_params, many in captured:
            if many or not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            try:
                with connection.cursor() as cursor:
                    t0 = time.perf_counter()
                    cursor.execute(sql, sql_params)
                    cursor.fetchall()
                    timed.append(((time.perf_counter() - t0) * 1000, sql, sql_params))
            except Exception as error:  # noqa: BLE001 — e.g. a table the page tolerates missing
                entry.setdefault("sql_errors", []).append(f"{type(error).__name__}: {error}"[:200])
        timed.sort(key=lambda q: -q[0])
        entry["queries"] = len(captured)
        entry["sql_ms"] = sum(ms for ms, _sql, _params in timed)
        entry["slowest"] = [(ms, shown(sql, p)) for ms, sql, p in timed[:2]]
        if timed and timed[0][0] >= args.explain_ms:
            entry["plan"] = explain(timed[0][1], timed[0][2])
    emit(report)


CHILDREN = {
    "generate-pdfs": child_generate_pdfs,
    "verify-import": child_verify_import,
    "load-finder": child_load_finder,
    "index-finder": child_index_finder,
    "probe": child_probe,
    "profile": child_profile,
}


# --- processes: memory and CPU from /proc ---------------------------------------------------------------------------


def _process_table():
    """{pid: (name, ppid, CPU seconds, RSS bytes)} of every process, from /proc."""
    table = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as f:
                stat = f.read()
            name = stat[stat.index("(") + 1 : stat.rindex(")")]
            fields = stat[stat.rindex(")") + 2 :].split()
            cpu = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
            table[int(entry.name)] = (name, int(fields[1]), cpu, int(fields[21]) * PAGE_SIZE)
        except (OSError, ValueError, IndexError):
            continue
    return table


def cpu_busy_seconds():
    """CPU seconds the whole machine has spent busy since boot (all CPUs, from /proc/stat)."""
    with open("/proc/stat", encoding="ascii") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    return (sum(values[:8]) - idle) / CLOCK_TICKS


class Sampler(threading.Thread):
    """Samples a process tree's summed RSS, and the CPU of the tree and of the PostgreSQL backends of one database.

    PostgreSQL backends show their database in their process title ("postgres: user db 127.0.0.1(port) idle"),
    which is how the server-side work of a phase is told from the rest of the machine's load.
    """

    def __init__(self, pid, db_name=None, interval=0.25):
        super().__init__(daemon=True)
        self.pid = pid
        self.db_name = db_name
        self.interval = interval
        self.peak = 0
        self.peak_processes = 0
        self.cpu = {}  # pid: [first, last] CPU seconds seen, for the tree
        self.db_cpu = {}  # the same for the database's backends
        self.done = threading.Event()
        self.first = True

    def _track(self, store, pid, cpu):
        if pid not in store:
            store[pid] = [cpu if self.first else 0.0, cpu]
        store[pid][1] = cpu

    def sample(self):
        table = _process_table()
        tree, frontier = set(), {self.pid}
        while frontier:
            tree |= frontier
            frontier = {pid for pid, row in table.items() if row[1] in frontier} - tree
        live = tree & table.keys()
        total = sum(table[pid][3] for pid in live)
        if total > self.peak:
            self.peak, self.peak_processes = total, len(live)
        for pid in live:
            self._track(self.cpu, pid, table[pid][2])
        if self.db_name:
            needle = f" {self.db_name} ".encode()
            for pid, (name, _ppid, cpu, _rss) in table.items():
                if name != "postgres":
                    continue
                try:
                    with open(f"/proc/{pid}/cmdline", "rb") as f:
                        title = f.read().replace(b"\0", b" ")
                except OSError:
                    continue
                if needle in title:
                    self._track(self.db_cpu, pid, cpu)
        self.first = False

    def run(self):
        while not self.done.is_set():
            self.sample()
            self.done.wait(self.interval)

    def stop(self):
        self.done.set()
        self.join()
        with contextlib.suppress(Exception):
            self.sample()

    @property
    def tree_cpu(self):
        return sum(last - first for first, last in self.cpu.values())

    @property
    def database_cpu(self):
        return sum(last - first for first, last in self.db_cpu.values())


@dataclass
class Phase:
    name: str
    wall: float
    items: int | None = None
    unit: str = ""
    peak_tree: int = 0  # bytes, summed RSS of the process tree (sampled)
    peak_processes: int = 0
    maxrss: int = 0  # bytes, the largest single process (ru_maxrss of the child and its waited-for descendants)
    cpu: float = 0.0  # CPU seconds of the process tree, including the database server's work for it
    db_cpu: float = 0.0  # of which PostgreSQL backends
    others: float | None = None  # CPU seconds the rest of the machine used meanwhile
    note: str = ""
    earlier: bool = False  # measured by an earlier run (--var), reprinted


@dataclass
class Run:
    args: argparse.Namespace
    work_dir: Path
    static_root: Path
    phases: list = field(default_factory=list)

    def command(self, argv, name, env, log_file, db_name=None):
        """Run a command with its output in ``log_file``; time it and sample its memory. Returns (Phase, stdout)."""
        with open(log_file, "a", encoding="utf-8") as out:
            out.write(f"\n$ {' '.join(str(a) for a in argv)}\n")
            out.flush()
            started = time.monotonic()
            busy = cpu_busy_seconds()
            process = subprocess.Popen(
                argv,
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=out,
                text=True,
                stdin=subprocess.DEVNULL,
                start_new_session=True,  # Ctrl-C reaches us only; we stop the whole group
            )
            sampler = Sampler(process.pid, db_name)
            sampler.start()
            try:
                stdout = process.stdout.read()
                _pid, status, usage = os.wait4(process.pid, 0)
            except BaseException:
                stop_group(process)
                raise
            finally:
                sampler.stop()
            process.returncode = os.waitstatus_to_exitcode(status)
            wall = time.monotonic() - started
            busy = cpu_busy_seconds() - busy
            out.write(stdout)
        if process.returncode != 0:
            raise SetupError(f"{name} failed (exit {process.returncode}); end of {log_file}:\n{tail(log_file)}")
        db_cpu = sampler.database_cpu
        cpu = usage.ru_utime + usage.ru_stime + db_cpu
        phase = Phase(
            name,
            wall,
            peak_tree=sampler.peak,
            peak_processes=sampler.peak_processes,
            maxrss=usage.ru_maxrss * 1024,
            cpu=cpu,
            db_cpu=db_cpu,
            others=max(0.0, busy - cpu),
        )
        return phase, stdout

    def manage(self, env, log_file, *args, name=None, db_name=None, record=True):
        phase, stdout = self.command(
            [PYTHON, "manage.py", *args], name or f"manage.py {' '.join(args)}", env, log_file, db_name
        )
        if record:
            self.add(phase)
        return phase, stdout

    def child(self, env, log_file, mode, *args, name, db_name=None, record=True):
        argv = [PYTHON, str(Path(__file__).resolve()), "--child", mode, *map(str, args)]
        phase, stdout = self.command(argv, name, env, log_file, db_name)
        lines = [line for line in stdout.splitlines() if line.startswith(JSON_PREFIX)]
        if not lines:
            raise SetupError(f"{name} printed no result; end of {log_file}:\n{tail(log_file)}")
        if record:
            self.add(phase)
        return phase, json.loads(lines[-1][len(JSON_PREFIX) :])

    def add(self, phase):
        self.phases.append(phase)
        rate = f", {phase.items / phase.wall:,.1f} {phase.unit}/s" if phase.items and phase.wall else ""
        memory = f", peak RSS {mib(phase.peak_tree):,.0f} MiB" if phase.peak_tree else ""
        log(f"    {phase.name}: {phase.wall:.1f} s{rate}{memory}" + (" *" if phase.earlier else ""))

    def timed(self, name, started, **extra):
        self.add(Phase(name, time.monotonic() - started, **extra))


# --- PostgreSQL -----------------------------------------------------------------------------------------------------


class Postgres:
    """Creates and drops throw-away databases through the maintenance database ``postgres``."""

    def __init__(self, admin_url):
        try:
            import psycopg2
        except ImportError as exc:
            raise SetupError("psycopg2 is not installed (pip install -r requirements.txt)") from exc
        self.psycopg2 = psycopg2
        self.admin_url = admin_url
        self.created = []

    def execute(self, sql, database_url=None):
        url = database_url or self.admin_url
        try:
            conn = self.psycopg2.connect(url, connect_timeout=10)
        except self.psycopg2.Error as exc:
            raise SetupError(f"cannot connect to PostgreSQL at {url}: {exc}".strip()) from exc
        try:
            conn.autocommit = True
            with conn.cursor() as cursor:
                cursor.execute(sql)
                return cursor.fetchall() if cursor.description else None
        except self.psycopg2.Error as exc:
            raise SetupError(f"PostgreSQL: {sql}: {exc}".strip()) from exc
        finally:
            conn.close()

    def setting(self, name):
        return self.execute(f"SHOW {name}")[0][0]

    def exists(self, name):
        return bool(self.execute(f"SELECT 1 FROM pg_database WHERE datname = '{name}'"))

    def create(self, name):
        self.drop(name)
        self.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
        self.created.append(name)

    def drop(self, name):
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if name in self.created:
            self.created.remove(name)

    def url(self, name):
        return f"{self.admin_url.rsplit('/', 1)[0]}/{name}"


# --- HTTP -------------------------------------------------------------------------------------------------------------


# --- part 1: the import -----------------------------------------------------------------------------------------------


def run_import(run):
    """Generate (or reuse) the PDFs, import them into a fresh portal twice, check what was stored. Returns a dict."""
    args = run.args
    count = args.import_count
    base = run.work_dir / "import"
    pdf_dir = base / f"pdfs-{count}-{args.seed}"
    var_dir = base / "var"
    log_file = base / "setup.log"
    base.mkdir(parents=True, exist_ok=True)
    log(f"\n== Import: {count:,} generated PDFs → import_documents in a fresh embedded portal ({var_dir}) ==")
    shutil.rmtree(var_dir, ignore_errors=True)  # the import is measured on a fresh database, also with --var
    env = base_env(var_dir, run.static_root)
    result = {"count": count, "log": str(log_file)}
    marker = pdf_dir / PDF_MARKER
    if marker.exists():
        saved = json.loads(marker.read_text(encoding="utf-8"))
        result["pdfs"] = saved["report"]
        phase = Phase(**{**saved["phase"], "earlier": True})
        run.add(phase)
        log(f"      (reusing the PDFs generated on {saved['generated']} in {pdf_dir})")
    else:
        shutil.rmtree(pdf_dir, ignore_errors=True)
        phase, report = run.child(
            env,
            log_file,
            "generate-pdfs",
            "--count",
            count,
            "--out",
            pdf_dir,
            "--seed",
            args.seed,
            "--pdf-workers",
            args.pdf_workers,
            name=f"import: generate {count:,} PDFs ({args.pdf_workers} procs, not in target)",
            record=False,
        )
        phase.items, phase.unit = report["files"], "files"
        run.add(phase)
        result["pdfs"] = report
        marker.write_text(
            json.dumps(
                {
                    "generated": datetime.datetime.now().isoformat(timespec="seconds"),
                    "phase": asdict(phase),
                    "report": report,
                },
                indent=1,
            ),
            encoding="utf-8",
        )
    pdfs = result["pdfs"]
    pages = ", ".join(f"{n} page{'s' if n != '1' else ''}: {c:,}" for n, c in pdfs["pages"].items())
    log(
        f"      {pdfs['documents']:,} documents ({pages}), {pdfs['annexes']:,} annexes, {pdfs['files']:,} files, "
        f"{mib(pdfs['bytes']):,.1f} MiB"
    )
    run.manage(env, log_file, "migrate", "--noinput", name="import: migrate (fresh SQLite)")
    manifest, files_dir = pdf_dir / "manifest.csv", pdf_dir / "files"
    for number, expected in ((1, "created"), (2, "unchanged")):
        label = "1st run (all new)" if number == 1 else "2nd run (unchanged)"
        phase, out = run.manage(
            env,
            log_file,
            "import_documents",
            str(manifest),
            "--files",
            str(files_dir),
            "--create-missing",
            name=f"import: import_documents, {label}",
            record=False,
        )
        match = re.search(r"(\d+) dòng — thêm (\d+), cập nhật (\d+), không đổi (\d+), lỗi (\d+)", out)
        if not match:
            raise SetupError(f"import_documents printed no summary; end of {log_file}:\n{tail(log_file)}")
        rows, created, updated, unchanged, failed = map(int, match.groups())
        phase.items, phase.unit = rows, "docs"
        phase.note = match.group(0)
        run.add(phase)
        log(f"      {match.group(0)}")
        result[f"run{number}"] = {
            "phase": phase,
            "rows": rows,
            "created": created,
            "updated": updated,
            "unchanged": unchanged,
            "failed": failed,
            "expected": expected,
            "ok": (created if expected == "created" else unchanged) == count and failed == 0,
        }
        if number == 1:
            _phase, result["verify"] = run.child(
                env, log_file, "verify-import", "--seed", args.seed, name="import: verify (database and index)"
            )
    return result


# --- part 2: the finder -----------------------------------------------------------------------------------------------


@dataclass
class Variant:
    backend: str
    label: str
    url: str
    profile: dict
    latencies: list = field(default_factory=list)
    server_ms: list = field(default_factory=list)
    errors: int = 0
    wall: float = 0.0
    truncated: bool = False

    @property
    def requests(self):
        return len(self.latencies) + self.errors


def prepare_finder(run, backend, postgres):
    """A database of ``--documents`` documents for ``backend`` (built, or reused from --var). Returns (env, dir, db)."""
    args = run.args
    base = run.work_dir / f"finder-{backend}-{args.documents}-{args.seed}"
    var_dir = base / "var"
    log_file = base / "setup.log"
    marker_path = base / FINDER_MARKER
    env = base_env(var_dir, run.static_root)
    # One search index for the finder builds of both backends: their documents are the same, with the same ids.
    env["SEARCH_URL"] = f"whoosh://{run.work_dir / f'finder-index-{args.documents}-{args.seed}'}"
    db_name = None
    if backend == "postgres":
        db_name = f"{args.pg_db}_{args.documents}"
        env.update(
            DATABASE_URL=postgres.url(db_name),
            SECRET_KEY="bench-only-not-secret",
            ALLOWED_HOSTS=f"{HOST},localhost",
            HTTPS="false",
        )
    log(f"\n== Finder, {backend}: {args.documents:,} documents ({base}) ==")

    def index_if_searchable(marker):
        """Fill the search index when the backend can answer keywords (portal_ids) and it does not hold these
        documents yet (the other backend's build may have filled it)."""
        _phase, probe = run.child(env, log_file, "probe", name=f"{backend}: probe", db_name=db_name, record=False)
        if not probe["portal_ids"]:
            log("      search index not filled: the backend has no portal_ids (keyword variants are skipped)")
        elif probe["index_ok"] and not (args.reindex or probe.get("missing_columns")):
            log(f"      the search index already holds these {probe['index_entries']:,} documents")
        else:
            if probe["index_ok"]:
                why = "--reindex" if args.reindex else f"its segments lack the columns {probe['missing_columns']}"
                log(f"      the search index holds these documents but is filled again ({why})")
                args.reindex = False  # once: the other backend's build shares the index
            phase, indexed = run.child(
                env, log_file, "index-finder", name=f"{backend}: index the documents", db_name=db_name, record=False
            )
            phase.items, phase.unit = indexed["indexed"], "docs"
            run.add(phase)
            marker["phases"] = [p for p in marker["phases"] if "index the documents" not in p["name"]]
            marker["phases"].append(asdict(phase))

    if marker_path.exists() and (backend != "postgres" or postgres.exists(db_name)):
        marker = json.loads(marker_path.read_text(encoding="utf-8"))
        _phase, probe = run.child(env, log_file, "probe", name=f"{backend}: probe", db_name=db_name, record=False)
        if probe["documents"] == marker["load"]["documents"]:
            log(f"      reusing the build of {marker['built']}")
            for saved in marker["phases"]:
                if "index the documents" not in saved["name"]:  # the index is checked (and filled) below
                    run.add(Phase(**{**saved, "earlier": True}))
            # The code may have gained migrations since the build (other apps' tables the pages read).
            run.manage(
                env, log_file, "migrate", "--noinput", name=f"{backend}: migrate (reused build)", db_name=db_name
            )
            index_if_searchable(marker)
            marker_path.write_text(json.dumps(marker, indent=1, default=str), encoding="utf-8")
            return env, base, db_name, marker["load"]
        log("      the earlier build does not match its marker: building again")
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    first = len(run.phases)
    if backend == "postgres":
        started = time.monotonic()
        postgres.create(db_name)
        run.timed(f"{backend}: create database {db_name}", started)
    run.manage(env, log_file, "migrate", "--noinput", name=f"{backend}: migrate", db_name=db_name)
    phase, load = run.child(
        env,
        log_file,
        "load-finder",
        "--count",
        args.documents,
        "--seed",
        args.seed,
        name=f"{backend}: bulk load {args.documents:,} documents",
        db_name=db_name,
        record=False,
    )
    phase.items, phase.unit = load["documents"], "docs"
    phase.note = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in load["steps"].items())
    run.add(phase)
    log(f"      ({phase.note})")
    marker = {"built": datetime.datetime.now().isoformat(timespec="seconds"), "load": load, "db_name": db_name}
    marker["phases"] = [asdict(p) for p in run.phases[first:]]
    index_if_searchable(marker)
    if backend == "postgres":
        # What autovacuum would do on a live server after a bulk load: planner statistics and the visibility map.
        started = time.monotonic()
        postgres.execute("VACUUM ANALYZE", postgres.url(db_name))
        run.timed(f"{backend}: VACUUM ANALYZE (autovacuum is {postgres.setting('autovacuum')})", started)
        marker["phases"].append(asdict(run.phases[-1]))
    marker_path.write_text(json.dumps(marker, indent=1, default=str), encoding="utf-8")
    return env, base, db_name, load


def run_finder(run, backend, postgres):
    """Build (or reuse) the backend's database, profile each URL in-process, then time them under gunicorn."""
    args = run.args
    env, base, db_name, load = prepare_finder(run, backend, postgres)
    log_file = base / "setup.log"
    rel = ", ".join(f"{k} {v:,}" for k, v in sorted(load["relations"].items()))
    log(
        f"      {load['documents']:,} documents ({load['published']:,} published, {load['in_force']:,} in force), "
        f"{load['types']} types, {load['bodies']} issuing bodies, {load['fields']} fields ({load['field_links']:,} "
        f"links), years {load['years']}; relations: {rel}"
    )
    _phase, profile = run.child(
        env,
        log_file,
        "profile",
        "--explain-ms",
        args.explain_ms,
        name=f"{backend}: in-process render, SQL profile",
        db_name=db_name,
    )
    variants = [Variant(backend, entry["label"], entry["url"], entry) for entry in profile["variants"]]
    for variant in variants:
        p = variant.profile
        if p.get("status") != 200:
            log(f"      {variant.label}: HTTP {p.get('status')} in-process — {p.get('error', '')}")
    served = [v for v in variants if v.profile.get("status") == 200]
    result = {"variants": variants, "has_portal_ids": profile["has_portal_ids"], "load": load}
    if not served:
        return result
    server = Gunicorn(env, base, workers=HTTP_WORKERS)
    try:
        started = time.monotonic()
        server.start()
        run.timed(f"{backend}: gunicorn start ({HTTP_WORKERS} sync workers)", started)
        started = time.monotonic()
        for variant in served:
            latencies, errors, _wall, _stopped = hammer(server.port, variant.url, args.warmup, 1, headers={})
            if errors or not latencies:
                status = fetch(server.port, variant.url, timeout=120)[0]
                raise SetupError(f"warm-up of {variant.url} failed (HTTP {status}):\n{tail(server.error_log)}")
        run.timed(f"{backend}: warm-up ({args.warmup} requests per URL)", started)
        sampler = Sampler(server.process.pid, db_name)
        sampler.start()
        busy = cpu_busy_seconds()
        own = resource.getrusage(resource.RUSAGE_SELF)
        started = time.monotonic()
        rounds = max(1, min(args.rounds, args.requests))
        try:
            for number in range(rounds):
                chunk = args.requests // rounds + (1 if number < args.requests % rounds else 0)
                for variant in served if number % 2 == 0 else list(reversed(served)):
                    left = args.max_seconds - variant.wall if args.max_seconds else None
                    if left is not None and left <= 0:
                        variant.truncated = True
                    if chunk == 0 or variant.truncated:
                        continue
                    offset = server.log_offset()
                    latencies, errors, wall, stopped = hammer(
                        server.port, variant.url, chunk, args.concurrency, left, headers={}
                    )
                    time.sleep(0.05)  # let the workers' access log lines land
                    variant.latencies += latencies
                    variant.errors += errors
                    variant.wall += wall
                    variant.truncated = variant.truncated or stopped
                    variant.server_ms += server.request_times_ms(variant.url, offset)
        finally:
            sampler.stop()
        wall = time.monotonic() - started
        own_after = resource.getrusage(resource.RUSAGE_SELF)
        client_cpu = (own_after.ru_utime - own.ru_utime) + (own_after.ru_stime - own.ru_stime)
        cpu = sampler.tree_cpu + sampler.database_cpu
        run.add(
            Phase(
                f"{backend}: HTTP measure ({len(served)} URLs, {rounds} rounds)",
                wall,
                items=sum(v.requests for v in served),
                unit="req",
                peak_tree=sampler.peak,
                peak_processes=sampler.peak_processes,
                cpu=cpu,
                db_cpu=sampler.database_cpu,
                others=max(0.0, cpu_busy_seconds() - busy - cpu - client_cpu),
                note=f"gunicorn + database CPU; the client used {client_cpu:.0f} s",
            )
        )
        for variant in served:
            log(
                f"      {variant.label:<22} n={variant.requests:<4} p50 {pct(variant.latencies, 50):7.1f} ms  "
                f"p95 {pct(variant.latencies, 95):7.1f} ms" + ("  (time limit)" if variant.truncated else "")
            )
    finally:
        server.stop()
    return result


# --- report -------------------------------------------------------------------------------------------------------


def short_sql(sql, width=260):
    """SQL with its long column lists folded and its middle cut, so the shape of a query fits on a few lines."""
    sql = re.sub(r'(?:"\w+"\."\w+"(?: AS "\w+")?, )+"\w+"\."\w+"(?: AS "\w+")?', "…", sql)
    sql = re.sub(r"\s+", " ", sql)
    return sql if len(sql) <= width else f"{sql[: width // 2]} [……] {sql[-width // 2 :]}"


def print_import(result):
    log("\nImport (SQLite embedded portal, Celery in-process, Whoosh; import_documents --create-missing)")
    pdfs = result["pdfs"]
    log(
        f"  corpus: {pdfs['documents']:,} documents as generated PDFs — "
        + ", ".join(f"{c:,} of {n} page{'s' if n != '1' else ''}" for n, c in pdfs["pages"].items())
        + f"; {pdfs['annexes']:,} with an annex PDF; {pdfs['files']:,} files, {mib(pdfs['bytes']):,.1f} MiB"
    )
    header = f"  {'run':<34} {'wall s':>7} {'docs/s':>7} {'CPU s':>6} {'peak RSS':>9} {'other load':>10}  result"
    log(header)
    log("  " + "-" * (len(header) - 2))
    for number in (1, 2):
        r = result.get(f"run{number}")
        if not r:
            continue
        p = r["phase"]
        others = f"{p.others / p.wall / CPUS:.0%}" if p.others is not None and p.wall else ""
        label = "1st run (all new)" if number == 1 else "2nd run (same manifest)"
        log(
            f"  {label:<34} {p.wall:>7.1f} {r['rows'] / p.wall:>7.1f} {p.cpu:>6.0f} {mib(p.peak_tree):>6,.0f} MiB "
            f"{others:>10}  {p.note} — {'OK' if r['ok'] else 'UNEXPECTED'}"
        )
    v = result.get("verify")
    if v:
        count = result["count"]
        checks = [
            ("documents stored", v["documents"], v["documents"] == count),
            ("with text (has_text_layer, text not empty)", v["with_text"], v["with_text"] == count),
            ("texts containing their own number", v["with_own_number"], v["with_own_number"] == count),
            ("entries in the search index (distinct ids)", v["index_distinct"], v["index_distinct"] == count),
            ("documents missing from the index", v["missing_from_index"], v["missing_from_index"] == 0),
            ("main files / annexes stored", f"{v['main_files']:,} / {v['annexes']:,}", v["main_files"] == count),
            (
                "found by their number (search)",
                f"{v['lookups'][0]}/{v['lookups'][1]}",
                v["lookups"][0] == v["lookups"][1],
            ),
        ]
        log(f"  checks after the first run (expected {count:,}); average text {v['avg_chars']:,.0f} characters:")
        for label, value, ok in checks:
            shown = f"{value:,}" if isinstance(value, int) else value
            log(f"    {label:<46} {shown:>12}  {'' if ok is None else ('OK' if ok else 'FAIL')}")
    r1 = result.get("run1")
    if r1:
        wall = r1["phase"].wall
        log(
            f"  target: first import of {result['count']:,} documents < {TARGET_IMPORT_S / 60:g} min on {CPUS} cores: "
            f"{wall:.0f} s = {wall / 60:.1f} min  {verdict(wall < TARGET_IMPORT_S)}"
        )


def print_finder(results, args):
    log(
        f"\nFinder /van-ban/ — {args.requests} requests per URL in {args.rounds} rounds (URLs in turn, at most "
        f"{args.max_seconds:g} s each), {args.concurrency} client thread(s), gunicorn {HTTP_WORKERS} sync workers"
    )
    log(
        "latency = client side, request sent → body read; srv = gunicorn's own request time; results, queries, "
        "SQL ms (each SELECT re-run and fully fetched) and render (ms, whole response) come from one in-process "
        "render with Django's test client"
    )
    header = (
        f"{'backend':<9} {'variant':<22} {'results':>8} {'n':>4} {'err':>3} {'p50 ms':>7} {'p95 ms':>7} "
        f"{'srv p50':>7} {'srv p95':>7} {'queries':>7} {'SQL ms':>7} {'render':>7}  p95<{TARGET_P95_MS:g}"
    )
    log(header)
    log("-" * len(header))
    for backend, result in results.items():
        for v in result["variants"]:
            p = v.profile
            if p.get("status") != 200:
                log(f"{backend:<9} {v.label:<22} HTTP {p.get('status')} in-process: {p.get('error', '')[:120]}")
                continue
            p95 = pct(v.latencies, 95)
            log(
                f"{backend:<9} {v.label:<22} {p['count']:>8,} {v.requests:>4} {v.errors:>3} "
                f"{pct(v.latencies, 50):>7.1f} {p95:>7.1f} {pct(v.server_ms, 50):>7.1f} {pct(v.server_ms, 95):>7.1f} "
                f"{p['queries']:>7} {p['sql_ms']:>7.1f} {p['render_ms']:>7.1f}  {verdict(p95 < TARGET_P95_MS)}"
                + ("  (time limit)" if v.truncated else "")
            )
        if not result["has_portal_ids"]:
            log(f"{backend:<9} keyword: skipped (backend has no portal_ids)")
    log("\nURL of each variant (filter values: the type, issuing body and field with the most documents):")
    urls = {v.label: v.url for result in results.values() for v in result["variants"]}
    for label, url in urls.items():
        log(f"  {label:<22} {urllib.parse.unquote(url)}")
    log(
        "\nSlowest SQL per URL (re-run and fully fetched); plan of the slowest query when it took "
        f"≥ {args.explain_ms:g} ms:"
    )
    for backend, result in results.items():
        for v in result["variants"]:
            p = v.profile
            if not p.get("slowest"):
                continue
            log(f"  {backend} {v.label}: {p['queries']} queries, {p['sql_ms']:.1f} ms of SQL")
            for ms, sql in p["slowest"]:
                log(f"    {ms:7.1f} ms  {short_sql(sql)}")
            for line in p.get("plan", []):
                log(f"        | {line if len(line) <= 200 else line[:200] + ' …'}")  # id lists of IN (…) are long


def print_phases(run):
    log("\nPhases")
    header = (
        f"{'phase':<62} {'wall s':>8} {'items':>8} {'items/s':>8} {'peak RSS tree':>14} {'largest':>8} "
        f"{'CPU s':>6} {'of it DB':>8} {'other load':>10}"
    )
    log(header)
    log("-" * len(header))
    for p in run.phases:
        rate = f"{p.items / p.wall:,.1f}" if p.items and p.wall else ""
        items = f"{p.items:,}" if p.items else ""
        tree = f"{mib(p.peak_tree):,.0f} MiB/{p.peak_processes}" if p.peak_tree else ""
        largest = f"{mib(p.maxrss):,.0f} MiB" if p.maxrss else ""
        cpu = f"{p.cpu:.1f}" if p.cpu else ""
        db = f"{p.db_cpu:.1f}" if p.db_cpu else ""
        others = f"{p.others / p.wall / CPUS:.0%}" if p.others is not None and p.wall else ""
        name = p.name + (" *" if p.earlier else "")
        log(
            f"{name[:62]:<62} {p.wall:>8.1f} {items:>8} {rate:>8} {tree:>14} {largest:>8} {cpu:>6} {db:>8} {others:>10}"
        )
    log(
        "(peak RSS tree: highest sampled sum of the RSS of the process and its sub-processes / how many processes; "
        "largest: ru_maxrss of the biggest single process; CPU s: the process tree's CPU time, including the "
        "PostgreSQL backends serving its database (of it DB); other load: CPU the rest of the machine used "
        f"meanwhile, as a share of the {CPUS} CPUs — above a few % the figures are pessimistic; * measured by an "
        "earlier run, reused from --var)"
    )


def print_targets(import_result, finder_results):
    log("\nTargets")
    if import_result and import_result.get("run1"):
        wall = import_result["run1"]["phase"].wall
        log(
            f"  import of {import_result['count']:,} PDFs < {TARGET_IMPORT_S / 60:g} min: {wall:.0f} s  "
            f"{verdict(wall < TARGET_IMPORT_S)}"
        )
    for backend, result in finder_results.items():
        measured = [v for v in result["variants"] if v.latencies]
        failing = [v for v in measured if pct(v.latencies, 95) >= TARGET_P95_MS]
        worst = max(measured, key=lambda v: pct(v.latencies, 95), default=None)
        if worst is None:
            log(f"  finder p95 < {TARGET_P95_MS:g} ms, {backend}: nothing measured")
            continue
        log(
            f"  finder p95 < {TARGET_P95_MS:g} ms, {backend} ({result['load']['documents']:,} documents): "
            f"{len(measured) - len(failing)}/{len(measured)} variants pass; worst {worst.label} "
            f"{pct(worst.latencies, 95):.1f} ms  {verdict(not failing)}"
        )


# --- main ---------------------------------------------------------------------------------------------------------


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=50_000, help="documents for the finder (default: 50000)")
    parser.add_argument("--import-count", type=int, default=2_500, help="PDFs to import (default: 2500)")
    parser.add_argument("--skip-import", action="store_true", help="measure the finder only")
    parser.add_argument("--skip-finder", action="store_true", help="measure the import only")
    parser.add_argument("--backends", default="sqlite,postgres", help="finder backends (default: sqlite,postgres)")
    parser.add_argument("--requests", type=int, default=100, help="measured requests per URL (default: 100)")
    parser.add_argument("--concurrency", type=int, default=1, help="client threads (default: 1)")
    parser.add_argument("--rounds", type=int, default=4, help="the URLs take turns in this many rounds (default: 4)")
    parser.add_argument("--warmup", type=int, default=3, help="unmeasured requests per URL first (default: 3)")
    parser.add_argument(
        "--max-seconds", type=float, default=60, help="stop measuring a URL after this long (default: 60)"
    )
    parser.add_argument(
        "--explain-ms", type=float, default=20, help="print the plan of a URL's slowest query from this long (20)"
    )
    parser.add_argument("--pdf-workers", type=int, default=CPUS, help=f"processes generating PDFs (default: {CPUS})")
    parser.add_argument("--seed", type=int, default=2025, help="seed of the generated documents (default: 2025)")
    parser.add_argument(
        "--pg-admin-url",
        default="postgres://postgres@127.0.0.1:5432/postgres",
        help="maintenance database used to create and drop the benchmark databases",
    )
    parser.add_argument("--pg-db", default="portal_bench_docs", help="prefix of the databases (portal_bench_docs)")
    parser.add_argument(
        "--var",
        help="work directory to build in and keep; a later run with the same sizes reuses its PDFs and finder "
        "databases (the import itself is always measured on a fresh database)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory and the databases")
    parser.add_argument(
        "--reindex",
        action="store_true",
        help="fill the finder's search index again even when a reused build's index holds the documents (it is "
        "also filled again when its segments lack a column the current schema declares)",
    )
    # Internal: the parts that run with Django set up, started by the benchmark itself.
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    if set(args.backends) - {"sqlite", "postgres"} or not args.backends:
        parser.error("--backends takes sqlite and/or postgres")
    if min(args.documents, args.import_count, args.requests, args.concurrency, args.rounds, args.pdf_workers) < 1:
        parser.error("--documents, --import-count, --requests, --concurrency, --rounds, --pdf-workers: positive")
    if args.warmup < 1:
        parser.error("--warmup must be at least 1 (it also checks that each URL answers)")
    if args.skip_import and args.skip_finder:
        parser.error("--skip-import and --skip-finder together leave nothing to measure")
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", args.pg_db):
        parser.error("--pg-db: lower-case letters, digits and _ only")
    return args


def main(argv=None):
    args = parse_args(argv)
    if args.child:
        django_setup()
        CHILDREN[args.child](args)
        return 0
    stop_on_signals()
    started = time.monotonic()
    work_dir = Path(args.var).resolve() if args.var else Path(tempfile.mkdtemp(prefix="portal-bench-documents-"))
    work_dir.mkdir(parents=True, exist_ok=True)
    run = Run(args, work_dir, work_dir / "static")
    postgres = None
    import_result, finder_results = None, {}
    log(
        f"Documents benchmark — import {'skipped' if args.skip_import else f'{args.import_count:,} PDFs'}; finder "
        f"{'skipped' if args.skip_finder else f'{args.documents:,} documents on ' + ', '.join(args.backends)}; "
        f"{CPUS} CPUs; work directory {work_dir}"
    )
    try:
        if not args.skip_finder and "postgres" in args.backends:
            postgres = Postgres(args.pg_admin_url)
            version, autovacuum = postgres.setting("server_version"), postgres.setting("autovacuum")
            log(f"PostgreSQL {version} at {args.pg_admin_url}, autovacuum {autovacuum}")
        started_static = time.monotonic()
        run.manage(
            base_env(work_dir / "var-static", run.static_root),
            work_dir / "collectstatic.log",
            "collectstatic",
            "--noinput",
            "--verbosity",
            "0",
            record=False,
        )
        run.timed("collectstatic (once, for every server)", started_static)
        if not args.skip_import:
            import_result = run_import(run)
        if not args.skip_finder:
            for backend in args.backends:
                finder_results[backend] = run_finder(run, backend, postgres)
        log("\n" + "=" * 120)
        if import_result:
            print_import(import_result)
        if finder_results:
            print_finder(finder_results, args)
        print_phases(run)
        print_targets(import_result, finder_results)
        total = time.monotonic() - started
        log(f"\nWhole run: {total:.0f} s ({total / 60:.1f} min)")
        return 0
    except SetupError as exc:
        log(f"\nSETUP FAILED: {exc}")
        return 1
    except KeyboardInterrupt:
        log("\nInterrupted: gunicorn and child processes stopped, cleaning up.")
        return 130
    finally:
        keep = args.keep or args.var
        if postgres is not None and not keep:
            for name in list(postgres.created):
                with contextlib.suppress(SetupError):
                    postgres.drop(name)
        if keep:
            databases = f" and databases {', '.join(postgres.created)}" if postgres and postgres.created else ""
            log(f"Kept: {work_dir}{databases}")
        else:
            shutil.rmtree(work_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
