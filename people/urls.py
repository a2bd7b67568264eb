from django.urls import path

from people import views

app_name = "people"

urlpatterns = [
    path("nhan-vat/", views.person_list, name="person_list"),
    path("van-ban/", views.resolution_list, name="resolution_list"),
    path("nhan-vat/<slug:slug>/", views.person_detail, name="person_detail"),
    path("van-ban/<slug:slug>/", views.resolution_detail, name="resolution_detail"),
]
