"""What the importer adds to the publish checks (``ARTICLE_PUBLISH_CHECKS``, run by
``articles.desk.workflow`` before a story goes out): an imported draft still waiting for an
editor's title or photos."""

from articles.models import Article
from articles.wire.models import PROVISIONAL_TITLE_PREFIX

__all__ = ["wire_publish_problems"]


def wire_publish_problems(article: Article) -> list[str]:
    """Publish check (``ARTICLE_PUBLISH_CHECKS``): no provisional title, no empty photo slot."""
    problems = []
    if article.title.startswith(PROVISIONAL_TITLE_PREFIX):
        problems.append(
            "Bài nhập từ tin hãng còn tiêu đề tạm “[Chưa có tiêu đề] …”: hãy đặt tiêu đề thật."
        )
    waiting = article.photo_slots.count() if article.pk else 0
    if waiting:
        problems.append(
            f"Bài còn {waiting} ảnh chờ bổ sung: đặt ảnh vào bài hoặc xóa ô ảnh không dùng."
        )
    return problems
