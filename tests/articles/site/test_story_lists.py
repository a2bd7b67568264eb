"""The lists' compiled statements (``articles.site.story_lists``, ``newsroom.statements``): the
rows, order and count of the queryset they replace, drafts, scheduled and embargoed stories
left out at the request's time, and the ORM asked for the SQL once per process."""

import datetime

import pytest
from django.core.paginator import Paginator
from django.db import connection, transaction
from django.utils import timezone

from articles.models import Article, Section, Tag
from articles.site import story_lists
from articles.site.story_lists import StoryList
from articles.site.teasers import COLUMNS
from newsroom.statements import ModelBySlug, Statement, _substitute
from tests.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tagged():
    """A tag on published stories (two at the same minute), a draft, a scheduled story and an
    embargoed one; and a published story with another tag."""
    tag = Tag.objects.create(name="Chuyển đổi số")
    other = Tag.objects.create(name="Kinh tế tư nhân")
    now = timezone.now()
    section = SectionFactory(name="Chính trị")
    same_time = now - datetime.timedelta(minutes=30)
    public = [
        ArticleFactory(title="Chính phủ điện tử: thêm 12 dịch vụ công trực tuyến", section=section,
                       published_at=now - datetime.timedelta(days=2)),
        ArticleFactory(title="Bộ Công an cấp căn cước điện tử cho người nước ngoài",
                       published_at=same_time),
        ArticleFactory(title="Quốc hội bàn luật Dữ liệu", section=section, published_at=same_time),
    ]  # fmt: skip
    hidden = [
        ArticleFactory(title="Bản nháp: đề án chuyển đổi số cấp xã", status=Article.Status.DRAFT),
        ArticleFactory(title="Tin hẹn giờ: sáp nhập cổng dịch vụ công",
                       published_at=now + datetime.timedelta(hours=2)),
        ArticleFactory(title="Tin cấm đăng: kết quả đấu thầu 5G",
                       embargo_until=now + datetime.timedelta(hours=3)),
    ]  # fmt: skip
    for story in public + hidden:
        story.tags.add(tag)
    ArticleFactory(title="Doanh nghiệp tư nhân góp 50% GDP").tags.add(other)
    return tag, public


def test_rows_and_count_are_the_querysets(tagged):
    tag, public = tagged
    stories = Article.objects.published().filter(tags=tag).newest_first()
    expected = list(stories.values_list(*COLUMNS))
    statement = story_lists.STATEMENTS["tags"]
    now = timezone.now()
    assert statement.rows(tag.pk, now, limit=20) == expected
    assert [row[0] for row in expected] == [public[2].pk, public[1].pk, public[0].pk]
    assert statement.rows(tag.pk, now, limit=1, offset=1) == expected[1:2]
    assert statement.count(tag.pk, now) == stories.count() == 3
    assert isinstance(expected[0][1], datetime.datetime)  # converted on SQLite too


def test_the_request_time_decides_what_is_public(tagged):
    tag, _public = tagged
    later = timezone.now() + datetime.timedelta(hours=4)  # scheduled live, embargo over
    statement = story_lists.STATEMENTS["tags"]
    titles = set(
        Article.objects.filter(
            pk__in=[row[0] for row in statement.rows(tag.pk, later, limit=20)]
        ).values_list("title", flat=True)
    )
    assert len(titles) == 5 and "Bản nháp: đề án chuyển đổi số cấp xã" not in titles
    assert statement.count(tag.pk, later) == 5


def test_paginated_story_list_reads_teasers(tagged, django_assert_num_queries):
    tag, public = tagged
    with django_assert_num_queries(5):  # count; page; its teaser built: story, captions, kept
        page = Paginator(StoryList("tags", tag.pk), 2).get_page(2)
        teasers = list(page)
    assert page.paginator.count == 3 and page.paginator.num_pages == 2
    assert [teaser.pk for teaser in teasers] == [public[0].pk]
    assert teasers[0].parts["title"] == "Chính phủ điện tử: thêm 12 dịch vụ công trực tuyến"


def test_compiled_once_per_database(tagged):
    tag, _public = tagged
    made = []

    def make():
        made.append(1)
        return (
            Article.objects.published(now=story_lists.NOW_MARK)
            .filter(tags=story_lists.ID_MARK)
            .newest_first()
            .values_list("pk")
        )

    statement = Statement(make)
    now = timezone.now()
    first = statement.rows(tag.pk, now, limit=20), statement.count(tag.pk, now)
    compiled = len(made)
    second = statement.rows(tag.pk, now, limit=20), statement.count(tag.pk, now)
    assert first == second and first[1] == 3
    assert compiled == 2 and len(made) == 2  # the page's query and the count's, once


