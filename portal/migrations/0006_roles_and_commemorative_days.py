"""Grants the banner permissions and seeds the commemorative days of the seed report (section II.7)."""

from django.db import migrations

from portal.roles import sync_roles

# day, month, title, founding year (for "kỷ niệm N năm")
DAYS = [
    (1, 4, "Kỷ niệm ngày tái lập tỉnh Ninh Bình", 1992),
    (1, 10, "Ngày Quốc tế Người cao tuổi", None),
    (10, 10, "Ngày Giải phóng Thủ đô", 1954),
    (13, 10, "Ngày Doanh nhân Việt Nam", 2004),
    (14, 10, "Ngày truyền thống ngành Tổ chức xây dựng Đảng", 1930),
    (14, 10, "Ngày thành lập Hội Nông dân Việt Nam", 1930),
    (15, 10, "Ngày truyền thống công tác Dân vận của Đảng", 1930),
    (15, 10, "Ngày truyền thống Hội Liên hiệp Thanh niên Việt Nam", 1956),
    (16, 10, "Ngày truyền thống ngành Kiểm tra của Đảng", 1948),
    (18, 10, "Ngày truyền thống Văn phòng cấp ủy", 1930),
    (20, 10, "Ngày Phụ nữ Việt Nam", 1930),
    (20, 11, "Ngày Nhà giáo Việt Nam", 1982),
    (22, 12, "Ngày thành lập Quân đội nhân dân Việt Nam", 1944),
]


def seed_days(apps, schema_editor):
    CommemorativeDay = apps.get_model("portal", "CommemorativeDay")
    for day, month, title, since in DAYS:
        CommemorativeDay.objects.get_or_create(
            day=day, month=month, title=title, defaults={"since_year": since, "days_before": 2, "days_after": 0}
        )


class Migration(migrations.Migration):
    dependencies = [("portal", "0005_commemorativeday_banner")]

    operations = [
        migrations.RunPython(sync_roles, migrations.RunPython.noop),
        migrations.RunPython(seed_days, migrations.RunPython.noop),
    ]
