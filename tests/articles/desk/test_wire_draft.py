"""An imported draft's own page (articles/desk/wire_admin.py, wire_draft.py): the import's
warnings, unknown officials with their actions, resolutions found, and photo slots filled in
place, as an editor uses them with the test client."""

import datetime

import pytest
import reversion
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, PersonSuggestion, PhotoSlot
from articles.wire.batch import wire_import
from articles.wire.sources import WireSource
from media.models import Caption, Photo
from newsroom.text import normalize_inline
from people.models import Person
from tests.factories import (
    EDITOR,
    REPORTER,
    CreditFactory,
    PersonFactory,
    PhotoFactory,
    PositionFactory,
    ResolutionFactory,
    SectionFactory,
    UserFactory,
    image_file,
)
from tests.paths import WIRE_DATA

pytestmark = pytest.mark.django_db

N = normalize_inline
D = datetime.date


@pytest.fixture
def editor(client):
    user = UserFactory(username="btv.thu", role=EDITOR)
    client.force_login(user)
    return user


@pytest.fixture
def draft():
    """The titleless story of 29/4/2021 imported: two photo slots credited "AS" (not yet a
    registered short form), an unknown secretary and deputy, a resolution on record."""
    SectionFactory(name="Thời sự", slug="thoi-su")
    ResolutionFactory(number="15-NQ/TU", title="Về công tác cán bộ thành phố")
    hung = PersonFactory(full_name="Trịnh Quốc Hưng")
    PositionFactory(person=hung, title="Bí thư Thành ủy Hà Nội", start_date=D(2020, 10, 10),
                    end_date=D(2025, 10, 17))  # fmt: skip
    report = wire_import(sources=[WireSource.from_path(WIRE_DATA / "bi_thu_2021.txt")])
    return Article.objects.get(pk=report.items[0]["article_id"])


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def suggestion_url(article, suggestion, action):
    return reverse("admin:articles_article_suggestion", args=[article.pk, suggestion.pk, action])


def slot_url(article, slot):
    return reverse("admin:articles_article_slot", args=[article.pk, slot.pk])


def test_the_draft_page_shows_what_the_import_left_for_the_editor(client, editor, draft):
    page = client.get(change_url(draft)).content.decode()
    panel = page[page.index('class="wire-panel"') :]
    assert ">bi_thu_2021.txt</a>" in panel  # the inbox item that wrote the draft
    # The import's warnings, which used to be on the inbox item only.
    assert "Thiếu tiêu đề" in panel and "Tiêu đề tạm" in panel
    # The unknown officials, each title with the day of the story, and their three actions.
    assert N("Đinh Tiến Dũng") in panel and N("Nguyễn Văn Phong") in panel
    assert N("Bí thư Thành uỷ Hà Nội") + ' <span class="wire-seen">(theo bài ngày 29/04/2021)' in (
        panel
    )
    dung = PersonSuggestion.objects.get(name=N("Đinh Tiến Dũng"))
    for action in ("tao", "gan", "bo-qua"):
        assert f'action="{suggestion_url(draft, dung, action)}"' in panel
    # The other secretary recorded for that day is pointed out before anyone accepts.
    assert "Trùng chức vụ" in panel and "Trịnh Quốc Hưng" in panel
    # The resolution it found and linked.
    assert "Nghị quyết số 15-NQ/TU" in panel and "đã gắn" in panel
    # The photo slots, with their place, caption and a form in each.
    slots = list(draft.photo_slots.order_by("order"))
    assert len(slots) == 2
    assert "Ảnh đầu bài" in panel and "Sau đoạn 3" in panel
    assert N("Các đại biểu biểu quyết thông qua chương trình hành động") in panel
    for slot in slots:
        assert f'action="{slot_url(draft, slot)}"' in panel
    # The old inline that made the editor retype the slot in a new row is gone.
    assert "photo_slots-TOTAL_FORMS" not in page


def test_a_story_written_in_the_admin_has_no_wire_panel(client, editor, draft):
    from tests.factories import ArticleFactory

    page = client.get(change_url(ArticleFactory(status=Article.Status.DRAFT))).content.decode()
    assert 'class="wire-panel"' not in page


