from django.urls import path

from . import views

app_name = "drafts"

urlpatterns = [
    path("", views.draft_list, name="list"),
    path("tra-cuu/", views.lookup, name="lookup"),
    path("<int:pk>/", views.draft_detail, name="detail"),
    path("<int:pk>/da-gui/", views.comment_sent, name="sent"),
]
