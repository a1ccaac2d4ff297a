"""E-mail helpers shared by the apps that write to citizens and departments (Q&A, drafts)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string


def absolute(path):
    """An absolute URL for an e-mail: the site's base URL (WAGTAILADMIN_BASE_URL) and the path."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def department_recipients(department):
    """The department's own address and its active members' addresses."""
    addresses = [department.email] if department.email else []
    addresses += department.members.filter(is_active=True).exclude(email="").values_list("email", flat=True)
    return sorted(set(addresses))


def text_message(subject, template, context, to):
    """A plain-text message rendered from a template (templates are `{% autoescape off %}`)."""
    body = render_to_string(template, context)
    return EmailMessage(subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=list(to))