def test_the_draft_page_query_count_does_not_grow_with_photo_slots(client, editor, draft):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(change_url(draft)).status_code == 200
        return len(ctx.captured_queries)

    count()  # the first visit records the editor's presence
    few = count()
    PhotoSlot.objects.bulk_create(
        [PhotoSlot(article=draft, text=f"Ảnh số {n}", credit="AS", position=n, order=n + 2)
         for n in range(5)]
    )  # fmt: skip
    assert count() == few


def test_editor_creates_the_official_from_the_draft_page_with_a_warning(client, editor, draft):
    dung = PersonSuggestion.objects.get(name=N("Đinh Tiến Dũng"))
    response = client.post(suggestion_url(draft, dung, "tao"), follow=True)
    assert response.redirect_chain[-1][0] == change_url(draft)
    page = response.content.decode()
    assert N("Đã tạo nhân vật “Đinh Tiến Dũng”") in page
    assert "Lưu ý:" in page and "Trịnh Quốc Hưng" in page
    person = Person.objects.get(full_name=N("Đinh Tiến Dũng"))
    assert person in draft.officials.all()
    assert set(person.positions.values_list("seen_on", "start_date", "end_date")) == {
        (D(2021, 4, 29), None, None)
    }
    assert person.current_titles() == []
    # Decided: no longer among the pending ones, listed with what became of it.
    panel = page[page.index('class="wire-panel"') :]
    assert f'id="goi-y-{dung.pk}"' not in panel
    assert "đã tạo nhân vật" in panel


def test_editor_links_a_name_to_a_recorded_official_from_the_draft_page(client, editor, draft):
    phong = PersonFactory(full_name="Nguyễn Văn Phong")
    PositionFactory(person=phong, title="Phó Bí thư Thường trực Thành ủy Hà Nội")
    suggestion = PersonSuggestion.objects.get(name=N("Nguyễn Văn Phong"))
    prefix = f"nv-{suggestion.pk}"
    response = client.post(
        suggestion_url(draft, suggestion, "gan"), {f"{prefix}-person": phong.pk}, follow=True
    )
    assert N("Đã gắn “Nguyễn Văn Phong” vào nhân vật") in response.content.decode()
    assert phong in draft.officials.all()
    suggestion.refresh_from_db()
    assert suggestion.status == PersonSuggestion.Status.LINKED
    # Nothing chosen: a clear error, nothing decided.
    other = PersonSuggestion.objects.get(name=N("Đinh Tiến Dũng"))
    response = client.post(suggestion_url(draft, other, "gan"), {}, follow=True)
    assert "Chọn một nhân vật có sẵn để gắn." in response.content.decode()
    other.refresh_from_db()
    assert other.status == PersonSuggestion.Status.PENDING


def test_editor_ignores_a_suggestion_from_the_draft_page(client, editor, draft):
    suggestion = PersonSuggestion.objects.get(name=N("Nguyễn Văn Phong"))
    client.post(suggestion_url(draft, suggestion, "bo-qua"))
    suggestion.refresh_from_db()
    assert suggestion.status == PersonSuggestion.Status.REJECTED
    assert not Person.objects.filter(full_name=N("Nguyễn Văn Phong")).exists()


def test_a_reporter_cannot_act_on_an_imported_draft(client, draft):
    client.force_login(UserFactory(username="pv.an", role=REPORTER))
    suggestion = PersonSuggestion.objects.get(name=N("Đinh Tiến Dũng"))
    slot = draft.photo_slots.first()
    assert client.post(suggestion_url(draft, suggestion, "tao")).status_code in (403, 302)
    assert client.post(slot_url(draft, slot), {"bo": "1"}).status_code in (403, 302)
    suggestion.refresh_from_db()
    assert suggestion.status == PersonSuggestion.Status.PENDING
    assert PhotoSlot.objects.filter(pk=slot.pk).exists()


