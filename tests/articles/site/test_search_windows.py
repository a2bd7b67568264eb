"""Which time windows reader search tries, from PostgreSQL's statistics
(``articles.site.search_windows``): skipping one changes what finding costs, never what is
found."""

import dataclasses
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.site import search_windows
from articles.site.search_results import SEARCH_WINDOWS, search_articles
from articles.site.search_windows import Statistics, windows_to_try
from newsroom.search_text import parse_query
from tests.factories import ArticleFactory, SectionFactory

read_statistics = search_windows.statistics  # the real one (tests/conftest.py stands it in)
NOW = datetime.datetime(2026, 12, 6, 12, tzinfo=datetime.UTC)
WINDOWS = tuple(w for w in SEARCH_WINDOWS if w)
WEEK, MONTH, YEAR = WINDOWS


def _statistics(**frequencies):
    """100,000 stories published evenly over the last 1,000 days, in 100 buckets."""
    bounds = tuple(NOW - datetime.timedelta(days=10 * k) for k in range(100, -1, -1))
    return Statistics(rows=100_000, frequencies=frequencies, rarest=0.004, bounds=bounds)


def _phrase(text):
    return parse_query(text).variants()[0]


def test_share_since_counts_whole_buckets_and_the_stories_since_the_analyze():
    """Ten days a bucket: the week lies in the last bucket; what was published after the
    histogram was made is counted as the rows written since, a thousandth at least."""
    stats = _statistics()
    assert stats.share_since(NOW - datetime.timedelta(days=7)) == pytest.approx(0.011)
    assert stats.share_since(NOW - datetime.timedelta(days=366)) == pytest.approx(0.371)
    assert stats.share_since(NOW - datetime.timedelta(days=5000)) == 1.0
    # 5,000 rows written since the ANALYZE: as many stories may be new, all in the week
    changed = dataclasses.replace(stats, changed=0.05)
    assert changed.share_since(NOW - datetime.timedelta(days=7)) == pytest.approx(0.06)
    assert changed.share_since(NOW - datetime.timedelta(days=366)) == pytest.approx(0.42)


def test_a_rare_name_goes_straight_to_all_time():
    """A name no common lexeme holds is in at most 400 of the 100,000 stories: no window of
    the last year can hold 200 of them."""
    stats = _statistics(nguyen=0.3, van=0.25)
    query = _phrase("Nguyễn Văn Thưởng")
    assert stats.matches_at_most(query) == pytest.approx(400)
    assert windows_to_try(query, WINDOWS, enough=200, now=NOW, statistics=stats) == ()


def test_a_common_phrase_keeps_the_windows_that_may_hold_enough():
    stats = _statistics(hoi_nghi=0.97, kien_giang=0.03)
    assert windows_to_try(_phrase("hội nghị"), WINDOWS, enough=200, now=NOW, statistics=stats) == (
        WEEK,
        MONTH,
        YEAR,
    )
    # 3,000 stories: a week holds about 60, a month about 120, a year about 1,100
    assert windows_to_try(
        _phrase("Kiên Giang"), WINDOWS, enough=200, now=NOW, statistics=stats
    ) == (YEAR,)


def test_near_words_groups_count_every_alternative():
    """In the near-words form a group is met by any of its pairs: its bound is their sum."""
    stats = _statistics(dinh_tien=0.001, tien_dung=0.3, dung_hai=0.3, hai_phong=0.3)
    near = parse_query("dinh tien dung hai phong").near_words()
    assert near.any_of
    assert stats.matches_at_most(near) == pytest.approx(100)  # dinh_tien, required


def test_without_statistics_every_window_is_tried():
    query = _phrase("Nguyễn Văn Thưởng")
    assert windows_to_try(query, WINDOWS, enough=200, now=NOW, statistics=None) == WINDOWS


# --- PostgreSQL -----------------------------------------------------------------------------


postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's statistics (pg_stats)"
)


@pytest.fixture
def archive(db):
    """60 stories over two years: "hội nghị" in 48 titles (and in the factory's text of
    others), one official in 2."""
    section = SectionFactory()
    now = timezone.now()
    common = [
        ArticleFactory(
            title=f"Hội nghị Ban Chấp hành lần thứ {n}",
            section=section,
            published_at=now - datetime.timedelta(days=15 * n),
        )
        for n in range(48)
    ]
    rare = [
        ArticleFactory(
            title=f"Ông Lò Văn Puợt làm việc tại huyện vùng cao, đợt {n}",
            section=section,
            published_at=now - datetime.timedelta(days=300 * n + 1),
        )
        for n in range(2)
    ]
    for n in range(10):
        ArticleFactory(title=f"Tiếp xúc cử tri phường số {n}", section=section)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_article")
    search_windows.forget()
    yield {"common": common, "rare": rare}
    search_windows.forget()


def _searched(query):
    """The stories found for ``query`` and the statements run to find them."""
    with CaptureQueriesContext(connection) as captured:
        results = search_articles(query)
        found = [hit.pk for hit in results[:300]]
    return found, [q["sql"] for q in captured if "ts_rank" in q["sql"]]


@postgres_only
def test_statistics_are_read_from_the_last_analyze(archive):
    stats = read_statistics(connection.alias)
    assert stats.rows == 60
    assert stats.frequencies["hoi_nghi"] >= 0.8  # 48 titles of 60, and the factory's text
    assert stats.share("lo_van") <= 0.1 and stats.rarest > 0
    assert len(stats.bounds) > 2 and stats.bounds == tuple(sorted(stats.bounds))
    assert 0 <= stats.changed <= 1


@postgres_only
def test_skipped_windows_find_the_same_stories(archive, monkeypatch):
    monkeypatch.setattr("articles.site.search_results.MAX_RESULTS", 5)
    every_window = {q: _searched(q) for q in ("hội nghị", "Lò Văn Puợt")}
    monkeypatch.setattr(search_windows, "statistics", read_statistics)
    with_statistics = {q: _searched(q) for q in ("hội nghị", "Lò Văn Puợt")}
    for query, (found, _) in every_window.items():
        assert with_statistics[query][0] == found
    found = with_statistics["hội nghị"][0]
    assert len(with_statistics["hội nghị"][0]) == 5 and archive["common"][0].pk in found
    assert with_statistics["Lò Văn Puợt"][0] == [story.pk for story in archive["rare"]]
    # the common phrase still tries the windows; the rare name only all time
    (common_sql,) = with_statistics["hội nghị"][1]
    (rare_sql,) = with_statistics["Lò Văn Puợt"][1]
    assert common_sql.count("UNION ALL") == 3
    assert "UNION ALL" not in rare_sql
    assert every_window["Lò Văn Puợt"][1][0].count("UNION ALL") == 3
