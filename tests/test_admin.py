"""Every admin changelist, add and change page answers 200 for an editor, in Vietnamese."""

import datetime

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from articles.models import Article, PersonSuggestion, Transition, WireItem
from media.tasks import build_renditions
from people.models import Position
from tests.factories import (
    ArticleFactory,
    CaptionFactory,
    CorrectionFactory,
    CreditFactory,
    PersonFactory,
    PositionFactory,
    ResolutionFactory,
    SectionFactory,
)

pytestmark = pytest.mark.django_db

# The wire inbox and the suggested officials are written by the import only, task results by
# the task queue.
READ_ONLY = {Transition, WireItem, PersonSuggestion, DBTaskResult}
MODELS = [model for model in admin.site._registry if model._meta.app_label != "auth"]


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.vn", "mat-khau-123")
    client.force_login(user)
    return client


@pytest.fixture
def sample_rows(settings):
    caption = CaptionFactory(photo__credited_to=CreditFactory())
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    build_renditions.enqueue(caption.photo_id)  # a task waiting for the worker
    caption.article.tags.add("Chuyển đổi số")
    CorrectionFactory(article=caption.article)
    Transition.objects.create(article=caption.article, action="publish", to_status="published")
    PositionFactory()
    ResolutionFactory()
    item = WireItem.objects.create(
        file_name="ttxvn-0142.txt", raw=b"Ha Noi", status="created", article=caption.article
    )
    PersonSuggestion.objects.create(name="Hà Quang Thái", titles=["Chủ tịch HĐND tỉnh"],
                                    wire_item=item)  # fmt: skip
    return caption


def admin_url(model, action, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{action}", args=args)


def test_every_app_model_is_registered():
    labels = {f"{m._meta.app_label}.{m.__name__}" for m in MODELS}
    assert {
        "articles.Article",
        "articles.Section",
        "articles.Tag",
        "people.Person",
        "people.Organization",
        "people.Position",
        "people.Resolution",
        "media.Photo",
        "media.Credit",
    } <= labels


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.label)
def test_changelist_add_and_change_pages_answer(editor_client, sample_rows, model):
    response = editor_client.get(admin_url(model, "changelist"))
    assert response.status_code == 200
    assert response.headers["Content-Language"] == "vi"
    # The audit trail (articles.Transition) is written by the workflow only: no add page.
    expected_add = 403 if model in READ_ONLY else 200
    assert editor_client.get(admin_url(model, "add")).status_code == expected_add
    obj = model._default_manager.first()
    assert obj is not None, f"no sample row for {model._meta.label}"
    assert editor_client.get(admin_url(model, "change", obj.pk)).status_code == 200


def test_admin_is_in_vietnamese(editor_client):
    response = editor_client.get(reverse("admin:index"))
    assert "Tòa soạn" in response.text
    assert "Đổi mật khẩu" in response.text
    assert "Hoạt động gần đây" in response.text


def test_changelist_search_works_without_diacritics(editor_client):
    PersonFactory(full_name="Đinh Tiến Dũng")
    PersonFactory(full_name="Trần Văn Bình")
    response = editor_client.get(
        admin_url(PersonFactory._meta.model, "changelist"), {"q": "dinh tien dung"}
    )
    assert "Đinh Tiến Dũng" in response.text
    assert "Trần Văn Bình" not in response.text
    ArticleFactory(title="Thành uỷ Hà Nội họp phiên thường kỳ")
    response = editor_client.get(admin_url(Article, "changelist"), {"q": "thanh uy ha noi"})
    assert "Thành ủy Hà Nội họp phiên thường kỳ" in response.text


def test_positions_edited_inline_with_day_first_dates(editor_client):
    person = PersonFactory(full_name="Nguyễn Thị Tuyến")
    url = admin_url(PersonFactory._meta.model, "change", person.pk)
    data = {
        "full_name": "Nguyễn Thị Tuyến",
        "aliases": "",
        "birth_year": "1970",
        "biography": "",
        "positions-TOTAL_FORMS": "1",
        "positions-INITIAL_FORMS": "0",
        "positions-MIN_NUM_FORMS": "0",
        "positions-MAX_NUM_FORMS": "1000",
        "positions-0-title": "Phó Bí thư Thường trực Thành uỷ Hà Nội",
        "positions-0-start_date": "29/04/2021",
        "positions-0-end_date": "",
        "positions-0-term": "khoá XVII",
        "positions-0-rank": "10",
    }
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    position = Position.objects.get(person=person)
    assert position.start_date == datetime.date(2021, 4, 29)
    assert person.title_on(datetime.date(2021, 5, 1)) == ["Phó Bí thư Thường trực Thành ủy Hà Nội"]


def test_article_created_in_admin_gets_server_side_slug_and_clean_body(editor_client):
    section = SectionFactory(name="Chính trị")
    response = editor_client.post(
        admin_url(Article, "add"),
        {
            "title": "Đinh Tiến Dũng tiếp xúc cử tri",
            "slug": "",
            "section": section.pk,
            "sapo": "Sáng 20/5, đoàn đại biểu tiếp xúc cử tri.",
            "body": "<p>Nội dung</p><script>alert(1)</script>",
            "status": "draft",
            "published_at_0": "",
            "published_at_1": "",
            "byline": "Ánh Sáng",
            "source": "",
            "tags": "Tiếp xúc cử tri, Quốc hội",
            "captions-TOTAL_FORMS": "0",
            "captions-INITIAL_FORMS": "0",
            "captions-MIN_NUM_FORMS": "0",
            "captions-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get()
    assert article.slug == "dinh-tien-dung-tiep-xuc-cu-tri"
    assert article.body == "<p>Nội dung</p>"
    assert sorted(article.tags.names()) == ["Quốc hội", "Tiếp xúc cử tri"]


def test_form_errors_are_announced_in_vietnamese(editor_client):
    response = editor_client.post(admin_url(SectionFactory._meta.model, "add"), {"name": ""})
    assert response.status_code == 200
    assert "Vui lòng sửa các lỗi dưới đây." in response.text
    assert "Please correct" not in response.text
