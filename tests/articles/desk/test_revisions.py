"""articles.desk.revisions: the first revision of a new draft written without reversion's
serialiser holds exactly what reversion would store, and reads and restores like any other."""

import datetime

import pytest
import reversion
from django.core import serializers
from django.utils import timezone
from reversion.models import Version

from articles.desk import revisions
from articles.models import Article
from people.models import Person, Resolution
from tests.factories import (
    ArticleFactory,
    PersonFactory,
    ResolutionFactory,
    SectionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def reversion_would_store(article: Article) -> str:
    """Django's JSON of the row as stored, with reversion's registered fields."""
    stored = Article.objects.get(pk=article.pk)
    fields = reversion.revisions._get_options(Article).fields
    return serializers.serialize("json", [stored], fields=fields)


def relations_of(article: Article) -> dict[str, list]:
    return {
        "officials": list(Person.objects.filter(articles=article)),
        "resolutions": list(Resolution.objects.filter(articles=article)),
        "related": list(Article.objects.filter(related_from=article)),
    }


def test_serialised_like_djangos_json_with_every_kind_of_field():
    """Dates with microseconds and time zones, a foreign key, nulls, quotes, Vietnamese text,
    markup, many-to-many rows in their model's order."""
    author = UserFactory()
    other = ArticleFactory()
    article = ArticleFactory(
        title='Quốc hội thông qua Luật Thủ đô (sửa đổi): "451/460" đại biểu tán thành',
        sapo="Sáng 25/11, với 451/460 đại biểu tán thành…\nđoạn hai",
        body='<p>Phân cấp <strong>mạnh</strong> cho Hà Nội &amp; <a href="/x">TP.HCM</a></p>',
        byline="Minh Châu (TTXVN)",
        embargo_until=timezone.now() + datetime.timedelta(hours=2, microseconds=123457),
        published_at=timezone.make_aware(datetime.datetime(2026, 11, 25, 9, 30, 1, 999999)),
        created_by=author,
        status=Article.Status.PUBLISHED,
    )
    people = [PersonFactory(full_name=n) for n in ("Trần Thanh Mẫn", "Đinh Tiến Dũng")]
    article.officials.set(people)
    article.resolutions.set([ResolutionFactory(), ResolutionFactory()])
    article.related.set([other])
    article.refresh_from_db()

    assert revisions.serialize_article(article, relations_of(article)) == (
        reversion_would_store(article)
    )


def test_a_draft_without_links_serialises_empty_relations():
    article = ArticleFactory(status=Article.Status.DRAFT, published_at=None, byline="")
    empty = {"officials": [], "resolutions": [], "related": []}
    assert revisions.serialize_article(article, empty) == reversion_would_store(article)


def test_a_relation_not_given_is_an_error_not_a_query():
    article = ArticleFactory()
    with pytest.raises(KeyError):
        revisions.serialize_article(article, {"officials": [], "resolutions": []})


def test_the_revision_rows_are_reversions_own(django_assert_num_queries):
    section = SectionFactory()
    with reversion.create_revision(manage_manually=True, atomic=False):
        article = Article.objects.create(
            section=section, title="Bản nháp nhập từ tin hãng", body="<p>Nội dung.</p>"
        )
    person = PersonFactory()
    article.officials.add(person)
    with django_assert_num_queries(2):  # the revision and the version, nothing read
        revision = revisions.save_new_draft_revision(
            article,
            {"officials": [person], "resolutions": [], "related": []},
            comment="Nhập từ tin hãng: a.txt",
        )

    version = revisions.last_save(article)
    assert version.revision == revision
    assert (revision.user, revision.comment) == (None, "Nhập từ tin hãng: a.txt")
    assert version.object_repr == article.title
    assert version.serialized_data == reversion_would_store(article)
    assert version.field_dict["officials"] == [person.pk]
    assert revisions.readable_values(version)["Tiêu đề"] == article.title
    assert list(Version.objects.get_for_model(Article)) == [version]
