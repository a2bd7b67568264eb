"""What the home page shows: the lead story, the top stories, and the latest of each section.

A fixed number of queries whatever the number of sections: the latest per section comes from
one query with a window function (ROW_NUMBER per section), computed over the newest
``RECENT_WINDOW`` stories so that it never sorts the whole archive. Only when the site has more
stories than that and a section has too few among them does a second query look further back,
for those sections only.
"""

from dataclasses import dataclass, field

from django.db.models import Count, F, Prefetch, Subquery, Window, prefetch_related_objects
from django.db.models.functions import RowNumber
from django.utils import timezone

from articles.models import Article, Section
from media.models import Caption

TOP_CANDIDATES = 20  # the lead and top stories come from the newest this many
RECENT_WINDOW = 500
#: A teaser shows title, sapo, section, time and photo: the long text columns stay in the database.
TEASER_DEFERRED = ("body", "search_text", "search_vector")


@dataclass
class SectionStories:
    section: Section
    stories: list[Article]


@dataclass
class FrontPage:
    lead: Article | None
    top: list[Article] = field(default_factory=list)
    sections: list[SectionStories] = field(default_factory=list)

    def stories(self) -> list[Article]:
        found = [self.lead, *self.top] if self.lead else []
        return found + [story for block in self.sections for story in block.stories]


def front_page(*, sections, top_count=4, per_section=4, now=None) -> FrontPage:
    """The home page for ``sections`` (the menu sections, in order), newest published first.

    The lead is the newest story marked featured among the ``TOP_CANDIDATES`` newest, else the
    newest; the top stories are the next ``top_count``, featured ones first.
    """
    now = now or timezone.now()
    published = Article.objects.published(now=now)
    candidates = list(
        published.select_related("section").defer(*TEASER_DEFERRED).newest_first()[:TOP_CANDIDATES]
    )
    if not candidates:
        return FrontPage(lead=None)
    lead = next((story for story in candidates if story.is_featured), candidates[0])
    rest = [story for story in candidates if story.pk != lead.pk]
    top = sorted(rest, key=lambda story: not story.is_featured)[:top_count]
    shown = {lead.pk, *(story.pk for story in top)}

    sections = list(sections)
    rest_of_site = published.exclude(pk__in=shown)
    recent_ids = published.newest_first().values("pk")[:RECENT_WINDOW]
    rows = list(_numbered(rest_of_site.filter(pk__in=Subquery(recent_ids)), per_section))
    by_section = _group(rows, sections)
    # The shown stories are the newest, so they were in the window: it held every published
    # story unless it was full.
    window_was_everything = not rows or rows[0].in_window + len(shown) < RECENT_WINDOW
    short = [s.pk for s in sections if len(by_section[s.pk]) < per_section]
    if short and not window_was_everything:
        older = _numbered(rest_of_site.filter(section_id__in=short), per_section)
        for section_id, stories in _group(older, sections).items():
            if section_id in short:
                by_section[section_id] = stories

    page = FrontPage(
        lead=lead,
        top=top,
        sections=[SectionStories(s, by_section[s.pk]) for s in sections if by_section[s.pk]],
    )
    prefetch_related_objects(
        page.stories(),
        Prefetch("captions", queryset=Caption.objects.select_related("photo")),
    )
    return page


def _numbered(queryset, limit):
    """Each section's newest ``limit`` stories of ``queryset``, numbered, in one query."""
    newest = (F("published_at").desc(), F("id").desc())
    return (
        queryset.select_related("section")
        .defer(*TEASER_DEFERRED)
        .annotate(
            row=Window(RowNumber(), partition_by=F("section_id"), order_by=newest),
            in_window=Window(Count("id")),
        )
        .filter(row__lte=limit)
        .order_by("section_id", "row")
    )


def _group(rows, sections) -> dict[int, list[Article]]:
    grouped: dict[int, list[Article]] = {section.pk: [] for section in sections}
    for story in rows:
        if story.section_id in grouped:
            grouped[story.section_id].append(story)
    return grouped
