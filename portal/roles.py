"""The portal's roles (Wagtail groups), their permissions, and the news moderation workflow — in one place.

``sync_roles(apps)`` works on historical models, so data migrations call it; it is idempotent, and later apps add
their permissions to ROLES and call it again from a migration of their own.
"""

from django.contrib.auth.management import create_permissions

EDITORIAL_BOARD = "Ban biên tập"
EDITORS = "Biên tập viên"
COLLABORATORS = "Cộng tác viên"
DEPARTMENT_STAFF = "Cán bộ sở, ngành"
LEADERSHIP = "Lãnh đạo"

WORKFLOW_NAME = "Duyệt tin bài"
REVIEW_TASK_NAME = "Biên tập viên duyệt"
PUBLISH_TASK_NAME = "Ban biên tập duyệt đăng"

IMAGE_AND_DOCUMENT = {
    "full": [
        "add_image",
        "change_image",
        "delete_image",
        "choose_image",
        "add_document",
        "change_document",
        "delete_document",
        "choose_document",
    ],
    "edit": ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
    "contribute": ["add_image", "choose_image", "add_document", "choose_document"],
}

# page: permissions over the whole page tree (rooted at the tree's root, so they hold for every site).
# collection: image and document permissions on the root collection.
# model: "app_label.codename" permissions of ordinary models and snippets.
ROLES = {
    EDITORIAL_BOARD: {
        "page": ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
        "collection": IMAGE_AND_DOCUMENT["full"],
        "model": [
            "wagtailadmin.access_admin",
            "news.add_newscategory",
            "news.change_newscategory",
            "news.delete_newscategory",
            "portal.add_department",
            "portal.change_department",
            "portal.delete_department",
            "portal.change_sitesettings",
            *(
                f"portal.{action}_{model}"
                for action in ("add", "change", "delete")
                for model in ("banner", "commemorativeday", "weblink", "scheduleentry")
            ),
            "portal.view_pagefeedback",
            "taggit.add_tag",
            "taggit.change_tag",
            "taggit.delete_tag",
            *(
                f"documents.{action}_{model}"
                for action in ("add", "change", "delete", "view")
                for model in ("legaldocument", "documenttype", "issuingbody", "documentfield")
            ),
            *(
                f"qa.{action}_{model}"
                for action in ("add", "change", "delete", "view")
                for model in ("question", "topic")
            ),
            *(f"drafts.{action}_draftdocument" for action in ("add", "change", "delete", "view")),
            "drafts.view_comment",
            "drafts.change_comment",
            "drafts.delete_comment",
            "stats.view_dashboard",
            "stats.change_reportsettings",
            # The organisation pages' data and their English translation (Decree 42/2022 Art. 7.2).
            *(f"organisation.{action}_leader" for action in ("add", "change", "delete")),
            "simple_translation.submit_translation",
        ],
    },
    EDITORS: {
        "page": ["add_page", "change_page", "lock_page"],
        "collection": IMAGE_AND_DOCUMENT["edit"],
        "model": [
            "wagtailadmin.access_admin",
            "news.view_newscategory",
            "portal.view_pagefeedback",
            "taggit.add_tag",
            "documents.view_legaldocument",
        ],
    },
    COLLABORATORS: {
        # "add" alone lets a collaborator create pages and edit only the pages they created.
        "page": ["add_page"],
        "collection": IMAGE_AND_DOCUMENT["contribute"],
        "model": ["wagtailadmin.access_admin"],
    },
    # Scoped to their own department by portal.permissions.DepartmentScopedPermissionPolicy.
    DEPARTMENT_STAFF: {
        "page": [],
        "collection": [],
        "model": [
            "wagtailadmin.access_admin",
            *(f"documents.{action}_legaldocument" for action in ("add", "change", "delete", "view")),
            # Questions assigned to their department: read them, write the answer (qa.workflow).
            "qa.view_question",
            "qa.change_question",
            # Their department's drafts, and the moderation of the comments on them (portal.permissions).
            *(f"drafts.{action}_draftdocument" for action in ("add", "change", "delete", "view")),
            "drafts.view_comment",
            "drafts.change_comment",
        ],
    },
    # Read-only: the statistics dashboard and the period reports (stats), nothing else.
    LEADERSHIP: {"page": [], "collection": [], "model": ["wagtailadmin.access_admin", "stats.view_dashboard"]},
}

# Wagtail's stock groups would give page rights outside this scheme; removed while nobody belongs to them.
STOCK_GROUPS = ["Moderators", "Editors"]


def _permission(apps, full_codename):
    """The permission, or None while its app's models are not migrated yet (a later migration grants it)."""
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = full_codename.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def _ensure_permissions_exist(apps):
    # Permissions are normally created after all migrations ran; a data migration needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def sync_roles(apps, schema_editor=None):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    _ensure_permissions_exist(apps)
    for name in STOCK_GROUPS:
        Group.objects.filter(name=name, user__isnull=True).delete()

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name, grants in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        permissions = [_permission(apps, codename) for codename in grants["model"]]
        group.permissions.set([permission for permission in permissions if permission is not None])
        GroupPagePermission.objects.filter(group=group, page=root_page).exclude(
            permission__codename__in=grants["page"]
        ).delete()
        for codename in grants["page"]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=_permission(apps, f"wagtailcore.{codename}")
            )
        GroupCollectionPermission.objects.filter(group=group, collection=root_collection).exclude(
            permission__codename__in=grants["collection"]
        ).delete()
        for codename in grants["collection"]:
            app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=_permission(apps, f"{app_label}.{codename}")
            )
    _sync_workflow(apps, root_page)


def _sync_workflow(apps, root_page):
    """Collaborator or editor submits → an editor reviews → the editorial board approves, which publishes."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    steps = [
        (REVIEW_TASK_NAME, [EDITORS, EDITORIAL_BOARD]),
        (PUBLISH_TASK_NAME, [EDITORIAL_BOARD]),
    ]
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    for order, (task_name, group_names) in enumerate(steps):
        task = GroupApprovalTask.objects.filter(name=task_name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=task_name, content_type=task_type, active=True)
        task.groups.set(Group.objects.filter(name__in=group_names))
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    Workflow.objects.exclude(pk=workflow.pk).filter(workflow_pages__isnull=True).update(active=False)
