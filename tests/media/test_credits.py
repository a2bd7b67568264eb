"""Credits as Vietnamese papers print them, and the short forms the newsroom has recorded."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articles.wire.read.credits import split_credit
from media.credits import credit_key, expand_credit_text, strip_credit_wrapper
from media.models import Credit, Photo
from media.services import expand_credit
from tests.factories import ArticleFactory, CaptionFactory, CreditFactory, PhotoFactory, image_file

KNOWN = {"as": "Anh Sơn", "vgp": "VGP", "nb": "Nhật Bắc", "ttxvn": "TTXVN"}


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("(Ảnh: AS)", "Anh Sơn"),
        ("Ảnh: AS", "Anh Sơn"),
        ("ẢNH: AS", "Anh Sơn"),
        ("AS", "Anh Sơn"),
        ("as", "Anh Sơn"),
        ("Ảnh: AS/TTXVN", "Anh Sơn/TTXVN"),
        ("(Ảnh: VGP/NB)", "VGP/Nhật Bắc"),
        ("Ảnh: Minh Đức/TTXVN", "Minh Đức/TTXVN"),
        ("Ảnh - AS", "Anh Sơn"),
        ("Ảnh minh họa: TTXVN", "TTXVN"),
        ("AS, Quang Vinh", "Anh Sơn, Quang Vinh"),
        ("VGP - NB", "VGP - Nhật Bắc"),
        ("Anh Tuấn", "Anh Tuấn"),  # a name starting "Anh" is not the "Ảnh:" wrapper
        ("ASEAN", "ASEAN"),  # only whole parts expand
        ("", ""),
        ("   ", ""),
    ],
)
def test_expand_credit_text(text, printed):
    assert expand_credit_text(text, KNOWN)[0] == printed


def test_matched_keys_are_reported():
    assert expand_credit_text("Ảnh: AS/Quang Vinh/TTXVN", KNOWN) == (
        "Anh Sơn/Quang Vinh/TTXVN",
        ["as", "ttxvn"],
    )


def test_wrapper_and_key():
    assert strip_credit_wrapper("(Ảnh:  Văn Điệp )") == "Văn Điệp"
    assert credit_key("  Nhật   BẮC ") == "nhật bắc"


@given(
    st.text(max_size=80)
    | st.from_regex(
        r"\(?(Ảnh|ẢNH|Anh)? ?[:-]? ?(AS|NB|VGP|[A-Z]{1,4})(/| - |, )(AS|NB|Minh Đức)\)?"
    )
)
def test_expansion_never_raises_and_a_printed_credit_is_stable(text):
    printed, _ = expand_credit_text(text, KNOWN)
    assert isinstance(printed, str)
    if strip_credit_wrapper(printed) == printed:
        assert expand_credit_text(printed, KNOWN)[0] == printed


@pytest.mark.django_db
class TestRecordedCredits:
    def test_expand_credit_uses_the_recorded_short_forms(self):
        CreditFactory(name="Anh Sơn", short_name="AS")
        CreditFactory(name="Đức Anh", short_name="ĐA")
        Credit.objects.create(name="TTXVN", short_name="", kind=Credit.Kind.AGENCY)
        assert expand_credit("(Ảnh: AS)") == "Anh Sơn"
        assert expand_credit("Ảnh: đa/TTXVN") == "Đức Anh/TTXVN"
        assert expand_credit("(Ảnh: QV)") == "QV"  # not recorded: printed as the wire sent it

    def test_expand_credit_reads_the_table_once(self, django_assert_num_queries):
        CreditFactory(name="Anh Sơn", short_name="AS")
        with django_assert_num_queries(1):
            table = Credit.objects.by_key()
        with django_assert_num_queries(0):
            assert expand_credit("AS", table=table) == "Anh Sơn"
            assert expand_credit("AS/TTXVN", table=table) == "Anh Sơn/TTXVN"

    def test_photo_credit_expands_and_links_to_the_recorded_credit(self):
        anh_son = CreditFactory(name="Anh Sơn", short_name="AS")
        photo = PhotoFactory(credit="(Ảnh: AS)")
        assert photo.credit == "Anh Sơn"
        assert photo.credited_to == anh_son
        assert list(anh_son.photos.all()) == [photo]

    def test_photo_credited_to_a_recorded_agency_prints_its_name(self):
        agency = Credit.objects.create(name="TTXVN", short_name="TTX", kind=Credit.Kind.AGENCY)
        photo = Photo.objects.create(
            image=image_file(), credit="", credited_to=agency, alt_text="Toàn cảnh"
        )
        assert photo.credit == "TTXVN"

    def test_caption_credit_expands_too(self):
        CreditFactory(name="Anh Sơn", short_name="AS")
        caption = CaptionFactory(credit="Ảnh: AS")
        assert caption.credit == "Anh Sơn"

    def test_short_forms_are_unique_whatever_the_case(self):
        CreditFactory(name="Anh Sơn", short_name="AS")
        duplicate = Credit(name="An Sinh", short_name="as")
        with pytest.raises(Exception, match="viết tắt"):
            duplicate.full_clean()

    def test_publishing_needs_a_credit_for_every_photo(self):
        from media.services import photos_missing_credit

        article = ArticleFactory()
        credited = CaptionFactory(article=article, credit="Anh Sơn")
        by_photo = CaptionFactory(article=article, credit="", photo=PhotoFactory(credit="VGP"))
        missing = CaptionFactory(article=article, credit="", photo=PhotoFactory(credit=""))
        assert credited.display_credit and by_photo.display_credit
        assert photos_missing_credit(article) == [missing.photo]
        missing.credit = "Quang Vinh"
        missing.save()
        assert photos_missing_credit(article) == []


# One label vocabulary (media.credits) serves two readers of credits. The credit the newsroom
# stores keeps its narrower wrapper, as before the two copies were merged: a wider one would
# change stored credits. The wire reader's captions accept every label.
@pytest.mark.parametrize(
    ("text", "stored", "wire"),
    [
        ("(Ảnh: AS)", "AS", ("", "AS")),
        ("Ảnh - AS", "AS", ("", "AS")),
        ("Photo: Reuters", "Reuters", ("", "Reuters")),
        ("Ảnh minh hoạ: TTXVN", "TTXVN", ("Ảnh minh hoạ", "TTXVN")),
        ("Ảnh tư liệu: TTXVN", "TTXVN", ("Ảnh tư liệu", "TTXVN")),
        ("ẢNH: VIẾT THÀNH", "VIẾT THÀNH", ("", "Viết Thành")),
        # where the two differ
        ("Anh: AS", "AS", ("Anh: AS", None)),  # typed without diacritics: the desk's only
        ("Đồ hoạ: Thanh Tâm", "Đồ họa: Thanh Tâm", ("", "Thanh Tâm")),
        ("Ảnh — AS", "Ảnh — AS", ("", "AS")),  # em dash
        ("Video: VTV", "Video: VTV", ("", "VTV")),
        ("Nguồn ảnh: VGP", "Nguồn ảnh: VGP", ("", "VGP")),
    ],
)
def test_one_label_vocabulary_two_readers(text, stored, wire):
    assert strip_credit_wrapper(text) == stored
    assert split_credit(text) == wire
