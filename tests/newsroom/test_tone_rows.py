"""The house tone placement (settings.TONE_PLACEMENT) for stored text: what models store, what
the data migrations (``*_retone_stored_text``, through ``newsroom.tone_rows``) do to rows
written under the old main-vowel rule, and a person's name kept as typed."""

import datetime

import pytest

from articles.models import Section
from articles.tags import Tag
from newsroom.text import fold, given_name_key, house_tone_placement, normalize, slugify
from tests.factories import ArticleFactory, OrganizationFactory, PersonFactory, ResolutionFactory
from tests.migration_states import latest_migrations, migrate_to

#: The migrations before the re-saving ones.
BEFORE_RETONE = [
    ("articles", "0016_wire_upload_roles"),
    ("people", "0004_position_seen_on"),
    ("media", "0004_vietnamese_labels"),
]


def test_the_house_style_is_classic_by_default():
    assert house_tone_placement() == "classic"
    assert normalize("Hội đồng nhân dân, Uỷ ban nhân dân tỉnh Khánh Hoà") == (
        "Hội đồng nhân dân, Ủy ban nhân dân tỉnh Khánh Hòa"
    )


def test_the_setting_chooses_the_house_style(settings):
    settings.TONE_PLACEMENT = "main-vowel"
    assert house_tone_placement() == "main-vowel"
    assert normalize("Thành ủy Thanh Hóa") == "Thành uỷ Thanh Hoá"
    settings.TONE_PLACEMENT = "classic"
    assert normalize("Thành uỷ Thanh Hoá") == "Thành ủy Thanh Hóa"


def test_an_unknown_setting_is_a_clear_error(settings):
    settings.TONE_PLACEMENT = "kiểu mới"
    with pytest.raises(ValueError, match="tone placement must be one of"):
        normalize("hoà")


@pytest.mark.django_db
def test_stored_text_follows_the_house_style(settings):
    article = ArticleFactory(
        title="Thành uỷ Hà Nội quán triệt nghị quyết về thuỷ lợi",
        sapo="Uỷ ban nhân dân thành phố báo cáo kết quả khoá trước.",
        body="<p>Ông Nguyễn Văn Hoà, Phó Bí thư Thành uỷ, phát biểu.</p>",
    )
    article.refresh_from_db()
    assert article.title == "Thành ủy Hà Nội quán triệt nghị quyết về thủy lợi"
    assert article.sapo == "Ủy ban nhân dân thành phố báo cáo kết quả khóa trước."
    assert "Phó Bí thư Thành ủy" in article.body and "Hòa" in article.body
    assert article.slug == "thanh-uy-ha-noi-quan-triet-nghi-quyet-ve-thuy-loi"

    settings.TONE_PLACEMENT = "main-vowel"
    other = ArticleFactory(title="Thành ủy Hà Nội quán triệt nghị quyết về thủy lợi")
    assert other.title == "Thành uỷ Hà Nội quán triệt nghị quyết về thuỷ lợi"
    # The search document does not depend on the placement.
    assert other.search_text.split("|sapo|")[0] == article.search_text.split("|sapo|")[0]


@pytest.mark.django_db
def test_the_resolution_page_prints_one_form(client):
    resolution = ResolutionFactory(term="khoá XIII", title="Về công tác quy hoạch cán bộ")
    page = client.get(resolution.get_absolute_url()).content.decode()
    assert "<dt>Đại hội / khóa</dt><dd>khóa XIII</dd>" in page
    assert "khoá" not in page


@pytest.mark.django_db
def test_a_persons_name_is_kept_as_its_bearer_spells_it():
    """The two spellings of one given name stay as typed; matching keys do not tell them apart."""
    classic = PersonFactory(full_name="Hoàng Thị Thúy Lan", aliases="Thúy Lan\nThuý Lan")
    main_vowel = PersonFactory(full_name="Lê Thị\u00a0 Thuý")
    classic.refresh_from_db()
    main_vowel.refresh_from_db()
    assert classic.full_name == "Hoàng Thị Thúy Lan"
    assert classic.alias_list() == ["Thúy Lan"]  # one alias per folded form: the first kept
    assert main_vowel.full_name == "Lê Thị Thuý"
    assert main_vowel.sort_key == given_name_key("Lê Thị Thúy")
    assert main_vowel.slug == slugify("Lê Thị Thúy") == "le-thi-thuy"
    assert fold("Lê Thị Thúy") in main_vowel.search_names.splitlines()
    # Everything else about the name is normalised as before.
    assert PersonFactory(full_name="Le\u0302 Thi\u0323 Thuy\u0309").full_name == "Lê Thị Thuỷ"


@pytest.mark.django_db
def test_other_stored_names_follow_the_house_style():
    organization = OrganizationFactory(name="Uỷ ban Kiểm tra Trung ương")
    assert organization.name == "Ủy ban Kiểm tra Trung ương"
    assert Section.objects.create(name="Hoà bình", description="Tin hoà bình").description == (
        "Tin hòa bình"
    )
    Tag.objects.create(name="Thuỷ lợi")
    assert list(Tag.objects.values_list("name", flat=True)) == ["Thủy lợi"]


