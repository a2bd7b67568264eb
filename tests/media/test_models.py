"""Photo and Caption: duplicates, captions per article, storage through Django's API only,
the credit check before publishing."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import InMemoryStorage, storages
from django.db.models import ProtectedError

from articles.desk import workflow
from articles.models import Article
from articles.site.article_page import figure_of
from articles.site.story_markup import figure
from media.models import Caption, Photo
from media.services import photo_upload, photo_upload_batch
from newsroom.text import normalize_inline
from tests.factories import (
    EDITOR,
    PUBLISHER,
    REPORTER,
    ArticleFactory,
    CaptionFactory,
    PhotoFactory,
    SectionFactory,
    UserFactory,
)
from tests.media.images import encode, picture, upload

pytestmark = pytest.mark.django_db


def jpeg(seed=1, size=(1000, 667)) -> bytes:
    return encode(picture(size, seed=seed), "JPEG", quality=88)


class TestDuplicates:
    def test_the_same_bytes_uploaded_twice_are_recognised(self):
        first = Photo.objects.create(
            image=upload(jpeg(), "DSC_0412.jpg"), caption="Hội nghị", alt_text="Hội nghị"
        )
        second = Photo(image=upload(jpeg(), "ban-sao.jpg"), caption="Khác", alt_text="Khác")
        with pytest.raises(ValidationError) as refused:
            second.full_clean()
        assert refused.value.error_dict["image"][0].code == "duplicate"
        assert f"ảnh #{first.pk}" in refused.value.messages[0]
        with pytest.raises(ValidationError, match="đã có trong kho"):
            second.save()  # the shell path refuses as well
        assert Photo.objects.count() == 1

    def test_the_hash_is_of_the_upload_not_of_the_cleaned_file(self):
        data = jpeg(seed=2)
        photo = Photo.objects.create(image=upload(data, "a.jpg"), alt_text="x")
        with photo.image.open("rb") as stored:
            assert stored.read() != data  # re-encoded without metadata ...
        again, created = photo_upload(file=upload(data, "a-lan-2.jpg"), caption="Hội nghị")
        assert (again, created) == (photo, False)  # ... yet the same upload is recognised

    def test_the_importer_gets_the_existing_photo_back(self, settings):
        photo, created = photo_upload(
            file=ContentFile(jpeg(seed=3), name="ttxvn-0193.jpg"),
            caption="Chủ tịch nước tiếp Đại sứ Nhật Bản",
            credit="TTXVN",
        )
        assert created
        assert photo.alt_text == "Chủ tịch nước tiếp Đại sứ Nhật Bản"  # alt starts from caption
        reused, created = photo_upload(
            file=ContentFile(jpeg(seed=3), name="ttxvn-0193 (1).jpg"), caption="Khác"
        )
        assert (reused, created) == (photo, False)
        assert Photo.objects.count() == 1
        stored = [p for p in (settings.MEDIA_ROOT / "anh").rglob("*") if p.is_file()]
        assert len(stored) == 1

    def test_a_batch_saves_the_good_reports_the_bad_and_the_known(self, settings):
        known = Photo.objects.create(image=upload(jpeg(seed=4), "da-co.jpg"), alt_text="x")
        result = photo_upload_batch(
            files=[
                upload(jpeg(seed=5), "Phiên khai mạc 1.jpg"),
                upload(b"<html><body>not a photo</body></html>", "Phiên khai mạc 2.jpg"),
                upload(jpeg(seed=4), "Phiên khai mạc 3.jpg"),
                upload(jpeg(seed=6)[:4000], "Phiên khai mạc 4.jpg"),
                upload(jpeg(seed=7), "Phiên khai mạc 5.jpg"),
            ],
            caption="Phiên khai mạc Kỳ họp thứ 8, Quốc hội khóa XV",
            credit="Quang Khánh",
        )
        assert [p.original_filename for p in result.saved] == [
            "Phiên khai mạc 1.jpg",
            "Phiên khai mạc 5.jpg",
        ]
        assert result.duplicates == [("Phiên khai mạc 3.jpg", known)]
        assert [name for name, _ in result.rejected] == [
            "Phiên khai mạc 2.jpg",
            "Phiên khai mạc 4.jpg",
        ]
        assert "văn bản HTML/XML" in result.rejected[0][1][0]
        assert "không trọn vẹn" in result.rejected[1][1][0]
        assert Photo.objects.count() == 3
        assert {p.alt_text for p in result.saved} == {
            normalize_inline("Phiên khai mạc Kỳ họp thứ 8, Quốc hội khóa XV")
        }
        originals = [p for p in (settings.MEDIA_ROOT / "anh").rglob("*") if p.is_file()]
        assert len(originals) == 3


def test_one_photo_two_articles_two_captions():
    photo = PhotoFactory(caption="Tổng Bí thư phát biểu", credit="TTXVN")
    congress = CaptionFactory(
        photo=photo,
        article=ArticleFactory(title="Bế mạc Hội nghị Trung ương 10"),
        text="Tổng Bí thư phát biểu bế mạc Hội nghị",
        credit="Trí Dũng/TTXVN",
    )
    visit = CaptionFactory(
        photo=photo,
        article=ArticleFactory(title="Tổng Bí thư thăm Đắk Lắk"),
        text="Tổng Bí thư nói chuyện với cử tri Buôn Ma Thuột",
        credit="",
    )
    congress.text = "Tổng Bí thư phát biểu bế mạc Hội nghị Trung ương 10, khóa XIII"
    congress.save()

    visit.refresh_from_db()
    photo.refresh_from_db()
    assert visit.text == "Tổng Bí thư nói chuyện với cử tri Buôn Ma Thuột"
    assert photo.caption == "Tổng Bí thư phát biểu"
    assert visit.display_credit == "TTXVN"  # falls back to the photo's credit
    assert congress.display_credit == "Trí Dũng/TTXVN"

    pages = {
        caption.article.title: figure(
            figure_of(Caption.objects.select_related("photo").get(pk=caption.pk))
        )
        for caption in (congress, visit)
    }
    congress_page = pages[normalize_inline("Bế mạc Hội nghị Trung ương 10")]
    visit_page = pages[normalize_inline("Tổng Bí thư thăm Đắk Lắk")]
    assert (
        normalize_inline(
            'Trung ương 10, khóa XIII <span class="credit">(Ảnh: Trí Dũng/TTXVN)</span>'
        )
        in congress_page
    )
    assert 'Buôn Ma Thuột <span class="credit">(Ảnh: TTXVN)</span>' in visit_page
    assert "Buôn Ma Thuột" not in congress_page


def test_a_photo_in_use_cannot_be_deleted():
    caption = CaptionFactory()
    with pytest.raises(ProtectedError):
        caption.photo.delete()


def test_storage_is_used_only_through_its_api(settings, django_capture_on_commit_callbacks):
    """InMemoryStorage has no path(): this is how S3 (django-storages) behaves too."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    with django_capture_on_commit_callbacks(execute=True):
        photo, _ = photo_upload(
            file=upload(jpeg(seed=9, size=(1700, 1000)), "phien-hop.jpg"),
            caption="Phiên họp Chính phủ thường kỳ",
            credit="VGP/Nhật Bắc",
        )
    caption = CaptionFactory(photo=photo, credit="")
    html = figure(figure_of(Caption.objects.select_related("photo").get(pk=caption.pk)))
    storage = storages["default"]
    assert isinstance(storage, InMemoryStorage)
    assert storage.exists(photo.image.name)
    assert storage.exists(photo.rendition_webp_1600.name)
    assert "(Ảnh: VGP/Nhật Bắc)" in html
    assert not (settings.MEDIA_ROOT / "anh").exists()  # nothing went to the file system