def test_suggest_links_page_of_an_imported_draft_shows_what_the_import_could_not_link(
    client, editor, draft
):
    """It used to say "found nothing": the importer had linked every official on record, and the
    page ignored the ones it could not link and the photo captions."""
    url = reverse("admin:articles_article_links", args=[draft.pk])
    page = client.get(url).content.decode()
    assert N("Đinh Tiến Dũng") in page and "Tạo nhân vật mới" in page
    # An official recorded after the import, named only in a photo caption, is found.
    phong = PersonFactory(full_name="Nguyễn Văn Phong")
    PositionFactory(person=phong, title="Phó Bí thư Thường trực Thành ủy Hà Nội")
    page = client.get(url).content.decode()
    assert f'name="nv" value="{phong.pk}"' in page


def test_filling_a_slot_with_a_library_photo_keeps_its_caption_credit_and_place(
    client, editor, draft
):
    CreditFactory(name="Anh Sơn", short_name="AS")  # registered after the import
    photo = PhotoFactory(caption="Hội nghị Ban Chấp hành Đảng bộ thành phố", credit="")
    slot = draft.photo_slots.get(order=1)
    response = client.post(slot_url(draft, slot), {f"anh-{slot.pk}-photo": photo.pk}, follow=True)
    assert N("nguồn ảnh “Anh Sơn”") in response.content.decode()
    caption = Caption.objects.get(article=draft)
    assert (caption.photo, caption.text, caption.credit, caption.position, caption.order) == (
        photo,
        N(
            "Phó Bí thư Thường trực Thành uỷ Hà Nội Nguyễn Văn Phong tổng hợp ý kiến thảo luận "
            "tại tổ."
        ),
        "Anh Sơn",
        3,
        1,
    )
    assert not PhotoSlot.objects.filter(pk=slot.pk).exists()
    assert draft.photo_slots.count() == 1
    # Kept in the story's history, with the photo.
    latest = reversion.models.Version.objects.get_for_object(draft).first()
    assert "Đặt ảnh" in latest.revision.comment
    assert latest.revision.version_set.filter(object_id=str(caption.pk)).exists()


def test_filling_a_slot_by_uploading_a_photo(client, editor, draft):
    slot = draft.photo_slots.get(order=0)
    upload = SimpleUploadedFile("hoi-nghi.jpg", image_file().read(), content_type="image/jpeg")
    client.post(slot_url(draft, slot), {f"anh-{slot.pk}-upload": upload})
    photo = Photo.objects.get()
    assert photo.caption == slot.text and photo.credit == "AS"
    assert photo.alt_text == slot.text
    caption = Caption.objects.get(article=draft)
    assert (caption.photo, caption.position, caption.order) == (photo, 0, 0)
    assert not PhotoSlot.objects.filter(pk=slot.pk).exists()


def test_a_refused_file_leaves_the_slot_as_it_was(client, editor, draft):
    slot = draft.photo_slots.get(order=0)
    bad = SimpleUploadedFile("bao-cao.jpg", b"%PDF-1.4 not a photo", content_type="image/jpeg")
    response = client.post(slot_url(draft, slot), {f"anh-{slot.pk}-upload": bad}, follow=True)
    assert "messagelist" in response.content.decode()
    assert PhotoSlot.objects.filter(pk=slot.pk).exists()
    assert not Caption.objects.exists() and not Photo.objects.exists()
    # Neither a photo nor a file: the same.
    response = client.post(slot_url(draft, slot), {}, follow=True)
    assert "Chọn một ảnh trong thư viện hoặc tải lên một tệp ảnh." in response.content.decode()
    assert PhotoSlot.objects.filter(pk=slot.pk).exists()


def test_dropping_a_slot(client, editor, draft):
    slot = draft.photo_slots.get(order=0)
    response = client.post(slot_url(draft, slot), {"bo": "1"}, follow=True)
    assert "Đã bỏ ô ảnh chờ" in response.content.decode()
    assert not PhotoSlot.objects.filter(pk=slot.pk).exists()
    assert not Caption.objects.exists()


def test_the_title_warnings_are_marked_settled_once_a_title_is_set(client, editor, draft):
    assert "✓ Đã đặt tiêu đề." not in client.get(change_url(draft)).content.decode()
    draft.title = "Hà Nội ban hành chương trình hành động về công tác cán bộ"
    draft.save()
    page = client.get(change_url(draft)).content.decode()
    assert page.count('class="wire-settled"') == 2
    assert page.count("✓ Đã đặt tiêu đề.") == 2
