"""The admin speaks Vietnamese everywhere editors look: field labels of our models, Django's own
links and toggles ("Lịch sử", not "Bản ghi nhớ"; "Hiện số lượng", not "Show counts")."""

from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from tests.factories import (
    ArticleFactory,
    CaptionFactory,
    CorrectionFactory,
    PhotoFactory,
    PositionFactory,
    ResolutionFactory,
)

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


def test_every_help_text_of_our_models_is_in_vietnamese():
    """Help texts, the libraries' included (django-taggit's, under "Thẻ"): the admin shows them
    under editable fields and on read-only pages alike."""
    with translation.override("vi"):
        english = [
            f"{model.__name__}.{field.name}: {field.help_text}"
            for model in apps.get_models()
            if model._meta.app_label in OUR_APPS
            for field in model._meta.get_fields()
            if getattr(field, "help_text", "") and str(field.help_text).isascii()
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


# Django admin strings an untranslated page would show, matched against whole text nodes and
# title / aria-label / placeholder attributes (never against stored data).
ENGLISH = {
    "Show counts", "Hide counts", "Content hash", "History", "Version", "Action", "Go",
    "Search", "Filter", "Save", "Delete", "Add", "Change", "Home", "View site", "Log out",
    "Change password", "Password-based authentication", "Enabled", "Disabled",
    "Reset password", "Set password", "Authentication and Authorization", "Users", "Groups",
    "Run the selected action", "Today", "Now", "Yes", "No", "Unknown", "All", "Any date",
    "Clear", "Currently", "Remove", "Show", "Hide", "Staff status", "Active",
    "Superuser status", "Permissions", "Important dates", "Personal info", "Select all",
    "Clear selection", "Recent actions", "My actions", "None available", "Add another",
    "Save and add another", "Save and continue editing", "Save as new", "View on site",
    "Delete?", "Close", "Sidebar", "Breadcrumbs", "Skip to main content",
    "Raw passwords are not stored, so there is no way to see the user’s password.",
    "A comma-separated list of tags.",
}  # fmt: skip


class _Texts(HTMLParser):
    """Text nodes and the attributes a screen reader or tooltip shows, outside scripts."""

    SHOWN_ATTRIBUTES = {"title", "aria-label", "placeholder"}

    def __init__(self):
        super().__init__()
        self.texts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        self._hidden += tag in ("script", "style", "template")
        self.texts += [v for k, v in attrs if k in self.SHOWN_ATTRIBUTES and v]

    def handle_endtag(self, tag):
        self._hidden -= tag in ("script", "style", "template")

    def handle_data(self, data):
        if not self._hidden and data.strip():
            self.texts.append(data.strip())


def english_on(html: str) -> set[str]:
    parser = _Texts()
    parser.feed(html)
    return {text for text in parser.texts if text.rstrip(":").strip() in ENGLISH}


def pages_editors_use() -> list[str]:
    """The admin index, and for each model of ours (and the users administrators give roles
    to): its list with and without counts, its add form, one row's change form and history.
    Groups are left out: their permission names are stored in the libraries' English."""
    urls = [reverse("admin:index"), reverse("admin:password_change")]
    for model in [*apps.get_models(), get_user_model()]:
        opts = model._meta
        if not admin.site.is_registered(model) or (
            opts.app_label not in OUR_APPS and model is not get_user_model()
        ):
            continue
        name = f"admin:{opts.app_label}_{opts.model_name}"
        urls += [reverse(f"{name}_changelist"), reverse(f"{name}_changelist") + "?_facets=1"]
        urls.append(reverse(f"{name}_add"))
        row = model.objects.order_by("pk").first()
        if row is not None:
            urls += [
                reverse(f"{name}_change", args=[row.pk]),
                reverse(f"{name}_history", args=[row.pk]),
            ]
    return urls


def test_admin_pages_editors_use_show_no_english_django_strings(editor_client):
    story = ArticleFactory()
    story.tags.add("Quốc hội")
    CaptionFactory(article=story)
    CorrectionFactory(article=story)
    PositionFactory()
    ResolutionFactory()
    found = {}
    for url in pages_editors_use():
        response = editor_client.get(url)
        if response.status_code == 403:  # e.g. adding to the audit trail: nobody may
            continue
        assert response.status_code == 200, url
        for text in english_on(response.content.decode()):
            found.setdefault(text, url)
    assert found == {}


def test_bulk_actions_are_offered_as_thao_tac(editor_client):
    ArticleFactory()
    page = editor_client.get(reverse("admin:articles_article_changelist")).text
    assert "Thao tác:" in page and ">Thực hiện<" in page
    assert "Hoạt động:" not in page and "Đi đến" not in page
