"""Reader search: diacritics, official names, resolution numbers, ranking, the page, the index.

Runs on SQLite (folded-text fallback) and PostgreSQL (full-text search); PostgreSQL-only
behaviour is in the tests marked ``postgres_only``.
"""

import contextlib
import datetime
import unicodedata

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, set_script_prefix
from django.utils import timezone

from articles.models import Article
from articles.search_index import index_articles
from articles.site.search_hits import hits_html
from articles.site.search_results import search_articles
from articles.site.teasers import build_missing
from tests.factories import (
    ArticleFactory,
    PersonFactory,
    ResolutionFactory,
    SectionFactory,
)

pytestmark = pytest.mark.django_db
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL full-text search and pg_trgm"
)

NOW = timezone.now()


def ago(**delta):
    return NOW - datetime.timedelta(**delta)


def titles(results, n=100):
    return [article.title for article in results[:n]]


def ids(stories):
    """The ids of search hits or of articles, to compare the two."""
    return [story.pk for story in stories]


@pytest.fixture
def newsroom():
    """A small day of political news, with the mentions an editor would link."""
    thoi_su = SectionFactory(name="Thời sự")
    chinh_tri = SectionFactory(name="Chính trị")
    dung = PersonFactory(full_name="Đinh Tiến Dũng", aliases="Ba Dũng")
    hue = PersonFactory(full_name="Vương Đình Huệ")
    nq15 = ResolutionFactory(
        number="15-NQ/TU", title="Về phát triển văn hóa, con người Hà Nội", kind="nghi-quyet"
    )
    nq27 = ResolutionFactory(number="27-NQ/TW", title="Về xây dựng và hoàn thiện Nhà nước")

    visit = ArticleFactory(
        title="Đồng chí Đinh Tiến Dũng làm việc với Thành ủy Hải Phòng",
        sapo="Chiều 12/5, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng có buổi "
        "làm việc với Ban Thường vụ Thành ủy Hải Phòng về hợp tác phát triển.",
        body="<p>Hai bên thống nhất tăng cường phối hợp trong phát triển hạ tầng giao thông, "
        "logistics và du lịch.</p><p>Đoàn công tác thăm khu kinh tế Đình Vũ – Cát Hải.</p>",
        section=chinh_tri,
        published_at=ago(hours=5),
    )
    visit.officials.add(dung)
    culture = ArticleFactory(
        title="Thành uỷ Hà Nội sơ kết 3 năm thực hiện nghị quyết về phát triển văn hóa",
        sapo="Hội nghị đánh giá kết quả triển khai Nghị quyết 15-NQ/TU của Ban Chấp hành "
        "Đảng bộ thành phố khóa XVII.",
        body="<p>Theo báo cáo, thành phố đã trùng tu 1.200 di tích và xây mới 30 nhà văn hóa."
        "</p><p>Các quận, huyện cần tiếp tục cụ thể hóa nghị quyết bằng chương trình hành "
        "động.</p>",
        section=thoi_su,
        published_at=ago(hours=3),
    )
    culture.resolutions.add(nq15)
    quiet_mention = ArticleFactory(
        title="Hà Nội khởi công cầu Trần Hưng Đạo",
        sapo="Cây cầu dài 5,5 km nối quận Hoàn Kiếm với quận Long Biên.",
        body="<p>Dự án nằm trong danh mục công trình trọng điểm của thành phố.</p>",
        section=thoi_su,
        published_at=ago(hours=2),
    )
    quiet_mention.officials.add(dung)  # named only through the link, not in the text
    quiet_mention.resolutions.add(nq15)
    assembly = ArticleFactory(
        title="Quốc hội thảo luận dự án Luật Đất đai (sửa đổi)",
        sapo="Chủ tịch Quốc hội Vương Đình Huệ điều hành phiên thảo luận tại hội trường.",
        body="<p>Nhiều đại biểu đề nghị làm rõ cơ chế định giá đất, thực hiện Nghị quyết "
        "27-NQ/TW về xây dựng Nhà nước pháp quyền.</p>",
        section=chinh_tri,
        published_at=ago(hours=1),
    )
    assembly.officials.add(hue)
    assembly.resolutions.add(nq27)
    return {
        "visit": visit,
        "culture": culture,
        "quiet_mention": quiet_mention,
        "assembly": assembly,
        "dung": dung,
        "hue": hue,
        "nq15": nq15,
    }


@pytest.mark.parametrize(
    "query",
    [
        "dinh tien dung",
        "Đinh Tiến Dũng",
        "đinh tiến dũng",
        "ĐINH TIẾN DŨNG",
        unicodedata.normalize("NFD", "Đinh Tiến Dũng"),
        "  dinh   TIEN dũng ",
    ],
)
def test_name_found_with_or_without_diacritics(newsroom, query):
    found = titles(search_articles(query))
    assert found[0] == newsroom["visit"].title
    assert set(found) == {newsroom["visit"].title, newsroom["quiet_mention"].title}


