from django.urls import path

from people import views

app_name = "people"

urlpatterns = [
    path("nhan-vat/<slug:slug>/", views.person_detail, name="person_detail"),
    path("van-ban/<slug:slug>/", views.resolution_detail, name="resolution_detail"),
]
