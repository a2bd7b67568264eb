"""The ``people`` namespace: the lists of officials and resolutions (``people.urls``, no
story) and the profile and resolution pages, which list stories (``people_pages``). Composed
here because ``people`` never imports ``articles``; names and paths are unchanged
(``people:person_detail`` is ``/nhan-vat/<slug>/``)."""

from django.urls import path

from articles.site import people_pages
from people import urls as lists

app_name = "people"

urlpatterns = [
    *lists.urlpatterns,
    path("nhan-vat/<slug:slug>/", people_pages.person_detail, name="person_detail"),
    path("van-ban/<slug:slug>/", people_pages.resolution_detail, name="resolution_detail"),
]