def test_alias_of_a_mentioned_official_finds_the_story(newsroom):
    # the alias is in the names of both stories, though neither text says "Ba Dũng"
    assert set(titles(search_articles("ba dũng"))) == {
        newsroom["quiet_mention"].title,
        newsroom["visit"].title,
    }


@pytest.mark.parametrize("query", ["Thành uỷ Hà Nội", "Thành ủy Hà Nội", "thanh uy ha noi"])
def test_tone_placement_variants_find_the_same_stories(newsroom, query):
    assert set(titles(search_articles(query))) == {
        newsroom["visit"].title,
        newsroom["culture"].title,
    }


@pytest.mark.parametrize(
    "query", ["15-NQ/TU", "15 nq tu", "15-nq/tu", "Nghị quyết 15-NQ/TU", "nghi quyet 15-nq/tu"]
)
def test_resolution_number_finds_stories_mentioning_it(newsroom, query):
    assert set(titles(search_articles(query))) == {
        newsroom["culture"].title,  # in the sapo
        newsroom["quiet_mention"].title,  # linked only, indexed as "Nghị quyết 15-NQ/TU"
    }


def test_resolution_number_is_matched_as_a_whole(newsroom):
    assert titles(search_articles("16-NQ/TU")) == []
    assert titles(search_articles("27-NQ/TW")) == [newsroom["assembly"].title]
    assert titles(search_articles("27-NQ/TU")) == []


def test_words_match_whole_not_inside_other_words(newsroom):
    assert titles(search_articles("hải phòng")) == [newsroom["visit"].title]
    # parts of words find nothing: "phon" of "Phòng", "han" of "thành", "kin" of "kinh"
    assert titles(search_articles("phon")) == []
    assert titles(search_articles("han")) == []
    assert titles(search_articles("kin")) == []


def test_every_term_must_match(newsroom):
    assert titles(search_articles("Đinh Tiến Dũng Hải Phòng")) == [newsroom["visit"].title]
    assert titles(search_articles("Đinh Tiến Dũng Quốc hội")) == []


def test_body_and_official_names_are_searched(newsroom):
    assert titles(search_articles("logistics")) == [newsroom["visit"].title]
    assert titles(search_articles("vuong dinh hue")) == [newsroom["assembly"].title]


def test_ranking_title_before_sapo_before_body_then_newest():
    section = SectionFactory()
    body_hit = ArticleFactory(
        title="Khai mạc kỳ họp thứ năm",
        body="<p>Bàn về chuyển đổi số.</p>",
        section=section,
        published_at=ago(minutes=1),
    )
    sapo_hit = ArticleFactory(
        title="Hội nghị trực tuyến toàn quốc",
        sapo="Đẩy mạnh chuyển đổi số trong cơ quan Đảng.",
        section=section,
        published_at=ago(minutes=2),
    )
    old_title_hit = ArticleFactory(
        title="Chuyển đổi số ở cấp xã", section=section, published_at=ago(days=30)
    )
    new_title_hit = ArticleFactory(
        title="Chuyển đổi số: bắt đầu từ con người", section=section, published_at=ago(days=1)
    )
    results = search_articles("chuyển đổi số")
    assert ids(results[:10]) == ids([new_title_hit, old_title_hit, sapo_hit, body_hit])
    ranks = [article.search_rank for article in results[:10]]
    # the body does not rank (ts_rank gives 1e-20 for nothing found)
    assert ranks[0] == ranks[1] > ranks[2] > ranks[3] == pytest.approx(0)


def test_a_title_ranks_above_a_body_that_repeats_the_words_and_bodies_go_newest_first():
    """Ranking reads the title, sapo and officials' names only: a match in the body alone ranks
    0, however often the body repeats it, and such stories come newest first."""
    section = SectionFactory()
    repeated = "".join(
        f"<p>Bước {n} của chuyển đổi số ở cơ sở là đào tạo cán bộ.</p>" for n in range(1, 13)
    )
    # (no "sơ", "chuyên" in their heads: they fold to "so", "chuyen" and would rank a little)
    old_body_hit = ArticleFactory(
        title="Tỉnh ủy Bắc Ninh họp phiên thường kỳ quý III",
        sapo="Hội nghị nghe báo cáo tình hình kinh tế - xã hội chín tháng.",
        body=repeated,
        section=section,
        published_at=ago(hours=3),
    )
    new_body_hit = ArticleFactory(
        title="Hội nghị Ban Chấp hành Đảng bộ tỉnh Lào Cai",
        sapo="Hội nghị bàn nhiệm vụ trọng tâm những tháng cuối năm.",
        body="<p>Hội nghị bàn thêm về chuyển đổi số trong năm tới.</p>",
        section=section,
        published_at=ago(hours=1),
    )
    title_hit = ArticleFactory(
        title="Chuyển đổi số trong cơ quan Đảng",
        sapo="Ban Tuyên giáo hướng dẫn các chi bộ triển khai.",
        body="<p>Các chi bộ báo cáo kết quả trước ngày 30/11.</p>",
        section=section,
        published_at=ago(days=20),
    )
    results = search_articles("chuyển đổi số")
    assert ids(results[:10]) == ids([title_hit, new_body_hit, old_body_hit])
    assert [article.search_rank for article in results[:10]][1:] == [pytest.approx(0)] * 2


