"""Reader search for an official's name and a resolution's number (issue 16, item 14): the
syllables of a name scattered through other words ("xây dựng", "thực tiễn", "quyết định") are
no match; words typed together are looked for together first; the officials and resolutions
the query names are shown above the stories. SQLite and PostgreSQL alike."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from articles.site.search_results import search_articles
from articles.site.teasers import build_missing
from newsroom.bitmap_scans import SETTINGS
from people.search import (
    looks_like_a_name,
    name_is_searched,
    officials_named,
    resolutions_named,
)
from tests.factories import ArticleFactory, PersonFactory, PositionFactory, ResolutionFactory

pytestmark = pytest.mark.django_db
POSTGRES = connection.vendor == "postgresql"
NOW = timezone.now()


def ago(**delta):
    return NOW - datetime.timedelta(**delta)


def titles(results):
    return [article.title for article in results[:100]]


@pytest.fixture
def scattered():
    """Stories holding "dinh", "tien" and "dung" only inside other words."""
    return [
        ArticleFactory(
            title="Quyết định về xây dựng nông thôn mới giai đoạn tiếp theo",
            sapo="Thủ tướng ký quyết định phê duyệt chương trình xây dựng nông thôn mới, "
            "tổng kết thực tiễn 15 năm.",
            published_at=ago(hours=1),
        ),
        ArticleFactory(
            title="Tiến độ xây dựng cao tốc Bắc – Nam đạt 80%",
            body="<p>Bộ Giao thông vận tải quyết định tăng ca, bảo đảm tiến độ xây dựng.</p>",
            published_at=ago(hours=2),
        ),
    ]


@pytest.fixture
def dung():
    person = PersonFactory(full_name="Đinh Tiến Dũng", aliases="Ba Dũng")
    PositionFactory(person=person, title="Bí thư Thành ủy Hà Nội")
    return person


@pytest.mark.parametrize("query", ["dinh tien dung", "Đinh Tiến Dũng", "tiến dũng"])
def test_a_name_is_not_found_in_its_syllables_scattered(client, scattered, dung, query):
    results = search_articles(query)
    assert titles(results) == []  # before: both stories, for "quyết định", "tiến độ", "xây dựng"
    assert results.phrase_missed
    page = client.get(reverse("articles:search"), {"q": query}).text
    assert f"Không có bài viết nào chứa nguyên cụm «{query}»" in page
    assert "Các âm tiết của một tên đứng rời nhau không được tính là tên đó." in page
    # ... and the official's profile is offered above, with the title held today.
    assert f'href="{dung.get_absolute_url()}">Đinh Tiến Dũng</a>' in page
    assert "Bí thư Thành ủy Hà Nội" in page


def test_a_name_found_together_lists_only_those_stories(scattered, dung):
    named = ArticleFactory(
        title="Bí thư Thành ủy Hà Nội Đinh Tiến Dũng tiếp xúc cử tri", published_at=ago(days=3)
    )
    results = search_articles("dinh tien dung")
    assert [hit.pk for hit in results[:10]] == [named.pk]
    assert not results.phrase_missed
    assert results[:1][0].title_html.count("<mark>") == 1  # the name, as one mark


def test_words_side_by_side_come_before_words_apart(client):
    """Not a name: words typed together are looked for beside each other; only when no story
    has them so are stories with every word somewhere listed, and the page says so."""
    near = ArticleFactory(
        title="Chuyển đổi số trong nông nghiệp: bắt đầu từ hợp tác xã", published_at=ago(days=9)
    )
    apart = ArticleFactory(
        title="Nông dân chuyển sang trồng cây ăn quả",
        sapo="Số hộ đổi giống tăng; nghiệp vụ khuyến nông được tăng cường.",
        published_at=ago(hours=1),
    )
    query = "chuyển đổi số nông nghiệp"
    results = search_articles(query)
    # the newer story with the words apart is not listed
    assert [hit.pk for hit in results[:10]] == [near.pk]
    assert results.matched.form == "near" and results.phrase_missed
    assert (
        "những từ này đứng liền nhau từng đôi"
        in client.get(reverse("articles:search"), {"q": query}).text
    )
    near.delete()
    results = search_articles(query)
    assert [hit.pk for hit in results[:10]] == [apart.pk]
    assert results.matched.form == "words"
    page = client.get(reverse("articles:search"), {"q": query}).text
    assert "có đủ những từ này ở những chỗ khác nhau" in page


def test_a_name_between_other_words_needs_each_syllable_beside_a_neighbour(scattered, dung):
    visit = ArticleFactory(
        title="Đồng chí Đinh Tiến Dũng làm việc với Thành ủy Hải Phòng", published_at=ago(days=2)
    )
    assert titles(search_articles("Đinh Tiến Dũng Hải Phòng")) == [visit.title]
    assert titles(search_articles("Đinh Tiến Dũng xây dựng")) == []


@pytest.mark.parametrize(
    ("typed", "searched"), [("Hoàng Thị Thúy Lan", "Thuý Lan"), ("Hoàng Thị Thuý Lan", "thúy lan")]
)
def test_either_tone_placement_finds_the_official_and_her_stories(typed, searched):
    person = PersonFactory(full_name=typed)
    story = ArticleFactory(title="Bà Hoàng Thị Thuý Lan nhận nhiệm vụ mới")
    story.officials.add(person)
    results = search_articles(searched)
    assert results.officials == [person]
    assert [hit.pk for hit in results[:10]] == [story.pk]


def test_officials_and_resolutions_are_shown_above_the_stories(client, dung):
    nq = ResolutionFactory(number="15-NQ/TU", title="Về phát triển văn hóa, con người Hà Nội")
    ResolutionFactory(number="16-NQ/TU", title="Về quy hoạch Thủ đô")
    story = ArticleFactory(
        title="Hà Nội sơ kết Nghị quyết 15-NQ/TU",
        sapo="Bí thư Thành ủy Đinh Tiến Dũng chủ trì hội nghị.",
    )
    page = client.get(reverse("articles:search"), {"q": "nghị quyết 15-NQ/TU"}).text
    directory = page.index('class="search-directory"')
    assert page.index(f'href="{nq.get_absolute_url()}"') > directory
    assert "16-NQ/TU" not in page
    assert page.index(f'href="{story.get_absolute_url()}"') > page.index("search-results")
    assert page.index("search-results") > directory
    for query in ["15-NQ/TU", "nghi quyet 15", "15"]:
        assert resolutions_named(search_articles(query).query.tokens) == [nq], query
    assert resolutions_named(search_articles("chỉ thị 15").query.tokens) == []
    page = client.get(reverse("articles:search"), {"q": "Đinh Tiến Dũng Nghị quyết 15-NQ/TU"}).text
    assert f'href="{dung.get_absolute_url()}"' in page and nq.get_absolute_url() in page


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner")
def test_officials_and_resolutions_are_read_with_bitmap_scans_only(client, dung):
    """Planned freely, PostgreSQL reads every official's names (a scan) instead of the trigram
    index's candidates: the page's queries on officials and resolutions go with the settings."""
    ResolutionFactory(number="15-NQ/TU", title="Về phát triển văn hóa, con người Hà Nội")
    with CaptureQueriesContext(connection) as captured:
        page = client.get(reverse("articles:search"), {"q": "Đinh Tiến Dũng 15-NQ/TU"}).text
    assert 'class="search-resolution"' in page and 'class="search-official"' in page
    found = [
        q["sql"]
        for q in captured.captured_queries
        if 'FROM "people_person"' in q["sql"] or 'FROM "people_resolution"' in q["sql"]
    ]
    assert len(found) == 2
    assert all(sql.startswith(SETTINGS) for sql in found)


def test_what_reads_as_a_name():
    assert looks_like_a_name(("dinh", "tien", "dung")) and looks_like_a_name(("to", "lam"))
    assert not looks_like_a_name(("xay", "dung", "nong", "thon")) and not looks_like_a_name(("le",))
    assert not looks_like_a_name(("nguyen", "van", "a", "b", "c"))
    assert not looks_like_a_name(("le", "15"))


def test_what_names_an_official():
    assert name_is_searched("Đinh Tiến Dũng", ("bi", "thu", "dinh", "tien", "dung"))
    assert name_is_searched("Đinh Tiến Dũng", ("tien", "dung"))
    assert not name_is_searched("Đinh Tiến Dũng", ("dung",))  # a given name alone: too many
    assert not name_is_searched("Đinh Tiến Dũng", ("dinh", "dung"))
    assert not name_is_searched("Đinh Tiến Dũng", ("xay", "dung"))


@pytest.mark.parametrize("found", [1, 4])
def test_query_count_does_not_grow_with_the_officials_found(
    client, django_assert_num_queries, found
):
    for n in range(found):
        person = PersonFactory(full_name="Nguyễn Văn Hùng", aliases=f"Hùng {n}")
        for year in (2010, 2015, 2020):
            PositionFactory(
                person=person,
                title=f"Phó Chủ tịch {year}",
                start_date=datetime.date(year, 1, 1),
                end_date=datetime.date(2014, 12, 31) if year == 2010 else None,
            )
        ArticleFactory(title=f"Ông Nguyễn Văn Hùng thăm tỉnh số {n}").officials.add(person)
    build_missing(Article.objects.all())  # as publishing keeps them
    # header sections; officials and their positions; resolutions (none: no figure asked);
    # finding and ranking (on PostgreSQL one statement, sent with its planner settings); the
    # page's articles
    expected = 1 + 2 + (1 if POSTGRES else 2) + 1
    with django_assert_num_queries(expected):
        page = client.get(reverse("articles:search"), {"q": "nguyen van hung"}).text
    assert page.count('class="search-official"') == found
    # each with the titles held today, the most recently started first
    assert page.count('<span class="meta">Phó Chủ tịch 2020; Phó Chủ tịch 2015</span>') == found
    assert page.count('class="search-hit"') == found
    assert len(officials_named(("nguyen", "van", "hung"))) == found


@pytest.mark.parametrize("query", ["dinh tien dung", "Phạm Minh Chính", "tô lâm"])
def test_a_name_nobody_on_file_bears_is_not_found_scattered_either(client, scattered, query):
    """No official of that name is on file: the query still reads as a name (a family name,
    then one to three syllables), so its syllables apart are no match."""
    ArticleFactory(
        title="Phạm vi điều chỉnh của Luật Đất đai",
        sapo="Tổ công tác rà soát, chính sách minh bạch; lâm nghiệp được tính riêng.",
    )
    results = search_articles(query)
    assert results.officials == [] and results.names_a_person
    assert titles(results) == []
    page = client.get(reverse("articles:search"), {"q": query}).text
    assert "Các âm tiết của một tên đứng rời nhau không được tính là tên đó." in page


def test_words_that_are_not_a_name_may_still_be_found_apart():
    story = ArticleFactory(
        title="Khai mạc Hội nghị Trung ương",
        body="<p>Công tác xây dựng Đảng và hệ thống chính trị được bàn kỹ.</p>",
    )
    results = search_articles("nghị hội")  # typed in another order
    assert not results.names_a_person
    assert [hit.pk for hit in results[:10]] == [story.pk] and results.matched.form == "words"