def test_section_and_tag_by_slug_are_the_orms_rows(django_assert_num_queries):
    section = Section.objects.create(name="Đối ngoại", description="Tin ngoại giao, hội nhập.")
    tag = Tag.objects.create(name="Biển Đông")
    sections, tags = ModelBySlug(Section), ModelBySlug(Tag)
    with django_assert_num_queries(2):
        found, found_tag = sections.get("doi-ngoai"), tags.get(tag.slug)
    assert found == section and found.name == "Đối ngoại"
    assert found.description == "Tin ngoại giao, hội nhập." and found.in_menu is True
    assert found_tag == tag and found_tag.name == "Biển Đông"
    assert found._state.adding is False and found._state.db == "default"
    assert sections.get("doi-ngoai-2") is None and tags.get("") is None


def test_unknown_section_or_tag_is_not_found(client):
    assert client.get("/chuyen-muc/khong-co/").status_code == 404
    tag = Tag.objects.create(name="Thẻ chỉ có bản nháp")
    ArticleFactory(title="Bản nháp có thẻ", status=Article.Status.DRAFT).tags.add(tag)
    assert client.get(f"/the/{tag.slug}/").status_code == 404


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's plans")
@pytest.mark.parametrize(
    ("lookup", "link_index"),
    [
        ("tags", "tagged_article_by_tag"),
        ("officials", "article_officials_by_person"),
        ("resolutions", "article_resolutions_by_resolution"),
    ],
)
def test_counts_can_be_read_from_indexes_alone(tagged, lookup, link_index):
    """A big tag's or leader's count probes thousands of stories: the link table's index and
    the published stories' index (migration 0019) hold every column the count reads, so with the
    table scans ruled out the plan is index-only on both sides. If the visibility filter or the
    indexes drift apart, the count falls back to reading the whole table again."""
    statement = story_lists.STATEMENTS[lookup]
    count_sql, marked = statement._compile_count(connection)
    params = _substitute(connection, marked, ids=(1,), now=timezone.now())
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute("EXPLAIN " + count_sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert f"Index Only Scan using {link_index}" in plan, plan
    assert "Index Only Scan using article_published_by_id" in plan, plan


def test_profile_and_resolution_rows_are_the_orms_with_their_related_rows(
    django_assert_num_queries,
):
    """``people_pages``' compiled statements (``newsroom.statements.Instances``) give the
    instances the querysets give, related rows included, in one query each."""
    import datetime as dt

    from articles.site.people_pages import PERSON, POSITIONS, RESOLUTION, SUPERSEDED
    from people.models import Position, Resolution
    from tests.factories import (
        OrganizationFactory,
        PersonFactory,
        PositionFactory,
        ResolutionFactory,
    )
    from tests.public_data import make_photo

    with_portrait = PersonFactory(full_name="Nguyễn Văn Nên", portrait=make_photo())
    without = PersonFactory(full_name="Trần Lưu Quang")
    city = OrganizationFactory(name="Thành ủy Thành phố Hồ Chí Minh")
    PositionFactory(person=with_portrait, title="Bí thư Thành ủy", organization=city, rank=5)
    PositionFactory(
        person=with_portrait, title="Chánh Văn phòng Trung ương Đảng", organization=None,
        start_date=dt.date(2016, 4, 1), end_date=dt.date(2020, 10, 1),
    )  # fmt: skip
    with django_assert_num_queries(3):
        found = PERSON.get(with_portrait.slug)
        assert found == with_portrait and found.portrait == with_portrait.portrait
        assert PERSON.get(without.slug).portrait is None
        positions = POSITIONS.all(ids=(with_portrait.pk,))
        organizations = [position.organization for position in positions]
    expected = list(Position.objects.filter(person=with_portrait).select_related("organization"))
    assert positions == expected and organizations == [p.organization for p in expected]
    assert city in organizations and None in organizations
    assert PERSON.get("khong-co-ai") is None

    old = ResolutionFactory(number="35-NQ/TW", status=Resolution.Status.SUPERSEDED)
    draft = ResolutionFactory(number="36-NQ/TW", status=Resolution.Status.DRAFT)
    new = ResolutionFactory(number="57-NQ/TW", issuer=city)
    Resolution.objects.filter(pk__in=[old.pk, draft.pk]).update(superseded_by=new)
    with django_assert_num_queries(2):
        resolution = RESOLUTION.get(new.slug)
        assert resolution.issuer == city and resolution.superseded_by is None
        assert SUPERSEDED.all(ids=(new.pk,)) == [old]  # the draft stays internal
    assert RESOLUTION.get(draft.slug) is None
