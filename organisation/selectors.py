"""What the organisation pages show, in the language of the request, in a fixed number of queries."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale

from portal.models import Department

from .models import Leader


@dataclass
class LeaderView:
    """A leader as shown: structure from the Vietnamese row, words from its translation when there is one."""

    pk: int
    name: str
    position: str
    duties: str
    rank: str
    photo: object
    phone: str
    email: str
    departments: list = field(default_factory=list)


def _active_locale():
    language = get_language() or settings.LANGUAGE_CODE
    return Locale.objects.filter(language_code=language).first()


def leaders():
    """Active leaders in order; three queries (leaders, their departments, the translations)."""
    default = Locale.get_default()
    rows = list(
        Leader.objects.filter(locale=default, is_active=True)
        .select_related("photo")
        .prefetch_related("departments")
        .order_by("sort_order", "id")
    )
    active = _active_locale()
    translated = {}
    if active is not None and active.pk != default.pk:
        translated = {
            row.translation_key: row
            for row in Leader.objects.filter(locale=active, translation_key__in=[r.translation_key for r in rows])
        }
    views = []
    for row in rows:
        words = translated.get(row.translation_key, row)
        views.append(
            LeaderView(
                pk=row.pk,
                name=words.name or row.name,
                position=words.position or row.position,
                duties=words.duties or row.duties,
                rank=row.rank,
                photo=row.photo,
                phone=row.phone,
                email=row.email,
                departments=sorted(row.departments.all(), key=lambda d: (d.kind, d.sort_order, d.name)),
            )
        )
    return views


@dataclass
class OrganisationChart:
    chairs: list
    vice_chairs: list
    members: list
    groups: list  # (kind label, departments) for every agency, those overseen by nobody included
    unassigned: list  # departments no leader oversees


def organisation_chart():
    people = leaders()
    overseen = {department.pk for leader in people for department in leader.departments}
    groups = department_groups()
    unassigned = [d for _label, departments in groups for d in departments if d.pk not in overseen]
    return OrganisationChart(
        chairs=[p for p in people if p.rank == Leader.Rank.CHAIR],
        vice_chairs=[p for p in people if p.rank == Leader.Rank.VICE_CHAIR],
        members=[p for p in people if p.rank == Leader.Rank.MEMBER],
        groups=groups,
        unassigned=unassigned,
    )


def department_groups():
    """[(kind label, [departments])] in the order of the kinds; one query."""
    labels = dict(Department._meta.get_field("kind").choices)
    grouped = {}
    for department in Department.objects.order_by("kind", "sort_order", "name"):
        grouped.setdefault(department.kind, []).append(department)
    return [(labels[kind], grouped[kind]) for kind in labels if kind in grouped]
