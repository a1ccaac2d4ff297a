"""An index on Wagtail's page tree by (depth, path).

Children of a page are found with ``depth = d AND path LIKE 'prefix%'``; without this index the database walks
every descendant (50,000 articles under /tin-tuc/ when only the handful of menu pages under the home page are
wanted). Wagtail's own migrations have no such index, so the portal adds it; ``IF NOT EXISTS`` keeps it safe to
re-run on PostgreSQL and SQLite alike.
"""

from django.db import migrations

CREATE = "CREATE INDEX IF NOT EXISTS portal_page_depth_path ON wagtailcore_page (depth, path)"
DROP = "DROP INDEX IF EXISTS portal_page_depth_path"


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_roles_and_news_workflow"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunSQL(CREATE, DROP, elidable=False)]
