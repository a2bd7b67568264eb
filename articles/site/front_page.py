"""What the home page shows: the lead story, the top stories, and the latest of each section.

A fixed number of queries whatever the number of sections: the latest per section comes from
one query with a window function (ROW_NUMBER per section), computed over the newest
``RECENT_WINDOW`` stories so that it never sorts the whole archive. Only when the site has more
stories than that and a section has too few among them does a second query look further back,
for those sections only.

The newest stories and the latest per section are compiled by the ORM once per process
(``newsroom.statements``; the second once per number of stories shown above the sections, which
it leaves out) and run with the request's time and ids: compiling the window query cost more
CPU than running it.
"""

import functools
from dataclasses import dataclass, field

from django.db.models import Count, F, Subquery, Value, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from articles.models import Article, Section
from articles.site import teasers
from articles.site.teasers import Teaser
from newsroom.statements import ID_MARKS, NOW_MARK, Statement

TOP_CANDIDATES = 20  # the lead and top stories come from the newest this many
RECENT_WINDOW = 500
#: A story's own page and the feeds read these columns only when they show them.
TEASER_DEFERRED = ("body", "search_text", "search_vector", "rank_vector")


@dataclass
class SectionStories:
    section: Section
    stories: list[Teaser]


@dataclass
class FrontPage:
    lead: Teaser | None
    top: list[Teaser] = field(default_factory=list)
    sections: list[SectionStories] = field(default_factory=list)

    def stories(self) -> list[Teaser]:
        found = [self.lead, *self.top] if self.lead else []
        return found + [story for block in self.sections for story in block.stories]


def front_page(*, sections, top_count=4, per_section=4, now=None) -> FrontPage:
    """The home page for ``sections`` (the menu sections, in order), newest published first,
    as teasers (``articles.site.teasers``: read with the stories, no model instances).

    The lead is the newest story marked featured among the ``TOP_CANDIDATES`` newest, else the
    newest; the top stories are the next ``top_count``, featured ones first.
    """
    now = now or timezone.now()
    candidates = NEWEST.rows(None, now, limit=TOP_CANDIDATES)
    if not candidates:
        return FrontPage(lead=None)
    lead = next((row for row in candidates if row[0]), candidates[0])
    rest = [row for row in candidates if row[1] != lead[1]]
    top = sorted(rest, key=lambda row: not row[0])[:top_count]
    shown = {lead[1], *(row[1] for row in top)}

    sections = list(sections)
    rows = _latest_per_section(len(shown), per_section, RECENT_WINDOW).rows(tuple(shown), now)
    by_section = _group(rows, sections)
    # The window held every published story unless it was full.
    window_was_everything = not rows or rows[0][1] < RECENT_WINDOW
    short = [s.pk for s in sections if len(by_section[s.pk]) < per_section]
    if short and not window_was_everything:
        rest_of_site = Article.objects.published(now=now).exclude(pk__in=shown)
        older = (
            _numbered(rest_of_site.filter(section_id__in=short), per_section)
            .annotate(in_window=Value(RECENT_WINDOW))
            .values_list("section_id", "in_window", *teasers.COLUMNS)
        )
        for section_id, stories in _group(older, sections).items():
            if section_id in short:
                by_section[section_id] = stories

    # One pass over every row shown, so that teasers not current are built together.
    listed = [lead[1:], *(row[1:] for row in top)]
    listed += [row[2:] for s in sections for row in by_section[s.pk]]
    made = iter(teasers.rows(listed))
    lead_teaser = next(made)
    top_teasers = [next(made) for _ in top]
    blocks = []
    for s in sections:
        stories = [next(made) for _ in by_section[s.pk]]
        if stories:
            blocks.append(SectionStories(s, stories))
    return FrontPage(lead=lead_teaser, top=top_teasers, sections=blocks)


#: The ``TOP_CANDIDATES`` newest published stories, featured or not, with their teasers' columns.
NEWEST = Statement(
    lambda: (
        Article.objects.published(now=NOW_MARK)
        .newest_first()
        .values_list("is_featured", *teasers.COLUMNS)
    ),
    prepared=True,
)


@functools.cache
def _latest_per_section(shown: int, per_section: int, window: int) -> Statement:
    """The newest ``per_section`` stories of each section among the ``window`` newest, leaving
    out ``shown`` stories (their ids in :data:`ID_MARKS` order); each row also says how many
    stories the window held (to tell whether it was every published story)."""

    def make():
        published = Article.objects.published(now=NOW_MARK)
        recent_ids = published.newest_first().values("pk")[:window]
        rest_of_site = published.exclude(pk__in=ID_MARKS[:shown])
        in_window = (
            Article.objects.filter(pk__in=Subquery(recent_ids))
            .order_by()
            .annotate(one=Value(1))
            .values("one")
            .annotate(stories=Count("pk"))
            .values("stories")
        )
        latest = _numbered(rest_of_site.filter(pk__in=Subquery(recent_ids)), per_section)
        return latest.annotate(in_window=Subquery(in_window)).values_list(
            "section_id", "in_window", *teasers.COLUMNS
        )

    return Statement(make, prepared=True)


def _numbered(queryset, limit):
    """Each section's newest ``limit`` stories of ``queryset`` in one query, by section then
    newest first. The stories are numbered on their ids and sections alone; their teasers are
    joined to the few kept (joined before numbering, the teasers of the whole window were read
    and sorted: about half the home page's database time)."""
    newest = (F("published_at").desc(), F("id").desc())
    numbered = queryset.annotate(
        row=Window(RowNumber(), partition_by=F("section_id"), order_by=newest)
    ).filter(row__lte=limit)
    return Article.objects.filter(pk__in=numbered.values("pk")).order_by(
        "section_id", "-published_at", "-id"
    )


def _group(rows, sections) -> dict[int, list[tuple]]:
    grouped: dict[int, list[tuple]] = {section.pk: [] for section in sections}
    for row in rows:
        if row[0] in grouped:
            grouped[row[0]].append(row)
    return grouped