def test_publishing_waits_for_every_photo_credit():
    reporter = UserFactory(username="pv.lan", role=REPORTER)
    editor = UserFactory(username="btv.minh", role=EDITOR)
    publisher = UserFactory(username="tkts.ha", role=PUBLISHER)
    article = workflow.article_create(
        article=Article(
            title="Quốc hội thông qua Luật Đất đai (sửa đổi)",
            body="<p>Chiều 18/1, Quốc hội biểu quyết thông qua Luật Đất đai (sửa đổi).</p>",
            section=SectionFactory(name="Chính trị"),
        ),
        by=reporter,
    )
    workflow.article_submit(article=article, by=reporter)
    workflow.article_approve(article=article, by=editor)
    uncredited = CaptionFactory(
        article=article,
        credit="",
        photo=PhotoFactory(credit="", caption="Đại biểu bấm nút biểu quyết"),
    )

    with pytest.raises(workflow.PublishCheckFailed) as refused:
        workflow.article_publish(article=article, by=publisher)
    assert refused.value.messages == [
        f"Ảnh #{uncredited.photo.pk} “Đại biểu bấm nút biểu quyết” chưa ghi nguồn ảnh; "
        "thêm nguồn trong bài hoặc trên ảnh trước khi xuất bản."
    ]
    assert Article.objects.get(pk=article.pk).status == Article.Status.APPROVED

    uncredited.credit = "(Ảnh: Doãn Tấn/TTXVN)"
    uncredited.save()
    workflow.article_publish(article=article, by=publisher)
    assert Article.objects.get(pk=article.pk).status == Article.Status.PUBLISHED
