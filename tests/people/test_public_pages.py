"""Officials' list and profiles, resolutions' list and pages, as readers get them."""

import datetime

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile

from articles.models import Article
from articles.site.teasers import build_missing
from people.models import Resolution
from tests.factories import (
    ArticleFactory,
    OrganizationFactory,
    PersonFactory,
    PositionFactory,
    ResolutionFactory,
)
from tests.public_data import HIDDEN, add_captions, build_public_site, make_photo

pytestmark = pytest.mark.django_db

PERSON_LIST_QUERIES = 4  # count, page (with portraits), positions, menu
PERSON_QUERIES = 5  # person, positions with their organisations, count, the page's teasers, menu
RESOLUTION_LIST_QUERIES = 5  # issuers, years, count, page, menu
RESOLUTION_QUERIES = 5  # resolution, superseded ones, count, the page's teasers, menu
#: A list whose teasers are not kept yet builds them: the stories, their photos, one write.
TEASER_BUILD_QUERIES = 3


@pytest.fixture(autouse=True)
def _empty_page_cache():
    cache.clear()


def get(client, url):
    cache.clear()
    return client.get(url)


def html_of(response):
    return response.content.decode()


# -- Officials ----------------------------------------------------------------------------------


def test_officials_are_listed_by_given_name(client):
    for name in [
        "Nguyễn Văn An",
        "Đinh Tiến Dũng",
        "Võ Văn Thưởng",
        "Trần Thanh Mẫn",
        "Lê Minh Hưng",
        "Phạm Minh Chính",
        "Tô Lâm",
    ]:
        PersonFactory(full_name=name)
    response = get(client, "/nhan-vat/")
    names = [entry["person"].full_name for entry in response.context["entries"]]
    assert names == [
        "Nguyễn Văn An",
        "Phạm Minh Chính",
        "Đinh Tiến Dũng",
        "Lê Minh Hưng",
        "Tô Lâm",
        "Trần Thanh Mẫn",
        "Võ Văn Thưởng",
    ]
    html = html_of(response)
    assert html.index("Phạm Minh Chính") < html.index("Đinh Tiến Dũng") < html.index("Tô Lâm")


@pytest.mark.parametrize("people", [1, 35])
def test_official_list_is_paginated_with_fixed_queries(client, django_assert_num_queries, people):
    for n in range(people):
        person = PersonFactory(portrait=make_photo() if n % 5 == 0 else None)
        PositionFactory(person=person, title=f"Bí thư Tỉnh uỷ số {n}")
        PositionFactory(
            person=person,
            title="Phó Bí thư",
            start_date=datetime.date(2010, 1, 1),
            end_date=datetime.date(2015, 1, 1),
        )
    with django_assert_num_queries(PERSON_LIST_QUERIES):
        response = get(client, "/nhan-vat/")
    html = html_of(response)
    assert html.count('class="person-card"') == min(people, 30)
    # Current titles only (which people land on page 1 depends on their generated names).
    assert html.count("Bí thư Tỉnh ủy số ") == min(people, 30)
    assert "Phó Bí thư" not in html
    if people > 30:
        assert html_of(get(client, "/nhan-vat/?trang=2")).count('class="person-card"') == 5


def test_official_profile_has_positions_timeline_and_published_stories_only(client):
    site = build_public_site()
    person = site.official
    response = get(client, person.get_absolute_url())
    html = html_of(response)
    assert "<h1>Đinh Tiến Dũng</h1>" in html
    assert [p.title for p in response.context["current_positions"]] == ["Bí thư Thành ủy Hà Nội"]
    timeline = html[html.index('<ol class="timeline">') : html.index("</ol>")]
    assert timeline.index("Bí thư Thành ủy Hà Nội") < timeline.index("Bộ trưởng Bộ Tài chính")
    assert "05/02/2021</time> – nay" in timeline
    assert "09/04/2016</time> – <time" in timeline
    assert "Nhiệm kỳ: khóa XIV" in timeline and "Nhiệm kỳ: khóa XVII" in timeline  # stored form
    listed = Article.objects.filter(pk__in=[story.pk for story in response.context["page"]])
    assert site.story in listed
    assert all(story.is_live() for story in listed)
    assert HIDDEN not in html
    assert "Sinh năm 1961" in html


def test_official_portrait_has_alt_text_and_dimensions(client):
    person = PersonFactory(full_name="Phạm Minh Chính", portrait=make_photo())
    html = html_of(get(client, person.get_absolute_url()))
    assert 'alt="Chân dung Phạm Minh Chính" width="720" height="480"' in html


