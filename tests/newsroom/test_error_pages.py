"""Vietnamese error pages: 404 inside the site's layout, 500 standalone (no database needed)."""

import pytest
from django.test import Client, RequestFactory
from django.urls import path
from django.views.defaults import server_error


def broken_view(request):
    raise RuntimeError("cơ sở dữ liệu không trả lời")


urlpatterns = [path("loi/", broken_view)]


@pytest.mark.django_db
def test_404_is_vietnamese_and_keeps_the_site_navigation(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "<h1>Không tìm thấy trang</h1>" in html
    assert 'href="/"' in html and 'href="/nhan-vat/"' in html
    assert "Not Found" not in html


def test_500_renders_without_database_or_context_processors(django_db_blocker):
    with django_db_blocker.block():  # any query would raise here
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "<h1>Đã xảy ra lỗi</h1>" in html
    assert "Xin bạn vui lòng thử lại sau ít phút." in html


def test_an_exception_in_a_view_gives_the_vietnamese_500_page(settings, django_db_blocker):
    settings.ROOT_URLCONF = __name__
    with django_db_blocker.block():
        response = Client(raise_request_exception=False).get("/loi/")
    assert response.status_code == 500
    assert "Đã xảy ra lỗi" in response.content.decode()
    assert "cơ sở dữ liệu không trả lời" not in response.content.decode()
