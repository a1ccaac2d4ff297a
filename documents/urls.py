from django.urls import path

from . import api, views

app_name = "documents"

urlpatterns = [
    path("", views.document_list, name="list"),
    path("<int:pk>/", views.document_detail, name="detail"),
]

# Mounted at /api/v2/documents/ by portal/urls.py.
api_urlpatterns = (
    [
        path("", api.document_list, name="list"),
        path("<int:pk>/", api.document_detail, name="detail"),
    ],
    "documents_api",
)