@pytest.mark.parametrize("kept", [True, False])
@pytest.mark.parametrize("count", [1, 25])
def test_official_profile_queries_do_not_grow_with_positions_or_stories(
    client, django_assert_num_queries, count, kept
):
    person = PersonFactory(full_name="Lê Minh Hưng")
    for n in range(count):
        PositionFactory(
            person=person,
            title=f"Chức vụ {n}",
            organization=OrganizationFactory(name=f"Cơ quan {n}"),
            start_date=datetime.date(2000 + n % 20, 1, 1),
            end_date=datetime.date(2000 + n % 20, 12, 31),
        )
        story = ArticleFactory(title=f"Đồng chí Lê Minh Hưng làm việc, bài {n}")
        story.officials.add(person)
        add_captions(story, 1 + n % 2)
    if kept:  # as the commit of each save leaves them
        build_missing(Article.objects.all())
    with django_assert_num_queries(PERSON_QUERIES + (0 if kept else TEASER_BUILD_QUERIES)):
        response = get(client, person.get_absolute_url())
    assert response.context["page"].paginator.count == count
    assert html_of(response).count("<strong>Chức vụ") == count


def test_unknown_official_is_not_found(client):
    assert get(client, "/nhan-vat/khong-co-ai/").status_code == 404


# -- Resolutions --------------------------------------------------------------------------------


def _resolutions():
    city = OrganizationFactory(name="Thành uỷ Hà Nội", kind="party")
    assembly = OrganizationFactory(name="Quốc hội", kind="legislature")
    made = {
        "15-NQ/TU": (city, datetime.date(2022, 5, 10)),
        "09-NQ/TU": (city, datetime.date(2021, 9, 1)),
        "27/2022/QH15": (assembly, datetime.date(2022, 11, 9)),
        "43/2022/QH15": (assembly, datetime.date(2022, 1, 11)),
        "01/2021/QH15": (assembly, datetime.date(2021, 7, 28)),
    }
    for number, (issuer, adopted) in made.items():
        ResolutionFactory(number=number, issuer=issuer, adopted_on=adopted)
    ResolutionFactory(
        number="50-NQ/TU", issuer=city, adopted_on=datetime.date(2023, 1, 1), status="draft"
    )
    return city, assembly


def numbers(response):
    return [resolution.number for resolution in response.context["page"]]


def test_resolution_list_filters_by_issuing_body_and_year(client):
    _resolutions()
    everything = get(client, "/van-ban/")
    assert numbers(everything) == [
        "27/2022/QH15",
        "15-NQ/TU",
        "43/2022/QH15",
        "09-NQ/TU",
        "01/2021/QH15",
    ]  # newest first, the draft left out
    assert "50-NQ/TU" not in html_of(everything)
    assert numbers(get(client, "/van-ban/?co_quan=thanh-uy-ha-noi")) == ["15-NQ/TU", "09-NQ/TU"]
    assert numbers(get(client, "/van-ban/?nam=2022")) == [
        "27/2022/QH15",
        "15-NQ/TU",
        "43/2022/QH15",
    ]
    both = get(client, "/van-ban/?co_quan=quoc-hoi&nam=2021")
    assert numbers(both) == ["01/2021/QH15"]
    html = html_of(both)
    assert '<option value="quoc-hoi" selected>Quốc hội</option>' in html
    assert '<option value="2021" selected>2021</option>' in html
    assert '<option value="2023"' not in html  # only the draft was adopted in 2023


@pytest.mark.parametrize(
    ("query", "message", "expected"),
    [
        ("?co_quan=bo-ngoai-giao", "Không có cơ quan “bo-ngoai-giao” trong danh sách.", 5),
        ("?nam=1890", "Không có văn bản nào thông qua năm “1890”.", 5),
        ("?nam=hai-nghin&co_quan=quoc-hoi", "Không có văn bản nào thông qua năm", 3),
        ("?nam=%3Cscript%3E", "Không có văn bản nào thông qua năm “&lt;script&gt;”.", 5),
    ],
)
def test_bad_filter_values_get_a_vietnamese_error_and_the_rest_still_applies(
    client, query, message, expected
):
    _resolutions()
    response = get(client, f"/van-ban/{query}")
    assert response.status_code == 200
    html = html_of(response)
    assert message in html
    assert "<script>" not in html
    assert len(numbers(response)) == expected


@pytest.mark.parametrize("count", [1, 24])
def test_resolution_list_paginates_with_fixed_queries_and_keeps_the_filter(
    client, django_assert_num_queries, count
):
    issuers = [OrganizationFactory(name=f"Hội đồng nhân dân tỉnh {n}") for n in range(3)]
    for n in range(count):
        ResolutionFactory(
            number=f"{n + 1}/NQ-HĐND",
            issuer=issuers[n % 3] if count > 1 else issuers[0],
            adopted_on=datetime.date(2020 + n % 4, 3, 1),
        )
    with django_assert_num_queries(RESOLUTION_LIST_QUERIES):
        response = get(client, "/van-ban/")
    assert response.context["page"].paginator.count == count
    if count > 20:
        slug = issuers[0].slug
        filtered = get(client, f"/van-ban/?co_quan={slug}&trang=1")
        assert f'href="?co_quan={slug}&amp;trang=' not in html_of(filtered)  # 8 fit on one page
        wide = get(client, "/van-ban/")
        assert 'href="?trang=2"' in html_of(wide)


