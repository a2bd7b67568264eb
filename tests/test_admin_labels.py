"""The admin speaks Vietnamese everywhere editors look: field labels of our models, Django's own
links and toggles ("Lịch sử", not "Bản ghi nhớ"; "Hiện số lượng", not "Show counts")."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories import ArticleFactory, PhotoFactory

pytestmark = pytest.mark.django_db

OUR_APPS = ("articles", "people", "media")


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.vn", "mat-khau-123")
    client.force_login(user)
    return client


def test_every_field_of_our_models_has_a_vietnamese_label():
    english = [
        f"{model.__name__}.{field.name}"
        for model in apps.get_models()
        if model._meta.app_label in OUR_APPS
        for field in model._meta.get_fields()
        if not field.auto_created
        and hasattr(field, "verbose_name")
        and not field.is_relation
        and str(field.verbose_name) == field.name.replace("_", " ")
        and field.name not in {"sapo"}  # the newsroom's own word
    ]
    assert english == []


def test_change_page_links_the_history_as_lich_su(editor_client):
    article = ArticleFactory()
    response = editor_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert ">Lịch sử</a>" in response.text
    assert "Bản ghi nhớ" not in response.text


def test_list_filter_count_toggle_is_translated(editor_client):
    ArticleFactory()
    response = editor_client.get(reverse("admin:articles_article_changelist"))
    assert "Hiện số lượng" in response.text
    assert "Show counts" not in response.text
    response = editor_client.get(reverse("admin:articles_article_changelist"), {"_facets": "1"})
    assert "Ẩn số lượng" in response.text
    assert "Hide counts" not in response.text


def test_photo_page_labels_the_content_hash_in_vietnamese(editor_client):
    photo = PhotoFactory()
    response = editor_client.get(reverse("admin:media_photo_change", args=[photo.pk]))
    assert response.status_code == 200
    assert "Mã băm nội dung (SHA-256)" in response.text
    assert "Content hash" not in response.text


def test_tag_admin_labels_are_vietnamese(editor_client):
    ArticleFactory().tags.add("Hà Nội")
    response = editor_client.get(reverse("admin:articles_tag_changelist"))
    assert "Tên thẻ" in response.text
    assert ">Name<" not in response.text