def test_the_whole_query_is_tried_as_a_phrase_first():
    debate = ArticleFactory(title="Quốc hội thảo luận dự án Luật Thủ đô (sửa đổi)")
    seminar = ArticleFactory(title="Hội thảo khoa học về luận cứ xây dựng Luật Thủ đô")
    # "thảo luận" is one word of two syllables: the story with both syllables apart is not it
    assert ids(search_articles("thảo luận")[:10]) == [debate.pk]
    # no story has "luận thảo": then every word anywhere
    assert set(ids(search_articles("luận thảo")[:10])) == {debate.pk, seminar.pk}


def test_only_the_most_recent_matches_are_ranked(client, monkeypatch):
    monkeypatch.setattr("articles.site.search_results.MAX_RESULTS", 3)
    old_title_hit = ArticleFactory(title="Cử tri Thủ đô kiến nghị", published_at=ago(days=400))
    recent = [
        ArticleFactory(
            title=f"Kỳ họp thứ {n}",
            body="<p>Ý kiến cử tri được tổng hợp.</p>",
            published_at=ago(days=n),
        )
        for n in range(1, 5)
    ]
    results = search_articles("cử tri")
    assert results.count() == 3 and results.more
    assert ids(results[:10]) == ids(recent[:3])
    assert old_title_hit.pk not in ids(results[:10])
    page = client.get(reverse("articles:search"), {"q": "cử tri"}).text
    assert "Tìm thấy hơn 3 bài viết cho «cử tri»; dưới đây là 3 bài mới nhất" in page


def test_drafts_scheduled_embargoed_and_withdrawn_never_appear(newsroom):
    hidden = {
        "draft": {"status": Article.Status.DRAFT, "published_at": None},
        "review": {"status": Article.Status.REVIEW, "published_at": None},
        "scheduled": {"published_at": NOW + datetime.timedelta(hours=2)},
        "withdrawn": {"status": Article.Status.UNPUBLISHED, "published_at": ago(days=1)},
        "embargoed": {"embargo_until": NOW + datetime.timedelta(hours=2)},
    }
    for label, fields in hidden.items():
        story = ArticleFactory(title=f"Đinh Tiến Dũng bí mật {label}", **fields)
        story.officials.add(newsroom["dung"])
    found = titles(search_articles("Đinh Tiến Dũng"))
    assert not [title for title in found if "bí mật" in title]
    assert titles(search_articles("bí mật")) == []


def test_snippet_and_title_highlight_the_original_text(newsroom):
    hit = search_articles("dinh tien dung hai phong")[:1][0]
    assert hit.pk == newsroom["visit"].pk
    assert hit.title_html == hit.title.replace(
        "Đinh Tiến Dũng", "<mark>Đinh Tiến Dũng</mark>"
    ).replace("Hải Phòng", "<mark>Hải Phòng</mark>")
    assert "Hà Nội <mark>Đinh Tiến Dũng</mark> có buổi làm việc" in hit.snippet
    assert "<mark>Hải Phòng</mark> về hợp tác" in hit.snippet


def test_a_sapo_holding_every_word_is_the_snippet_alone():
    """The snippet is cut from the text kept with the story's teaser, which starts with the
    sapo: when the sapo holds every word, the excerpt stops at its end (the kept length of the
    sapo), whether the teaser was kept already or is built on the way."""
    story = ArticleFactory(
        title="Khánh thành cầu nối hai tỉnh miền Tây",
        sapo="Sáng 3/9, Thủ tướng dự lễ khánh thành cầu Rạch Miễu 2.",
        body="<p>Cây cầu dài 17 km nối Tiền Giang với Bến Tre, tổng vốn hơn 6.000 tỷ đồng.</p>",
    )
    expected = "Sáng 3/9, Thủ tướng dự lễ khánh thành cầu <mark>Rạch Miễu</mark> 2."
    build_missing(Article.objects.filter(pk=story.pk))
    assert search_articles("rach mieu")[:1][0].snippet == expected  # kept
    Article.objects.filter(pk=story.pk).update(updated_at=timezone.now())
    assert search_articles("rach mieu")[:1][0].snippet == expected  # built on the way


