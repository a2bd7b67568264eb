"""The stories of one section, tag, official or resolution as their list pages read them: the
queryset ``Article.objects.published().filter(<lookup>=<id>).newest_first()`` compiled once per
process (``newsroom.statements``), its count and its page of teasers run with the request's id
and time. Same SQL, same rows, same queries per page as the queryset; about half the CPU."""

from __future__ import annotations

from django.utils import timezone

from articles.models import Article
from articles.site.teasers import COLUMNS, TeaserList, rows
from newsroom.statements import ID_MARK, NOW_MARK, Statement


def _statement(lookup: str) -> Statement:
    return Statement(
        lambda: (
            Article.objects.published(now=NOW_MARK)
            .filter(**{lookup: ID_MARK})
            .newest_first()
            .values_list(*COLUMNS)
        )
    )


#: The lists, by the lookup that picks their stories.
STATEMENTS = {
    lookup: _statement(lookup) for lookup in ("section", "tags", "officials", "resolutions")
}


class _Stories:
    """What ``TeaserList`` counts: the list's stories at ``now``."""

    def __init__(self, statement: Statement, pk: int, now):
        self.statement, self.pk, self.now = statement, pk, now

    def count(self) -> int:
        return self.statement.count(self.pk, self.now)


class StoryList(TeaserList):
    """The published stories whose ``lookup`` is ``pk`` (``"tags"`` and a tag's id), newest
    first, as a ``Paginator`` pages them (``TeaserList``: the count kept under ``counted_as``)."""

    def __init__(self, lookup: str, pk: int, *, counted_as: str | None = None, now=None):
        statement = STATEMENTS[lookup]
        super().__init__(_Stories(statement, pk, now or timezone.now()), counted_as=counted_as)

    def __getitem__(self, index):
        stories = self.stories
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop
        found = stories.statement.rows(stories.pk, stories.now, limit=stop - start, offset=start)
        return rows(found)
