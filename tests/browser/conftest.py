import pytest


@pytest.fixture(autouse=True)
def _fresh_content_types():
    """Browser tests commit for real and are emptied by a flush, content types included, which
    are then created again under new ids: forget the ids an earlier test cached (reversion
    writes them with every revision)."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    yield
    ContentType.objects.clear_cache()


@pytest.fixture
def shot(tmp_path):
    """Save a screenshot: into docs/img/ with ``DOCS_SCREENSHOTS=1`` (the editors' guide shows
    them), else into the test's folder; a blank one fails the test."""
    import os

    from tests.browser.session import DOCS_IMG

    folder = DOCS_IMG if os.environ.get("DOCS_SCREENSHOTS") else tmp_path / "anh-chup"

    def take(page, name, *, full_page=True):
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(folder / name), full_page=full_page)
        assert (folder / name).stat().st_size > 10_000, "a blank screenshot"

    return take