def test_snippet_escapes_text_from_the_body():
    ArticleFactory(
        title="Cảnh báo mã độc giả mạo văn bản",
        body="<p>Tệp đính kèm chứa đoạn &lt;script&gt;alert(1)&lt;/script&gt; và "
        "&quot;Thông báo&quot; của Ban Tuyên giáo.</p>",
    )
    hit = search_articles("script ban tuyên giáo")[:1][0]
    assert "&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;" in hit.snippet
    assert "<script>" not in hit.snippet


# --- keeping the index current --------------------------------------------------------------


def test_index_follows_edits_to_a_story_and_its_mentions(newsroom):
    draft = ArticleFactory(
        title="Bản thảo về giao thông", status=Article.Status.DRAFT, published_at=None
    )
    draft.title = "Hà Nội mở rộng đường Vành đai 4"
    draft.save()
    Article.objects.filter(pk=draft.pk).update(
        status=Article.Status.PUBLISHED, published_at=ago(minutes=5)
    )
    assert titles(search_articles("vanh dai 4")) == [draft.title]
    assert titles(search_articles("giao thông bản thảo")) == []

    draft.officials.add(newsroom["hue"])
    assert draft.title in titles(search_articles("Vương Đình Huệ"))
    draft.officials.remove(newsroom["hue"])
    assert draft.title not in titles(search_articles("Vương Đình Huệ"))

    newsroom["nq15"].articles.add(draft)  # from the other side of the relation
    assert draft.title in titles(search_articles("15-NQ/TU"))
    newsroom["nq15"].articles.clear()
    assert titles(search_articles("15-NQ/TU")) == [newsroom["culture"].title]


def test_index_follows_a_renamed_official_and_a_renumbered_resolution(newsroom):
    person = newsroom["hue"]
    person.aliases = "Vương Đình Huệ (Chủ tịch Quốc hội)\nAnh Huệ"
    person.save()
    assert titles(search_articles("anh huệ")) == [newsroom["assembly"].title]

    resolution = newsroom["nq15"]
    resolution.number = "16-NQ/TU"
    resolution.save()
    assert set(titles(search_articles("16-NQ/TU"))) == {
        newsroom["quiet_mention"].title,
        newsroom["culture"].title,
    }
    assert titles(search_articles("15-NQ/TU")) == [newsroom["culture"].title]  # its sapo

    person.delete()
    assert titles(search_articles("anh huệ")) == []


def test_saving_other_fields_only_does_not_rebuild_the_document(newsroom, monkeypatch):
    indexed = []
    monkeypatch.setattr("articles.stale.index_article", lambda a, **kw: indexed.append(a))
    article = newsroom["assembly"]
    article.is_featured = True
    article.save(update_fields=["is_featured"])
    assert indexed == []
    article.save()
    assert indexed == [article]


def test_rebuild_command_refills_after_bulk_writes(newsroom, capsys):
    Article.objects.update(search_text="", search_vector=None)
    assert titles(search_articles("logistics")) == []
    assert titles(search_articles("15-NQ/TU")) == []
    call_command("rebuild_search_index", "--batch-size", "2")
    assert "Đã cập nhật chỉ mục tìm kiếm cho 4 bài viết." in capsys.readouterr().out
    assert titles(search_articles("logistics")) == [newsroom["visit"].title]
    assert set(titles(search_articles("15-NQ/TU"))) == {
        newsroom["culture"].title,
        newsroom["quiet_mention"].title,
    }


