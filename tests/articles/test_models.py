import datetime

import pytest
from django.utils import timezone

from articles.models import Article, Tag, has_been_public
from newsroom.slugs import unique_slug
from newsroom.text import normalize_inline
from tests.factories import ArticleFactory, PersonFactory, PositionFactory, SectionFactory

pytestmark = pytest.mark.django_db


def test_published_excludes_drafts_review_unpublished_and_future():
    now = timezone.now()
    live = ArticleFactory(published_at=now - datetime.timedelta(minutes=1))
    ArticleFactory(status=Article.Status.DRAFT, published_at=now - datetime.timedelta(days=1))
    ArticleFactory(status=Article.Status.REVIEW, published_at=None)
    ArticleFactory(status=Article.Status.APPROVED, published_at=now - datetime.timedelta(days=1))
    ArticleFactory(status=Article.Status.UNPUBLISHED, published_at=now - datetime.timedelta(days=2))
    ArticleFactory(published_at=now + datetime.timedelta(minutes=5))  # scheduled
    ArticleFactory(published_at=None)  # published status without a time is not live
    assert list(Article.objects.published()) == [live]


def test_scheduled_article_becomes_published_when_its_time_comes():
    at = timezone.now() + datetime.timedelta(hours=2)
    article = ArticleFactory(published_at=at)
    assert not article.is_live()
    assert not Article.objects.published().exists()
    later = at + datetime.timedelta(seconds=1)
    assert article.is_live(later)
    assert list(Article.objects.published(now=later)) == [article]


def test_body_is_sanitised_on_save_whatever_the_path():
    article = ArticleFactory(
        body=(
            '<p style="color:red" onmouseover="steal()">Nội dung <b>chính</b></p>'
            '<script>alert("xss")</script><img src=x onerror=alert(1)>'
            '<a href="javascript:alert(1)">liên kết</a><iframe src="https://evil"></iframe>'
            "<h2>Quan trọng là hành động</h2>"
        )
    )
    article.refresh_from_db()
    assert article.body == (
        "<p>Nội dung <b>chính</b></p>"
        '<a rel="noopener noreferrer">liên kết</a><h2>Quan trọng là hành động</h2>'
    )
    Article.objects.filter(pk=article.pk).update(body="<p>ok</p>")  # bulk update bypasses save
    article.refresh_from_db()
    article.save()
    assert article.body == "<p>ok</p>"


def test_text_is_normalised_and_slug_keeps_meaning():
    article = ArticleFactory(
        title="Đồng chí Đinh Tiến Dũng làm việc với Thành ủy\u00a0Hà Nội",
        sapo="Sáng 29/4,\u200b Thành ủy tổ chức hội nghị.\r\n",
    )
    assert article.title == "Đồng chí Đinh Tiến Dũng làm việc với Thành ủy Hà Nội"
    assert article.sapo == "Sáng 29/4, Thành ủy tổ chức hội nghị."
    assert article.slug == "dong-chi-dinh-tien-dung-lam-viec-voi-thanh-uy-ha-noi"
    assert "thanh uy ha noi" in article.search_text


def test_tag_slugs_use_vietnamese_slugify():
    article = ArticleFactory()
    article.tags.add("Đại hội Đảng", "Quốc hội khoá XV")
    assert sorted(Tag.objects.values_list("slug", flat=True)) == [
        "dai-hoi-dang",
        "quoc-hoi-khoa-xv",
    ]


def test_officials_shown_with_title_held_on_article_date():
    person = PersonFactory(full_name="Nguyễn Thị Tuyến")
    PositionFactory(
        person=person,
        title="Chủ tịch Công đoàn",
        start_date=datetime.date(2015, 1, 1),
        end_date=datetime.date(2020, 10, 9),
    )
    PositionFactory(
        person=person,
        title="Phó Bí thư Thường trực Thành uỷ",
        start_date=datetime.date(2020, 10, 10),
    )
    tz = timezone.get_current_timezone()
    old = ArticleFactory(published_at=datetime.datetime(2019, 3, 1, 8, 0, tzinfo=tz))
    new = ArticleFactory(published_at=datetime.datetime(2021, 4, 29, 8, 0, tzinfo=tz))
    for article in (old, new):
        article.officials.add(person)
    [(official, titles)] = old.officials_with_titles()
    assert (official.pk, official.full_name, titles) == (
        person.pk,
        person.full_name,
        ["Chủ tịch Công đoàn"],
    )
    assert official.get_absolute_url() == person.get_absolute_url()
    [(official, titles)] = new.officials_with_titles()
    assert (official.pk, titles) == (person.pk, ["Phó Bí thư Thường trực Thành ủy"])
    assert titles == person.title_on(new.published_at)


