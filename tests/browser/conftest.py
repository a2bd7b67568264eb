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