def _head(article):
    """(``rank_vector``, the head of ``search_vector`` as ``ts_filter`` gives it) of a stored
    story, as text."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT rank_vector::text, ts_filter(search_vector, '{a,b}')::text "
            "FROM articles_article WHERE id = %s",
            [article.pk],
        )
        return cursor.fetchone()


def _lexemes(vector: str) -> dict[str, str]:
    return dict(item.partition(":")[::2] for item in vector.split())


@postgres_only
def test_the_ranked_head_follows_saves_edits_mentions_and_rebuilds(newsroom):
    """``rank_vector`` holds the title, sapo and names of ``search_vector`` (positions and
    weights as there), and no body, whichever way the document was written."""
    story = ArticleFactory(
        title="Bí thư Thành ủy Hải Phòng tiếp đoàn công tác",
        sapo="Sáng 12/5, đoàn công tác làm việc về hợp tác phát triển logistics.",
        body="<p>Hai bên thống nhất phát triển hạ tầng giao thông và du lịch.</p>"
        "<p>Đoàn thăm khu kinh tế Đình Vũ – Cát Hải.</p>",
        status=Article.Status.DRAFT,
        published_at=None,
    )
    stored, expected = _head(story)
    assert stored == expected
    lexemes = _lexemes(stored)
    assert lexemes["'hai'"] == "5A"  # "Hải Phòng" in the title
    assert lexemes["'logistics'"].endswith("B")  # the sapo
    assert "'vu'" not in lexemes and "'hai_phong'" not in lexemes  # the body, the pairs

    story.title = "Bí thư Thành ủy Hải Phòng thăm khu kinh tế Đình Vũ – Cát Hải"
    story.save()
    stored, expected = _head(story)
    assert stored == expected and _lexemes(stored)["'vu'"] == "12A"

    story.officials.add(newsroom["hue"])  # named by the link only
    stored, expected = _head(story)
    assert stored == expected and _lexemes(stored)["'hue'"].endswith("B")

    Article.objects.update(rank_vector=None)
    call_command("rebuild_search_index", "--batch-size", "3")
    for article in Article.objects.all():
        stored, expected = _head(article)
        assert stored == expected and stored


def _blocks_read(sql: str, params) -> int:
    """Buffers a statement reads (hit or not), from ``EXPLAIN (ANALYZE, BUFFERS)``."""
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0][0]["Plan"]
    return plan["Shared Hit Blocks"] + plan["Shared Read Blocks"]


@postgres_only
def test_the_title_slug_and_ranked_head_are_read_from_the_row(newsroom):
    """The table moves everything it can out of line (``toast_tuple_target``, 0008); what a
    search ranks with and a page of results shows stays in the row (0024): reading it costs
    what reading the id does, where the body is read back from TOAST."""
    story = ArticleFactory(
        title="Quốc hội thảo luận dự án Luật Đất đai (sửa đổi) tại hội trường " * 3,
        sapo="Chiều 20/6, Quốc hội thảo luận ở hội trường về dự án Luật Đất đai. " * 4,
        body="<p>Đại biểu đề nghị làm rõ quy định về bồi thường, hỗ trợ, tái định cư.</p>" * 40,
    )
    where = "FROM articles_article WHERE id = %s"
    row = _blocks_read(f"SELECT id {where}", [story.pk])
    kept = f"SELECT length(title), length(slug), length(rank_vector::text) {where}"
    assert _blocks_read(kept, [story.pk]) == row
    assert _blocks_read(f"SELECT length(body) {where}", [story.pk]) > row


def test_index_articles_by_primary_keys(newsroom):
    Article.objects.update(search_text="", search_vector=None)
    assert index_articles([newsroom["culture"].pk, newsroom["culture"].pk]) == 1
    assert titles(search_articles("15-NQ/TU")) == [newsroom["culture"].title]


# --- the page -------------------------------------------------------------------------------


def test_search_page_lists_ranked_highlighted_results(client, newsroom):
    response = client.get(reverse("articles:search"), {"q": "dinh tien dung"})
    assert response.status_code == 200
    page = response.text
    assert "Tìm thấy 2 bài viết cho «dinh tien dung»." in page
    assert page.index(newsroom["visit"].get_absolute_url()) < page.index(
        newsroom["quiet_mention"].get_absolute_url()
    )
    assert "<mark>Đinh Tiến Dũng</mark>" in page
    assert 'name="robots" content="noindex, follow"' in page
    assert 'value="dinh tien dung"' in page  # the header box keeps the query


@pytest.mark.parametrize("prefix", ["/", "/toa-soan/"])
def test_result_links_are_the_stories_and_sections_addresses(newsroom, prefix):
    """The list is put together from the stories' kept teasers: the same links as the models
    give, under a script prefix too."""
    set_script_prefix(prefix)
    try:
        results = search_articles("dinh tien dung")
        results.count()
        hits = results[:20]
        markup = hits_html(hits)
        for hit in hits:
            assert f'<a href="{hit.get_absolute_url()}">{hit.title_html}</a>' in markup
            section = Article.objects.get(pk=hit.pk).section
            assert f'<a href="{section.get_absolute_url()}">{section.name}</a>' in markup
            assert hit.get_absolute_url().startswith(prefix)
    finally:
        set_script_prefix("/")


def test_every_page_has_the_search_box_in_its_header(client, newsroom):
    for url in (reverse("articles:home"), newsroom["visit"].get_absolute_url()):
        page = client.get(url).text
        header = page[page.index("<header") : page.index("</header>")]
        assert f'<form class="search-box" role="search" action="{reverse("articles:search")}"' in (
            header
        )
        assert '<label for="tim-kiem-q"' in header and 'name="q"' in header


def test_search_page_paginates_twenty_a_page(client):
    section = SectionFactory()
    for n in range(25):
        ArticleFactory(
            title=f"Cử tri kiến nghị về đất đai, lần {n + 1}",
            section=section,
            published_at=ago(minutes=n),
        )
    url = reverse("articles:search")
    first = client.get(url, {"q": "cu tri"})
    assert first.text.count('class="search-hit"') == 20
    assert "Tìm thấy 25 bài viết cho «cu tri», trang 1/2." in first.text
    assert "?q=cu+tri&amp;trang=2" in first.text
    second = client.get(url, {"q": "cu tri", "trang": "2"})
    assert second.text.count('class="search-hit"') == 5
    # equal rank: newest first, so the oldest five are on page 2
    assert "lần 21<" in second.text and "lần 20<" not in second.text
    for junk in ("0", "-1", "999", "abc", "2\x00"):
        assert client.get(url, {"q": "cu tri", "trang": junk}).status_code == 200


def test_empty_query_shows_a_prompt(client, newsroom):
    for params in ({}, {"q": ""}, {"q": "   "}):
        response = client.get(reverse("articles:search"), params)
        assert response.status_code == 200
        assert "Nhập từ khóa vào ô tìm kiếm" in response.text
        assert "search-hit" not in response.text


@pytest.mark.parametrize(
    "query",
    [
        "' OR 1=1 --",
        "'; DROP TABLE articles_article; --",
        "<script>alert('xss')</script>",
        "&|!:*()",
        "'",
        '"',
        "'''",
        "...!!!???",
        "Hà\x00Nội",
        "\x00",
        "dung:* | !ha & (noi",
        "\\' \\\" %_%",
        "🇻🇳🔥",
    ],
)
def test_hostile_queries_get_a_normal_page(client, newsroom, query):
    response = client.get(reverse("articles:search"), {"q": query})
    assert response.status_code == 200
    assert "<script>alert" not in response.text
    assert "bí mật" not in response.text
    assert Article.objects.count() == 4


def test_punctuation_only_query_says_there_is_nothing_to_search(client):
    response = client.get(reverse("articles:search"), {"q": "&|!:*()"})
    assert "không có chữ hoặc số nào để tìm" in response.text


def test_very_long_query_is_cut_and_says_so(client, newsroom):
    query = "Đinh Tiến Dũng " + "x" * 5000
    response = client.get(reverse("articles:search"), {"q": query})
    assert response.status_code == 200
    assert "Từ khóa quá dài" in response.text
    assert "x" * 300 not in response.text


def _crowd(n_articles, n_officials, n_tags):
    section = SectionFactory()
    people = [PersonFactory() for _ in range(n_officials)]
    for n in range(n_articles):
        article = ArticleFactory(
            title=f"Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ {n + 1}",
            section=section,
            published_at=ago(minutes=n),
        )
        article.officials.add(*people)
        article.tags.add(*[f"Hội nghị {k}" for k in range(n_tags)])
    build_missing(Article.objects.all())  # publishing keeps each story's teaser


POSTGRES = connection.vendor == "postgresql"
#: Finding the matches (at most 201, by date) and ranking them: one statement on PostgreSQL
#: (sent with the planner settings it runs under), two queries on SQLite.
FIND_AND_RANK = 1 if POSTGRES else 2
#: Officials the query names (shown above the stories), for a query of two words or more; one
#: more (their positions) only when someone is found.
OFFICIALS = 1


@pytest.mark.parametrize(("n_articles", "n_officials", "n_tags"), [(2, 1, 1), (30, 6, 5)])
@pytest.mark.parametrize(
    ("query", "queries"),
    [
        # header sections; officials named; finding and ranking; the page's articles
        ("ban chap hanh dang bo", 2 + OFFICIALS + FIND_AND_RANK),
        # the same, after the whole query found nothing as a phrase: one more for near words
        ("ban chap hanh hoi nghi", 3 + OFFICIALS + FIND_AND_RANK),
    ],
)
def test_search_page_query_count_is_fixed(
    client, django_assert_num_queries, n_articles, n_officials, n_tags, query, queries
):
    _crowd(n_articles, n_officials, n_tags)
    with django_assert_num_queries(queries):
        response = client.get(reverse("articles:search"), {"q": query})
    assert response.text.count('class="search-hit"') == min(n_articles, 20)


def test_query_count_stays_fixed_beyond_the_ranking_limit(
    client, django_assert_num_queries, monkeypatch
):
    monkeypatch.setattr("articles.site.search_results.MAX_RESULTS", 3)
    _crowd(8, 2, 2)
    # more than MAX_RESULTS match: on SQLite one more query, for the most recent week (enough
    # here); PostgreSQL looks at the windows in the same statement
    more = 0 if POSTGRES else 1
    with django_assert_num_queries(2 + OFFICIALS + FIND_AND_RANK + more):
        response = client.get(reverse("articles:search"), {"q": "ban chap hanh dang bo"})
    assert response.text.count('class="search-hit"') == 3


def test_results_without_a_current_kept_teaser_build_it_once(client, django_assert_num_queries):
    """A story saved behind the kept teaser's back (or new code) is shown right and kept: three
    more queries (the stories, their captions, the write) for any number of them, once."""
    _crowd(6, 1, 1)
    search = {"q": "ban chap hanh dang bo"}
    client.get(reverse("articles:search"), search)  # the page's frame (its sections) is kept
    story = Article.objects.order_by("pk").first()
    Article.objects.filter(pk=story.pk).update(slug="dia-chi-moi", updated_at=timezone.now())
    others = Article.objects.exclude(pk=story.pk).order_by("pk")[:3]
    Article.objects.filter(pk__in=ids(others)).update(updated_at=timezone.now())
    with django_assert_num_queries(1 + OFFICIALS + FIND_AND_RANK + 3):
        page = client.get(reverse("articles:search"), search).text
    assert page.count('class="search-hit"') == 6
    assert 'href="/bai-viet/dia-chi-moi/"' in page
    with django_assert_num_queries(1 + OFFICIALS + FIND_AND_RANK):
        assert client.get(reverse("articles:search"), search).text == page


def test_a_result_shows_when_the_story_was_published_not_last_edited(client):
    """PostgreSQL's results were once read into the wrong model fields, and showed the time of
    the last edit: a story from March corrected today read as today's news."""
    story = ArticleFactory(
        title="Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12",
        published_at=datetime.datetime(2026, 3, 14, 2, 30, tzinfo=datetime.UTC),
    )
    Article.objects.filter(pk=story.pk).update(updated_at=timezone.now())
    page = client.get(reverse("articles:search"), {"q": "ban chấp hành đảng bộ"}).text
    hit = page[page.index('class="search-hit"') :]
    assert '<time datetime="2026-03-14T09:30:00+07:00">Thứ Bảy, 14/03/2026 09:30</time>' in hit


