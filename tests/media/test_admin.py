"""The photo library as editors use it: list, search, filters, upload one or many, duplicates,
where a photo is used."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from media.models import Credit, Photo
from tests.factories import (
    REPORTER,
    ArticleFactory,
    CaptionFactory,
    CreditFactory,
    PhotoFactory,
    UserFactory,
)
from tests.media.images import encode, picture, upload

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:media_photo_changelist")
ADD = reverse("admin:media_photo_add")
BULK = reverse("admin:media_photo_bulk_upload")


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.vn", "mat-khau-123")
    client.force_login(user)
    return client


def jpeg(seed, size=(900, 600)):
    return encode(picture(size, seed=seed), "JPEG", quality=88)


def listed(response) -> list[str]:
    return re.findall(
        r'<th class="field-thumbnail"><a href="/admin/media/photo/(\d+)/', response.content.decode()
    )


def test_list_shows_thumbnails_at_a_fixed_query_count(editor_client):
    counts = []
    for _ in range(2):
        PhotoFactory.create_batch(3, credited_to=CreditFactory())
        with CaptureQueriesContext(connection) as queries:
            response = editor_client.get(CHANGELIST)
        counts.append(len(queries))
    assert counts[0] == counts[1]
    html = response.content.decode()
    photo = Photo.objects.first()
    assert f'<img src="{photo.rendition_jpeg_480.url}"' in html
    assert "Tải nhiều ảnh cùng lúc" in html


def test_search_by_caption_credit_and_caption_in_an_article(editor_client):
    anh_son = CreditFactory(name="Anh Sơn", short_name="AS")
    meeting = PhotoFactory(caption="Phiên họp Chính phủ thường kỳ tháng 10", credit="VGP")
    by_anh_son = PhotoFactory(caption="Cử tri Hà Nội", credit="AS")
    in_story = PhotoFactory(caption="Toàn cảnh", credit="TTXVN")
    CaptionFactory(photo=in_story, text="Đại biểu Nguyễn Thị Kim Ngân phát biểu", credit="Trí Dũng")
    assert by_anh_son.credited_to == anh_son

    def search(term):
        return listed(editor_client.get(CHANGELIST, {"q": term}))

    assert search("thường kỳ") == [str(meeting.pk)]
    assert search("VGP") == [str(meeting.pk)]
    assert search("Anh Sơn") == [str(by_anh_son.pk)]
    assert search("AS") == [str(by_anh_son.pk)]
    assert search("Kim Ngân") == [str(in_story.pk)]
    assert search("Trí Dũng") == [str(in_story.pk)]  # the credit it carries in an article


def test_filter_by_credit_and_by_date(editor_client):
    ttxvn = Credit.objects.create(name="TTXVN", short_name="TTX", kind=Credit.Kind.AGENCY)
    agency_photo = PhotoFactory(credit="", credited_to=ttxvn)
    PhotoFactory(credit="Quang Vinh")
    Photo.objects.filter(pk=agency_photo.pk).update(uploaded_at="2024-05-02T09:00:00+07:00")

    by_credit = editor_client.get(CHANGELIST, {"credited_to__id__exact": ttxvn.pk})
    assert listed(by_credit) == [str(agency_photo.pk)]
    by_kind = editor_client.get(CHANGELIST, {"credited_to__kind__exact": "agency"})
    assert listed(by_kind) == [str(agency_photo.pk)]
    by_month = editor_client.get(CHANGELIST, {"uploaded_at__year": 2024, "uploaded_at__month": 5})
    assert listed(by_month) == [str(agency_photo.pk)]
    assert "TTXVN (TTX)" in by_credit.content.decode()


def test_upload_one_photo_with_a_recorded_credit(editor_client):
    anh_son = CreditFactory(name="Anh Sơn", short_name="AS")
    response = editor_client.post(
        ADD,
        {
            "image": upload(jpeg(1), "Chủ tịch Quốc hội tiếp xúc cử tri.jpg"),
            "caption": "Chủ tịch Quốc hội tiếp xúc cử tri quận Ba Đình",
            "alt_text": "Chủ tịch Quốc hội bắt tay cử tri cao tuổi",
            "credit": "(Ảnh: AS)",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    photo = Photo.objects.get()
    assert photo.credit == "Anh Sơn"
    assert photo.credited_to == anh_son
    assert photo.original_filename == "Chủ tịch Quốc hội tiếp xúc cử tri.jpg"
    assert (photo.width, photo.height) == (900, 600)


def test_alt_text_is_required_and_starts_from_the_caption(editor_client):
    response = editor_client.post(
        ADD,
        {"image": upload(jpeg(2), "a.jpg"), "caption": "Quang cảnh hội nghị", "credit": "VGP"},
    )
    assert response.status_code == 200
    assert "alt_text" in response.context["adminform"].form.errors
    assert Photo.objects.count() == 0

    photo = PhotoFactory(caption="Thủ tướng thăm nhà máy", alt_text="tạm")
    Photo.objects.filter(pk=photo.pk).update(alt_text="")
    page = editor_client.get(reverse("admin:media_photo_change", args=[photo.pk]))
    assert re.search(r'name="alt_text"[^>]*value="Thủ tướng thăm nhà máy"', page.content.decode())
    assert "media/alt_from_caption.js" in page.content.decode()


def test_uploading_a_known_photo_links_to_the_existing_one(editor_client, settings):
    existing = Photo.objects.create(
        image=upload(jpeg(3), "goc.jpg"), caption="Lễ thượng cờ", alt_text="Lễ thượng cờ"
    )
    response = editor_client.post(
        ADD,
        {
            "image": upload(jpeg(3), "ban-sao.jpg"),
            "caption": "Lễ thượng cờ",
            "alt_text": "Lễ thượng cờ",
            "credit": "TTXVN",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    change_url = reverse("admin:media_photo_change", args=[existing.pk])
    assert f'Ảnh này đã có trong kho: <a href="{change_url}">ảnh #{existing.pk}' in html
    assert Photo.objects.count() == 1


def test_bulk_upload_saves_good_files_and_lists_the_others(editor_client):
    known = Photo.objects.create(image=upload(jpeg(4), "da-co.jpg"), alt_text="x")
    form = editor_client.get(BULK)
    assert re.search(r'<input type="file" name="images" multiple', form.content.decode())

    response = editor_client.post(
        BULK,
        {
            "images": [
                upload(jpeg(5), "Kỳ họp thứ 8 - 01.jpg"),
                upload(b"<svg xmlns='http://www.w3.org/2000/svg'/>", "Kỳ họp thứ 8 - 02.jpg"),
                upload(jpeg(4), "Kỳ họp thứ 8 - 03.jpg"),
                upload(encode(picture((700, 500), seed=6), "PNG"), "Kỳ họp thứ 8 - 04.png"),
            ],
            "caption": "Kỳ họp thứ 8, Quốc hội khóa XV",
            "credit": "Doãn Tấn/TTXVN",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Đã lưu 2 ảnh." in html
    assert re.search(r"<strong>Kỳ họp thứ 8 - 02.jpg</strong>: Tệp không phải là ảnh", html)
    assert "ảnh vector SVG" in html
    change_url = reverse("admin:media_photo_change", args=[known.pk])
    assert re.search(
        rf'<strong>Kỳ họp thứ 8 - 03.jpg</strong>: Ảnh này đã có trong kho: <a href="{change_url}"',
        html,
    )
    saved = Photo.objects.exclude(pk=known.pk).order_by("pk")
    assert [p.original_filename for p in saved] == [
        "Kỳ họp thứ 8 - 01.jpg",
        "Kỳ họp thứ 8 - 04.png",
    ]
    assert {p.credit for p in saved} == {"Doãn Tấn/TTXVN"}


def test_bulk_upload_needs_a_credit(editor_client):
    response = editor_client.post(
        BULK, {"images": [upload(jpeg(7), "a.jpg")], "caption": "Hội nghị"}
    )
    assert "Cần nguồn ảnh" in response.content.decode()
    assert Photo.objects.count() == 0


def test_each_photo_lists_the_articles_that_use_it(editor_client):
    photo = PhotoFactory()
    CaptionFactory(
        photo=photo,
        article=ArticleFactory(title="Bế mạc Hội nghị Trung ương"),
        text="Tổng Bí thư phát biểu bế mạc",
    )
    CaptionFactory(
        photo=photo,
        article=ArticleFactory(title="Toàn văn phát biểu bế mạc"),
        text="Toàn cảnh phiên bế mạc",
        credit="",
    )
    html = editor_client.get(reverse("admin:media_photo_change", args=[photo.pk])).content.decode()
    assert "Bế mạc Hội nghị Trung ương</a>" in html
    assert "Tổng Bí thư phát biểu bế mạc" in html
    assert "Toàn văn phát biểu bế mạc</a>" in html
    assert "(Ảnh: TTXVN)" in html  # the second story prints the photo's own credit


def test_a_reporter_sees_only_their_own_stories_among_those_using_a_photo(client):
    """A reporter may open any photo; the titles of others' stories using it (a draft, an
    embargoed story) are not theirs to read: they are counted, not named."""
    reporter = UserFactory(username="pv.lan", role=REPORTER)
    other = UserFactory(username="pv.hung", role=REPORTER)
    photo = PhotoFactory()
    mine = ArticleFactory(title="Bài của tôi về hội nghị", created_by=reporter, status="draft")
    secret = ArticleFactory(title="Dự kiến nhân sự khóa mới", created_by=other, status="draft")
    CaptionFactory(photo=photo, article=mine, text="Quang cảnh hội nghị")
    CaptionFactory(photo=photo, article=secret, text="Đại biểu bỏ phiếu")
    client.force_login(reporter)
    response = client.get(reverse("admin:media_photo_change", args=[photo.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bài của tôi về hội nghị</a>" in html
    assert secret.title not in html and "Đại biểu bỏ phiếu" not in html
    assert "và 1 bài khác" in html
