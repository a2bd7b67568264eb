"""Finding stories in the stack's database and acting on them through the admin of a server."""

from __future__ import annotations

from dataclasses import dataclass

from tests.stack.client import Editor


@dataclass
class Story:
    id: int
    slug: str
    title: str

    @property
    def url(self) -> str:
        return f"/bai-viet/{self.slug}/"

    @property
    def admin_url(self) -> str:
        return f"/admin/articles/article/{self.id}/change/"


def live_stories(db, count: int = 1, *, skip: int = 0) -> list[Story]:
    """Published stories readers see now, newest first (``skip``: leave the newest alone)."""
    rows = db.execute(
        """SELECT id, slug, title FROM articles_article
           WHERE status = 'published' AND published_at <= now()
             AND (embargo_until IS NULL OR embargo_until <= now())
           ORDER BY published_at DESC, id DESC OFFSET %s LIMIT %s""",
        (skip, count),
    ).fetchall()
    assert len(rows) == count, "the demo content has published stories"
    return [Story(*row) for row in rows]


def status_of(db, story: Story) -> str:
    row = db.execute("SELECT status FROM articles_article WHERE id = %s", (story.id,)).fetchone()
    return row[0]


def act(editor: Editor, story: Story, action: str, comment: str = "") -> None:
    """Press a workflow button (publish, unpublish …) on the story's admin page."""
    editor.get(story.admin_url)
    answer = editor.post(
        f"/admin/articles/article/{story.id}/quy-trinh/{action}/", [("comment", comment)]
    )
    assert answer.status == 302, (action, answer.status, answer.text[:500])
