"""Roles and the news workflow: collaborator submits → editor reviews → editorial board approves and publishes."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Workflow, WorkflowState

from portal import roles


def test_roles_exist_and_stock_groups_are_gone(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert set(roles.ROLES) <= names
    assert not names & set(roles.STOCK_GROUPS)


def test_sync_roles_is_idempotent(db):
    from django.apps import apps

    before = {g.name: (g.permissions.count(), g.page_permissions.count()) for g in Group.objects.all()}
    roles.sync_roles(apps)
    after = {g.name: (g.permissions.count(), g.page_permissions.count()) for g in Group.objects.all()}
    assert before == after
    assert Workflow.objects.filter(name=roles.WORKFLOW_NAME).count() == 1


@pytest.fixture
def staff(make_user):
    return {
        "board": make_user("bbt", roles.EDITORIAL_BOARD),
        "editor": make_user("bientap", roles.EDITORS),
        "collaborator": make_user("ctv", roles.COLLABORATORS),
        "other_collaborator": make_user("ctv2", roles.COLLABORATORS),
        "department": make_user("so", roles.DEPARTMENT_STAFF),
        "leader": make_user("lanhdao", roles.LEADERSHIP),
    }


def test_page_permissions_per_role(staff, news_index, make_article):
    article = make_article(owner=staff["collaborator"])
    perms = {name: article.permissions_for_user(user) for name, user in staff.items()}

    assert perms["board"].can_publish() and perms["board"].can_edit() and perms["board"].can_delete()
    assert perms["editor"].can_edit() and not perms["editor"].can_publish()
    # A collaborator edits what they wrote, never publishes, and cannot touch others' articles.
    assert perms["collaborator"].can_edit() and not perms["collaborator"].can_publish()
    assert not perms["other_collaborator"].can_edit()
    assert news_index.permissions_for_user(staff["collaborator"]).can_add_subpage()
    for name in ("department", "leader"):
        assert not perms[name].can_edit() and not perms[name].can_publish()


def test_every_role_can_open_the_admin_and_only_staff_of_news_can_add(client, staff, news_index):
    add_url = reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", news_index.pk])
    for name, user in staff.items():
        client.force_login(user)
        assert client.get("/admin/").status_code == 200, name
        allowed = name in ("board", "editor", "collaborator", "other_collaborator")
        assert (client.get(add_url).status_code == 200) is allowed, name


def test_anonymous_is_sent_to_the_login_page(client, db):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def _approve(client, user, page):
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk), status="in_progress")
    task_state = state.current_task_state
    client.force_login(user)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""}), task_state


def test_workflow_from_collaborator_to_publication(client, staff, make_article):
    article = make_article(title="Tin cộng tác viên gửi", owner=staff["collaborator"], publish=False)
    assert not article.live

    workflow = article.get_workflow()
    assert workflow.name == roles.WORKFLOW_NAME
    workflow.start(article, staff["collaborator"])

    # The collaborator cannot approve their own submission.
    response, task_state = _approve(client, staff["collaborator"], article)
    assert response.status_code in (302, 403)
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"

    # Step 1: an editor reviews. The article is not published yet.
    response, task_state = _approve(client, staff["editor"], article)
    task_state.refresh_from_db()
    assert task_state.status == "approved"
    article.refresh_from_db()
    assert not article.live

    # Step 2 belongs to the editorial board: an editor cannot finish it.
    response, task_state = _approve(client, staff["editor"], article)
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"

    response, task_state = _approve(client, staff["board"], article)
    task_state.refresh_from_db()
    assert task_state.status == "approved"
    article.refresh_from_db()
    assert article.live
    assert client.get(article.url).status_code == 200
