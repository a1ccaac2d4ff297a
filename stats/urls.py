"""Public URLs of the stats app, under /thong-ke/."""

from django.urls import path

from . import views

app_name = "stats"

urlpatterns = [
    path("dem/", views.beacon, name="beacon"),
    path("doc-nhieu/", views.most_read, name="most_read"),
]
