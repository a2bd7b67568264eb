"""The pages of ``people`` that show no story: the lists of officials and resolutions.

Served in the ``people`` namespace together with the profile and resolution pages, which list
stories and so live in ``articles.site.people_pages`` (see ``articles.site.people_urls``).
"""

from django.urls import path

from people import views

app_name = "people"

urlpatterns = [
    path("nhan-vat/", views.person_list, name="person_list"),
    path("van-ban/", views.resolution_list, name="resolution_list"),
]
