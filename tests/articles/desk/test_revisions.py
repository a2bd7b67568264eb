"""articles.desk.revisions: every save gets a revision (outside the admin too), stored by
django-reversion itself, and read back for people (values, word diff)."""

import json

import pytest
import reversion
from django.core import serializers
from reversion.models import Version

from articles.desk import revisions
from articles.models import Article
from tests.factories import ArticleFactory, PersonFactory, ResolutionFactory, SectionFactory

pytestmark = pytest.mark.django_db


def test_a_save_outside_the_admin_gets_a_revision_of_its_own():
    article = Article.objects.create(section=SectionFactory(), title="Bản nháp từ dòng lệnh")
    [version] = Version.objects.get_for_object(article)
    assert version.revision.comment.startswith("Lưu ngoài giao diện biên tập")
    assert version.field_dict["title"] == "Bản nháp từ dòng lệnh"


def test_a_revision_holds_the_registered_fields_and_the_mentions():
    """What reversion stores: Django's JSON of the row without the search document, with the
    many-to-many rows."""
    article = ArticleFactory(title="Quốc hội thông qua Luật Thủ đô (sửa đổi)")
    people = [PersonFactory(full_name=n) for n in ("Trần Thanh Mẫn", "Đinh Tiến Dũng")]
    resolution = ResolutionFactory()
    with reversion.create_revision():
        article.officials.set(people)
        article.resolutions.set([resolution])
        reversion.add_to_revision(article)
    version = revisions.last_save(article)
    stored = Article.objects.get(pk=article.pk)
    fields = serializers.serialize("python", [stored])[0]["fields"]
    kept = json.loads(version.serialized_data)[0]["fields"]
    assert set(kept) == set(fields) - {"search_text", "search_vector", "rank_vector"}
    assert sorted(version.field_dict["officials"]) == sorted(p.pk for p in people)
    assert version.field_dict["resolutions"] == [resolution.pk]
    values = revisions.readable_values(version)
    assert values["Tiêu đề"] == article.title
    assert sorted(values["Nhân vật"].splitlines()) == sorted(p.full_name for p in people)


def test_word_diff_marks_removed_and_added_words():
    diff = revisions.word_diff("Hà Nội họp sáng nay", "Hà Nội họp chiều nay")
    assert diff == "Hà Nội họp <del>sáng</del><ins>chiều</ins> nay"