def test_empty_search_page_runs_no_search_query(client, django_assert_num_queries):
    with django_assert_num_queries(1):  # header sections only
        client.get(reverse("articles:search"), {"q": "!!!"})


# --- PostgreSQL -----------------------------------------------------------------------------


def _planner_settings():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('enable_indexscan'), current_setting('enable_seqscan'), "
            "current_setting('max_parallel_workers_per_gather')"
        )
        return cursor.fetchone()


@postgres_only
@pytest.mark.parametrize("in_transaction", [True, False])
@pytest.mark.django_db(transaction=True)
def test_the_search_statement_runs_with_bitmap_scans_only_and_nothing_after_it_does(
    in_transaction,
):
    """The settings are sent with the search statement, and end with it: the rest of the request
    (and whatever later uses the pooled connection) is planned as usual."""
    ArticleFactory(title="Đinh Tiến Dũng làm việc tại Hải Phòng")
    before = _planner_settings()
    with transaction.atomic() if in_transaction else contextlib.nullcontext():
        with CaptureQueriesContext(connection) as captured:
            assert titles(search_articles("dinh tien dung hai phong")) == [
                "Đinh Tiến Dũng làm việc tại Hải Phòng"
            ]
        # the phrase, then the words side by side: two statements, each with its settings
        searches = [q["sql"] for q in captured.captured_queries if "array_agg" in q["sql"]]
        assert len(searches) == 2
        for search in searches:
            assert search.startswith("SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan")
        assert _planner_settings() == before
    assert _planner_settings() == before == ("on", "on", before[2])


