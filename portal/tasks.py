"""Background jobs of the site shell."""

from celery import shared_task
from django.core.management import call_command


@shared_task(ignore_result=True)
def publish_scheduled_pages():
    """Publish pages whose go-live time has passed and unpublish expired ones (Wagtail's own command).

    Idempotent: a page already published is not touched again, so a missed beat is caught up by the next one.
    """
    call_command("publish_scheduled", verbosity=0)


@shared_task(ignore_result=True)
def check_web_links():
    """The weekly check of /lien-ket/ (Celery beat). Safe to run again at any time."""
    from .linkcheck import check_links

    return check_links()
