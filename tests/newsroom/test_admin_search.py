"""Every admin search and autocomplete ignores diacritics (newsroom/admin_search.py), on SQLite
and PostgreSQL alike, in a fixed number of queries."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db.models import Value
from django.urls import reverse

from articles.models import Section, Tag
from newsroom.admin_search import Fold, FoldedSearchMixin
from newsroom.text import fold
from people.models import Resolution
from tests.factories import (
    ArticleFactory,
    CaptionFactory,
    PersonFactory,
    PhotoFactory,
    ResolutionFactory,
    SectionFactory,
)

pytestmark = pytest.mark.django_db

OUR_APPS = ("articles", "people", "media")
AUTOCOMPLETE = reverse("admin:autocomplete")


@pytest.fixture
def staff(client):
    user = get_user_model().objects.create_superuser("bientap", "bt@toasoan.vn", "mat-khau-123")
    client.force_login(user)
    return client


def autocomplete(client, app_label, model_name, field_name, term):
    response = client.get(
        AUTOCOMPLETE,
        {"app_label": app_label, "model_name": model_name, "field_name": field_name, "term": term},
    )
    assert response.status_code == 200
    return [row["text"] for row in response.json()["results"]]


def test_every_admin_search_of_our_apps_folds_diacritics():
    plain = [
        model.__name__
        for model in apps.get_models()
        if model._meta.app_label in OUR_APPS
        and admin.site.is_registered(model)
        and admin.site.get_model_admin(model).search_fields
        and not isinstance(admin.site.get_model_admin(model), FoldedSearchMixin)
    ]
    assert plain == []


def test_section_autocomplete_without_diacritics(staff):
    for name in ("Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Pháp luật"):
        SectionFactory(name=name)
    assert autocomplete(staff, "articles", "article", "section", "thoi su") == ["Thời sự"]
    assert autocomplete(staff, "articles", "article", "section", "THE GIOI") == ["Thế giới"]
    assert autocomplete(staff, "articles", "article", "section", "phap") == ["Pháp luật"]
    # Typed with diacritics, or in the other tone placement, it still matches.
    assert autocomplete(staff, "articles", "article", "section", "Xã hội") == ["Xã hội"]


def test_section_changelist_search_without_diacritics(staff):
    SectionFactory(name="Thời sự")
    SectionFactory(name="Kinh tế")
    page = staff.get(reverse("admin:articles_section_changelist"), {"q": "kinh te"})
    assert "Kinh tế" in page.text and "Thời sự" not in page.text


def test_photo_autocomplete_finds_captions_without_diacritics(staff):
    PhotoFactory(
        caption="Các đại biểu dự phiên khai mạc Kỳ họp thứ 8, Quốc hội khóa XV",
        alt_text="Hội trường Diên Hồng",
    )
    PhotoFactory(
        caption="Quang cảnh hội nghị Ban Chấp hành Đảng bộ tỉnh", alt_text="Quang cảnh hội nghị"
    )
    in_story = PhotoFactory(caption="Lễ ký kết hợp tác", alt_text="Hai lãnh đạo bắt tay")
    CaptionFactory(photo=in_story, text="Lãnh đạo hai tỉnh trao biên bản ghi nhớ")
    found = autocomplete(staff, "media", "caption", "photo", "dai bieu")
    assert len(found) == 1 and "đại biểu" in found[0]
    # The caption a story gave the photo counts too, and one photo is listed once.
    found = autocomplete(staff, "media", "caption", "photo", "bien ban ghi nho")
    assert len(found) == 1 and "Lễ ký kết" in found[0]
    assert autocomplete(staff, "media", "caption", "photo", "dai bieu ban chap hanh") == []


def test_resolution_autocomplete_by_kind_and_number_in_words(staff):
    ResolutionFactory(
        kind=Resolution.Kind.RESOLUTION,
        number="27-NQ/TW",
        title="Về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam",
    )
    ResolutionFactory(
        kind=Resolution.Kind.DIRECTIVE,
        number="06-CT/TW",
        title="Về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm an toàn giao thông",
    )
    ResolutionFactory(
        kind=Resolution.Kind.RESOLUTION,
        number="06-NQ/TW",
        title="Về quy hoạch, xây dựng, quản lý và phát triển bền vững đô thị Việt Nam",
    )

    def found(term):
        return autocomplete(staff, "articles", "article", "resolutions", term)

    assert [r.split(":")[0] for r in found("nghi quyet 27")] == ["Nghị quyết 27-NQ/TW"]
    assert [r.split(":")[0] for r in found("chi thi 06")] == ["Chỉ thị 06-CT/TW"]
    assert [r.split(":")[0] for r in found("nha nuoc phap quyen")] == ["Nghị quyết 27-NQ/TW"]
    assert [r.split(":")[0] for r in found("06-nq/tw")] == ["Nghị quyết 06-NQ/TW"]


def test_tag_search_without_diacritics(staff):
    for name in ("Hà Nội", "Đà Nẵng", "Quốc hội"):
        Tag.objects.create(name=name)
    page = staff.get(reverse("admin:articles_tag_changelist"), {"q": "da nang"})
    assert "Đà Nẵng" in page.text and "Hà Nội" not in page.text


def test_officials_and_articles_still_found_without_diacritics(staff):
    PersonFactory(full_name="Đinh Tiến Dũng")
    PersonFactory(full_name="Trần Thanh Mẫn")
    assert autocomplete(staff, "articles", "article", "officials", "dinh tien dung") == [
        "Đinh Tiến Dũng"
    ]
    ArticleFactory(title="Quốc hội thảo luận về kinh tế - xã hội")
    ArticleFactory(title="Thành ủy Đà Nẵng triển khai nghị quyết")
    page = staff.get(reverse("admin:articles_article_changelist"), {"q": "thao luan kinh te"})
    assert "Quốc hội thảo luận" in page.text and "Thành ủy Đà Nẵng" not in page.text


@pytest.mark.parametrize("rows", [1, 12])
def test_autocomplete_query_count_does_not_grow_with_matches(
    staff, django_assert_num_queries, rows
):
    for n in range(rows):
        PhotoFactory(caption=f"Đại biểu Quốc hội tiếp xúc cử tri, ảnh {n}")
    # Session, user, the page of photos, the count for "more results".
    with django_assert_num_queries(4):
        found = autocomplete(staff, "media", "caption", "photo", "dai bieu")
    assert len(found) == rows


def test_section_autocomplete_query_count(staff, django_assert_num_queries):
    for name in ("Thời sự", "Thời trang", "Thế giới"):
        SectionFactory(name=name)
    with django_assert_num_queries(4):  # session, user, the sections, their count
        found = autocomplete(staff, "articles", "article", "section", "thoi")
    assert sorted(found) == ["Thời sự", "Thời trang"]


VIETNAMESE_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
COPY = [
    "Thành ủy Hà Nội",
    "Thành uỷ Hà Nội",
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH",
    "Đồng chí Đinh Tiến Dũng, Ủy viên Bộ Chính trị",
    "Nghị quyết số 27-NQ/TW ngày 9/11/2022",
    "Hoàng Thị Thúy Lan, Phó Chủ tịch Quốc hội khóa XV",
    "Giữ gìn bản sắc, phát triển bền vững; Đắk Lắk - Tây Nguyên",
]
# Not compared: typographic punctuation, which unaccent also plainens ("–" → "-") and fold keeps.


def test_fold_in_the_database_is_newsroom_text_fold():
    """On PostgreSQL Fold is unaccent and lower: it must agree with fold() letter by letter."""
    texts = [*VIETNAMESE_LETTERS, *VIETNAMESE_LETTERS.upper(), *COPY]
    row = Section.objects.create(name="Thời sự")
    annotations = {f"f{i}": Fold(Value(text)) for i, text in enumerate(texts)}
    folded = Section.objects.filter(pk=row.pk).annotate(**annotations).values(*annotations).get()
    assert [folded[f"f{i}"] for i in range(len(texts))] == [fold(text) for text in texts]