@postgres_only
def test_vietnamese_configuration_is_simple_plus_unaccent():
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('vietnamese', 'Đinh Tiến Dũng, Thành uỷ Thành ủy')")
        assert cursor.fetchone()[0] == "'dinh':1 'dung':3 'thanh':4,6 'tien':2 'uy':5,7"
        cursor.execute(
            "SELECT to_tsvector('vietnamese', 'Đinh Tiến Dũng') @@ "
            "plainto_tsquery('vietnamese', 'dinh tien dung')"
        )
        assert cursor.fetchone()[0] is True


@postgres_only
def test_stored_vector_is_weighted_and_gin_indexed(newsroom):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search_vector::text FROM articles_article WHERE id = %s",
            [newsroom["quiet_mention"].pk],
        )
        lexemes = dict(item.partition(":")[::2] for item in cursor.fetchone()[0].split())
        # "Hà Nội khởi công cầu Trần Hưng Đạo" / "Cây cầu dài 5,5 km nối quận Hoàn Kiếm ..."
        assert lexemes["'cau'"] == "5A,10B"  # title, sapo
        assert lexemes["'hoan'"].endswith("B")  # sapo
        assert lexemes["'dinh'"].endswith("B")  # the linked official's name
        assert lexemes["'nq'"].endswith("B")  # the linked resolution's number
        assert lexemes["'trinh'"].endswith("C")  # body: "công trình trọng điểm"
        # pairs of adjacent tokens, for phrases: "cầu Trần", "Đinh Tiến", "15-NQ"
        assert lexemes["'cau_tran'"] == lexemes["'dinh_tien'"] == lexemes["'15_nq'"] == ""
        assert "'dung_15'" not in lexemes  # not across two names
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM articles_article "
            "WHERE search_vector @@ to_tsquery('vietnamese', 'dinh & dung')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
        assert "article_search_vector_gin" in plan