@pytest.mark.django_db(transaction=True)
def test_migrations_re_save_rows_written_under_the_main_vowel_rule():
    old = migrate_to(BEFORE_RETONE)
    section = old.get_model("articles", "Section").objects.create(
        name="Xây dựng Đảng", slug="xay-dung-dang"
    )
    article = old.get_model("articles", "Article").objects.create(
        title="Thành uỷ Hà Nội họp phiên thường kỳ",
        slug="thanh-uy-ha-noi-hop-phien-thuong-ky",
        sapo="Uỷ ban nhân dân báo cáo.",
        body="<p>Đồng chí Hoàng Thị Thuý Lan, Uỷ viên Ban Thường vụ Thành uỷ.</p>",
        section=section,
        byline="Minh Quân",
        source="TTXVN",
        status="published",
        published_at=datetime.datetime(2021, 6, 15, 8, tzinfo=datetime.UTC),
        search_text="thanh uy ha noi hop phien thuong ky",
    )
    old.get_model("articles", "ArticleRendering").objects.create(
        article=article, head="<title>Thành uỷ</title>", content="<h1>Thành uỷ</h1>", version="v1"
    )
    old.get_model("articles", "Tag").objects.create(
        name="Thành uỷ Hà Nội", slug="thanh-uy-ha-noi", folded="thanh uy ha noi", sort_key="1"
    )
    person = old.get_model("people", "Person").objects.create(
        full_name="Hoàng Thị Thuý Lan",
        slug="hoang-thi-thuy-lan",
        sort_key=given_name_key("Hoàng Thị Thuý Lan"),
        search_names="hoang thi thuy lan",
        biography="<p>Nguyên Chủ tịch Uỷ ban nhân dân tỉnh Khánh Hoà.</p>",
    )
    organization = old.get_model("people", "Organization").objects.create(
        name="Thành uỷ Hà Nội", slug="thanh-uy-ha-noi", kind="party"
    )
    old.get_model("people", "Resolution").objects.create(
        kind="nghi-quyet",
        number="15-NQ/TU",
        number_folded="15-nq/tu",
        title="Về phát triển thuỷ lợi",
        term="khoá XVII",
        issuer=organization,
        slug="15-nq-tu",
        status="adopted",
    )
    old.get_model("media", "Credit").objects.create(
        name="Đồ hoạ TTXVN", short_name="ĐHTTXVN", kind="agency"
    )
    photo = old.get_model("media", "Photo").objects.create(
        image="photos/hoi-nghi.jpg",
        caption="Quang cảnh hội nghị Thành uỷ",
        credit="Ảnh: Minh Quân",
        alt_text="Đại biểu dự hội nghị Thành uỷ",
        width=640,
        height=427,
    )
    old.get_model("media", "Caption").objects.create(
        article_id=article.pk, photo=photo, text="Bí thư Thành uỷ phát biểu", position=1
    )

    new = migrate_to(latest_migrations())

    article = new.get_model("articles", "Article").objects.get()
    assert article.title == "Thành ủy Hà Nội họp phiên thường kỳ"
    assert article.sapo == "Ủy ban nhân dân báo cáo."
    assert article.body == "<p>Đồng chí Hoàng Thị Thúy Lan, Ủy viên Ban Thường vụ Thành ủy.</p>"
    assert (article.slug, article.search_text) == (
        "thanh-uy-ha-noi-hop-phien-thuong-ky",
        "thanh uy ha noi hop phien thuong ky",
    )
    rendering = new.get_model("articles", "ArticleRendering").objects.get()
    assert (rendering.head, rendering.content, rendering.version) == ("", "", "")
    assert new.get_model("articles", "Tag").objects.get().name == "Thành ủy Hà Nội"
    person = new.get_model("people", "Person").objects.get(pk=person.pk)
    assert person.full_name == "Hoàng Thị Thúy Lan"
    assert person.biography == "<p>Nguyên Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa.</p>"
    assert person.sort_key == given_name_key("Hoàng Thị Thúy Lan")
    resolution = new.get_model("people", "Resolution").objects.get()
    assert (resolution.title, resolution.term) == ("Về phát triển thủy lợi", "khóa XVII")
    assert new.get_model("people", "Organization").objects.get().name == "Thành ủy Hà Nội"
    assert new.get_model("media", "Credit").objects.get().name == "Đồ họa TTXVN"
    photo = new.get_model("media", "Photo").objects.get()
    assert (photo.caption, photo.alt_text) == (
        "Quang cảnh hội nghị Thành ủy",
        "Đại biểu dự hội nghị Thành ủy",
    )
    assert new.get_model("media", "Caption").objects.get().text == "Bí thư Thành ủy phát biểu"