def test_section_slug():
    assert SectionFactory(name="Xây dựng Đảng").slug == "xay-dung-dang"


# "Public" is one rule: the queryset, the row's method and has_been_public must agree on every
# combination of status, publication time and embargo.
_NOW = datetime.datetime(2026, 11, 25, 8, 0, tzinfo=datetime.UTC)
_PAST, _FUTURE = _NOW - datetime.timedelta(hours=1), _NOW + datetime.timedelta(hours=1)


@pytest.mark.parametrize("status", list(Article.Status))
@pytest.mark.parametrize("published_at", [None, _PAST, _NOW, _FUTURE])
@pytest.mark.parametrize("embargo_until", [None, _PAST, _NOW, _FUTURE])
def test_published_is_live_and_has_been_public_are_one_rule(status, published_at, embargo_until):
    article = ArticleFactory(status=status, published_at=published_at, embargo_until=embargo_until)
    expected = (
        status == Article.Status.PUBLISHED
        and published_at is not None
        and published_at <= _NOW
        and (embargo_until is None or embargo_until <= _NOW)
    )
    assert Article.objects.published(_NOW).filter(pk=article.pk).exists() is expected
    assert article.is_live(_NOW) is expected
    assert Article.objects.get(pk=article.pk).is_live(_NOW) is expected
    public_once = expected or status == Article.Status.UNPUBLISHED
    assert article.has_been_public(_NOW) is public_once
    stored = Article.objects.filter(pk=article.pk).values("status", "published_at", "embargo_until")
    assert has_been_public(stored.get(), _NOW) is public_once


# --- Article.objects.create_drafts: the bulk form of save() -----------------------------------


@pytest.mark.parametrize(
    "title", ["Quốc hội thông qua Luật Thủ đô (sửa đổi)", "“…” — ?", "Thành ủy " * 30]
)
def test_a_drafts_slug_is_the_one_save_would_give(title):
    """Among the rows, and among the drafts of one call."""
    section = SectionFactory()
    for _ in range(3):
        expected = unique_slug(Article(title=title), normalize_inline(title), max_length=120)
        [draft] = Article.objects.create_drafts([Article(section=section, title=title)])
        assert draft.slug == expected
        Article.objects.create(section=section, title=title)  # slug from save
    together = Article.objects.create_drafts(
        [Article(section=section, title=title) for _ in range(3)]
    )
    slugs = [draft.slug for draft in together]
    assert len(set(slugs)) == 3 and Article.objects.filter(slug__in=slugs).count() == 3


def test_create_drafts_stores_the_text_as_save_does():
    section = SectionFactory()
    fields = {
        "title": "Thành uỷ  Hà Nội họp\u00a0phiên thường kỳ",
        "sapo": "Sáng 25/11, Thành ủy Hà Nội họp.\r\n",
        "body": '<p style="color:red" onclick="x()">Hoà <b>thuận</b></p><script>x()</script>',
        "byline": " Minh Châu ",
        "source": "TTXVN ",
    }
    [draft] = Article.objects.create_drafts([Article(section=section, **fields)])
    saved = Article(section=section, **fields)
    saved.save()
    names = [*fields, "status", "published_at", "version"]
    stored = Article.objects.filter(pk=draft.pk).values(*names).get()
    assert stored == Article.objects.filter(pk=saved.pk).values(*names).get()
    assert draft.slug == "thanh-uy-ha-noi-hop-phien-thuong-ky" != saved.slug
    assert draft.created_at is not None and draft.updated_at is not None


@pytest.mark.parametrize(
    "fields",
    [{"status": Article.Status.PUBLISHED}, {"published_at": timezone.now()}, {"pk": 12345}],
)
def test_create_drafts_writes_new_drafts_only(fields):
    section = SectionFactory()
    with pytest.raises(ValueError):
        Article.objects.create_drafts([Article(section=section, title="Bài", **fields)])
    assert not Article.objects.exists()