@postgres_only
@pytest.mark.parametrize("query", ["dinh tien dun", "đinh tiến dũg", "dihn tien dung"])
def test_typo_in_an_official_name_falls_back_to_fuzzy_match(client, newsroom, query):
    results = search_articles(query)
    assert set(titles(results)) == {newsroom["visit"].title, newsroom["quiet_mention"].title}
    assert results.fuzzy_people == [newsroom["dung"]]
    page = client.get(reverse("articles:search"), {"q": query}).text
    assert "nhân vật có tên gần giống" in page
    assert f'<a href="{newsroom["dung"].get_absolute_url()}">Đinh Tiến Dũng</a>' in page
    assert "<mark>Đinh Tiến Dũng</mark>" in page


@postgres_only
def test_the_fuzzy_fallback_runs_every_statement_with_bitmap_scans_only(newsroom):
    """The officials' names too: planned freely, PostgreSQL reads every official's names
    instead of the trigram index's few candidates."""
    results = search_articles("dinh tien dun")
    with CaptureQueriesContext(connection) as captured:
        assert results.count() == 2
    assert results.fuzzy_people == [newsroom["dung"]]
    fuzzy = [q["sql"] for q in captured.captured_queries if "WORD_SIMILARITY" in q["sql"].upper()]
    assert len(fuzzy) == 1
    assert fuzzy[0].startswith("SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan")


@postgres_only
def test_no_fuzzy_match_for_unrelated_words(newsroom):
    results = search_articles("phát triển kinh tế biển")
    assert titles(results) == []
    assert results.fuzzy_people == []


@postgres_only
def test_trigram_index_on_folded_names():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'person_search_names_trgm'"
        )
        assert "gin (search_names gin_trgm_ops)" in cursor.fetchone()[0]


def test_the_stored_vector_is_the_one_djangos_search_expressions_write():
    """``search_vector_of`` writes one fixed template: the tsvector the tree of Django's
    search expressions it replaced writes, each part with its weight and every pair."""
    from django.contrib.postgres.fields import ArrayField
    from django.contrib.postgres.search import SearchVector, SearchVectorField
    from django.db.models import Func, TextField, Value
    from django.db.models.expressions import CombinedExpression

    from articles.search_index import CONFIG, WEIGHTS, search_vector_of
    from newsroom.search_text import SearchDocument

    def djangos(document):
        vector = None
        for part, weight in WEIGHTS.items():
            part_vector = SearchVector(Value(getattr(document, part)), config=CONFIG, weight=weight)
            vector = part_vector if vector is None else vector + part_vector
        pairs = Func(
            Value(document.bigrams(), output_field=ArrayField(TextField())),
            function="array_to_tsvector",
            output_field=SearchVectorField(),
        )
        return CombinedExpression(vector, "||", pairs, output_field=SearchVectorField())

    document = SearchDocument.build(
        title="Quốc hội thông qua Luật Thủ đô (sửa đổi)",
        sapo="Sáng 25/11, với 451/460 đại biểu tán thành",
        body_html="<p>Phân cấp mạnh cho Thành uỷ Hà Nội.</p><p>Nghị quyết 15-NQ/TW</p>",
        names=["Đinh Tiến Dũng", "Nghị quyết 15-NQ/TW"],
    )
    if connection.vendor != "postgresql":
        pytest.skip("the tsvector exists on PostgreSQL only")
    assert len(document.bigrams()) > 10 and not any(" " in pair for pair in document.bigrams())
    article = ArticleFactory()
    Article.objects.filter(pk=article.pk).update(search_vector=djangos(document))
    expected = Article.objects.values_list("search_vector", flat=True).get(pk=article.pk)
    Article.objects.filter(pk=article.pk).update(search_vector=search_vector_of(document))
    assert Article.objects.values_list("search_vector", flat=True).get(pk=article.pk) == expected
    assert "dinh_tien" in expected and "thu_do" in expected
