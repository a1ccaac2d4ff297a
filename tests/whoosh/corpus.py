"""The synthetic Whoosh index the tests of this folder share: a few hundred items written in several segments with
deletions, equal dates and items without a date, through the portal's own index definitions and backend."""

import datetime
import random

from django.conf import settings
from haystack.exceptions import SkipDocument

from search.backends.whoosh import VietnameseWhooshSearchBackend
from search.indexes import PortalIndex
from search.query import PortalQuery

KINDS = ("news", "document", "page", "qa")
PHRASES = [
    "chuyển đổi số",
    "Ủy ban nhân dân tỉnh",
    "kế hoạch phát triển kinh tế - xã hội",
    "phòng chống dịch COVID-19",
    "tiêm vắc xin",
    "du lịch Tràng An",
    "an toàn giao thông",
    "cải cách hành chính",
    "xây dựng nông thôn mới",
    "giải phóng mặt bằng",
    "Hội đồng nhân dân",
    "đội tuyển bóng đá",
    "đổi mới phương thức",
    "dịch vụ công trực tuyến",
    "bảo hiểm xã hội",
    "thủ tục hành chính",
    "Quyết định số 163/QĐ-UBND",
    "lễ hội Hoa Lư",
    "sạt lở đất",
    "giáo dục và đào tạo",
]


class Item:
    """What PortalIndex asks of a model row, without a database."""

    _meta = type("Meta", (), {"app_label": "tests", "model_name": "item"})()

    def __init__(self, pk, title, summary, body, date, kind):
        self.pk, self.title, self.summary, self.body, self.date, self.kind = pk, title, summary, body, date, kind

    def _get_pk_val(self):
        return self.pk


class ItemIndex(PortalIndex):
    def get_model(self):
        return Item

    def summary_of(self, obj):
        return obj.summary

    def body_of(self, obj):
        return obj.body

    def date_of(self, obj):
        return obj.date

    def url_of(self, obj):
        return f"/muc/{obj.pk}/"

    def prepare(self, obj):
        data = super().prepare(obj)
        data["kind"] = obj.kind
        return data


def make_items(count, seed=7, start=1):
    rng = random.Random(seed)
    base = datetime.datetime(2019, 1, 1, 8, tzinfo=datetime.UTC)
    shared_dates = [base + datetime.timedelta(days=rng.randint(0, 1500)) for _ in range(5)]
    items = []
    for pk in range(start, start + count):
        title = " ".join(rng.sample(PHRASES, k=rng.randint(1, 2)))
        summary = " ".join(rng.sample(PHRASES, k=rng.randint(0, 3)))
        body = ". ".join(rng.choice(PHRASES) for _ in range(rng.randint(0, 30)))
        roll = rng.random()
        if roll < 0.1:
            date = None
        elif roll < 0.3:
            date = rng.choice(shared_dates)  # equal dates: ties broken by score, then index order
        else:
            date = base + datetime.timedelta(days=rng.randint(0, 1500), minutes=rng.randint(0, 900))
        items.append(Item(pk, title, summary, body, date, rng.choice(KINDS)))
    # Exact duplicates: equal scores, so the date (then the index order) decides.
    items.append(Item(start + count, "Chuyển đổi số", "Bản sao.", "", base, "news"))
    items.append(Item(start + count + 1, "Chuyển đổi số", "Bản sao.", "", base, "news"))
    items.append(Item(start + count + 2, "Chuyển đổi số", "Bản sao.", "", base + datetime.timedelta(days=1), "news"))
    return items


def write_segment(backend, items, merge=False):
    """One commit of ``items`` as a new segment (merge=False keeps the segments apart, as a busy index has them)."""
    index = ItemIndex()
    writer = backend.index.writer()
    for obj in items:
        try:
            doc = index.full_prepare(obj)
        except SkipDocument:
            continue
        writer.update_document(**{key: backend._from_python(value) for key, value in doc.items() if key != "boost"})
    writer.commit(merge=merge)


def new_backend(path):
    options = {**settings.HAYSTACK_CONNECTIONS["default"], "PATH": str(path)}
    backend = VietnameseWhooshSearchBackend("default", **options)
    backend.setup()
    return backend


def build_corpus(backend):
    """~300 items in three segments, then some replaced (deleted in their segment) and some removed."""
    items = make_items(300)
    write_segment(backend, items[:150])
    write_segment(backend, items[150:260])
    write_segment(backend, items[260:])
    rng = random.Random(3)
    replaced = rng.sample(items[:260], k=20)
    for obj in replaced:
        obj.title = f"{obj.title} cập nhật"
    write_segment(backend, replaced)
    for obj in rng.sample(items, k=10):
        backend.remove(f"tests.item.{obj.pk}")
    return items


def query(text, **params):
    per_page = params.pop("per_page", 10)
    return PortalQuery.build(text=text, per_page=per_page, kinds=KINDS, **params)
