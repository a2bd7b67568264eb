"""articles.wire.persist writes a draft the one way an article is written: what ``save`` would
store (text, slug, search document), one revision by reversion itself, no public page made
stale."""

import pytest
from django.core.cache import cache
from reversion.models import Version

from articles.models import Article, WireItem
from articles.wire.analyse import title_of
from articles.wire.batch import wire_import
from articles.wire.read import parse
from articles.wire.read.structure import story_body_html
from articles.wire.sources import WireSource
from people.models import Person, Resolution
from tests.factories import (
    OrganizationFactory,
    PersonFactory,
    PositionFactory,
    ResolutionFactory,
    SectionFactory,
)
from tests.paths import WIRE_DATA

pytestmark = pytest.mark.django_db

NAMES = [
    "officials_thanhhoa.txt",
    "nitf_ttxvn.xml",
    "newsml_vgp.xml",
    "page_baodientu.html",
    "hdnd_ninhbinh.txt",
]
#: What ``Article.save`` computes and stores for a new draft.
WRITTEN = [
    "title", "sapo", "body", "byline", "source", "slug", "search_text", "search_vector",
    "rank_vector",
]  # fmt: skip


@pytest.fixture
def section():
    return SectionFactory(name="Thời sự", slug="thoi-su")


@pytest.fixture
def mentioned():
    person = PersonFactory(full_name="Lương Văn Khánh", aliases="Lương V. Khánh")
    PositionFactory(person=person, title="Phó Chủ tịch Thường trực UBND tỉnh Thanh Hóa")
    party = OrganizationFactory(name="Ban Chấp hành Trung ương Đảng", kind="party")
    ResolutionFactory(number="58-NQ/TW", issuer=party, title="Về xây dựng tỉnh")


def _import(name: str) -> Article:
    [item] = wire_import(sources=[WireSource.from_path(WIRE_DATA / name)]).items
    assert item["status"] == "created", item
    return Article.objects.get(pk=item["article_id"])


@pytest.mark.parametrize("name", NAMES)
def test_an_imported_draft_holds_what_save_would_write(section, mentioned, name):
    """The same story saved with ``Article.save`` and linked by hand: the same stored text,
    slug and search document."""
    imported = _import(name)
    officials = list(Person.objects.filter(articles=imported))
    resolutions = list(Resolution.objects.filter(articles=imported))
    written = Article.objects.filter(pk=imported.pk).values(*WRITTEN).get()
    WireItem.objects.all().delete()
    imported.delete()  # frees its slug

    story = parse((WIRE_DATA / name).read_bytes(), name=name)
    saved = Article(
        section=section,
        title=title_of(story)[0],
        sapo=story.sapo,
        body=story_body_html(story),
        byline=story.byline or "",
        source=story.source or "",
    )
    saved.save()
    saved.officials.set(officials)
    saved.resolutions.set(resolutions)
    assert Article.objects.filter(pk=saved.pk).values(*WRITTEN).get() == written


def test_each_imported_draft_has_one_revision_by_reversion(section, mentioned):
    articles = [_import(name) for name in NAMES]
    for article in articles:
        [version] = Version.objects.get_for_object(article)
        assert version.field_dict["title"] == article.title
        assert version.field_dict["officials"] == list(
            article.officials.values_list("pk", flat=True)
        )
        assert version.revision.version_set.count() == 1


def test_importing_drafts_leaves_the_public_pages_cached(client, section, mentioned):
    cache.clear()
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"
    report = wire_import(sources=[WireSource.from_path(WIRE_DATA / name) for name in NAMES])
    assert report.counts["created"] == len(NAMES)
    assert client.get("/")["X-Page-Cache"] == "hit"  # drafts are on no public page