def test_resolution_page_has_facts_download_and_published_stories(client):
    site = build_public_site()
    resolution = site.resolution
    resolution.document.save("nghi-quyet-15.pdf", ContentFile(b"%PDF-1.4 toan van"))
    older = ResolutionFactory(
        number="09-NQ/TU",
        issuer=resolution.issuer,
        status=Resolution.Status.SUPERSEDED,
        superseded_by=resolution,
    )
    response = get(client, resolution.get_absolute_url())
    html = html_of(response)
    assert "<h1>Về phát triển kinh tế tập thể trên địa bàn Thủ đô</h1>" in html
    assert "<dt>Số hiệu</dt><dd>15-NQ/TU</dd>" in html
    assert "Thành ủy Hà Nội</a></dd>" in html
    assert '<time datetime="2022-05-10">10/05/2022</time>' in html
    assert "<dt>Tình trạng</dt><dd>Đã thông qua" in html
    assert f'href="{older.get_absolute_url()}">Nghị quyết 09-NQ/TU</a>' in html
    assert "3.000 hợp tác xã" in html
    assert 'class="download" href="/media/van-ban/' in html
    assert "Tải toàn văn nghị quyết 15-NQ/TU" in html
    assert site.story.pk in [story.pk for story in response.context["page"]]
    assert HIDDEN not in html

    old_page = html_of(get(client, older.get_absolute_url()))
    assert "Đã được thay thế bởi" in old_page
    assert resolution.get_absolute_url() in old_page


def test_draft_resolution_is_not_public(client):
    draft = ResolutionFactory(number="77-NQ/TU", status=Resolution.Status.DRAFT)
    assert get(client, draft.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("kept", [True, False])
@pytest.mark.parametrize("count", [1, 23])
def test_resolution_page_queries_do_not_grow_with_stories(
    client, django_assert_num_queries, count, kept
):
    resolution = ResolutionFactory(number="68-NQ/TW")
    for n in range(count):
        story = ArticleFactory(title=f"Triển khai Nghị quyết 68 về kinh tế tư nhân, bài {n}")
        story.resolutions.add(resolution)
        add_captions(story, 1)
    ArticleFactory(status=Article.Status.DRAFT).resolutions.add(resolution)
    if kept:
        build_missing(Article.objects.all())
    with django_assert_num_queries(RESOLUTION_QUERIES + (0 if kept else TEASER_BUILD_QUERIES)):
        response = get(client, resolution.get_absolute_url())
    assert response.context["page"].paginator.count == count


def test_profile_shows_a_position_known_from_a_story_with_its_year_not_as_current(client):
    from people.models import Person, Position

    person = Person.objects.create(full_name="Đinh Tiến Dũng")
    Position.objects.create(
        person=person, title="Bí thư Thành ủy Hà Nội", seen_on=datetime.date(2021, 4, 29)
    )
    page = client.get(person.get_absolute_url()).content.decode()
    assert 'aria-label="Chức vụ hiện nay"' not in page
    assert '<time datetime="2021-04-29">2021</time>' in page
    assert "theo bài ngày 29/04/2021" in page
    assert "nay</p>" not in page


def test_the_filter_offers_what_is_public_on_the_next_request(client):
    """The filter's form is rendered once per choices on offer and values asked for: a new
    issuing body or year shows at once, a draft's never, and the chosen value stays chosen."""
    council = OrganizationFactory(name="Hội đồng nhân dân Thành phố Đà Nẵng")
    ResolutionFactory(number="12/NQ-HĐND", issuer=council, adopted_on=datetime.date(2023, 7, 1))
    before = html_of(get(client, "/van-ban/"))
    assert ">Hội đồng nhân dân Thành phố Đà Nẵng</option>" in before
    assert '<option value="2023">2023</option>' in before
    committee = OrganizationFactory(name="Ủy ban nhân dân tỉnh Quảng Nam")
    ResolutionFactory(number="05/NQ-UBND", issuer=committee, adopted_on=datetime.date(2019, 3, 2))
    ResolutionFactory(
        number="99/NQ-UBND",
        issuer=OrganizationFactory(name="Sở Tài chính tỉnh Quảng Nam"),
        adopted_on=datetime.date(2015, 1, 5),
        status=Resolution.Status.DRAFT,
    )
    after = html_of(get(client, "/van-ban/"))
    assert ">Ủy ban nhân dân tỉnh Quảng Nam</option>" in after
    assert '<option value="2019">2019</option>' in after
    assert "Sở Tài chính tỉnh Quảng Nam" not in after and '"2015"' not in after
    chosen = html_of(get(client, f"/van-ban/?co_quan={committee.slug}&nam=2019"))
    assert f'<option value="{committee.slug}" selected>' in chosen
    assert '<option value="2019" selected>' in chosen
    assert "05/NQ-UBND" in chosen and "12/NQ-HĐND" not in chosen
    assert '<option value="2019" selected>' not in html_of(get(client, "/van-ban/"))
