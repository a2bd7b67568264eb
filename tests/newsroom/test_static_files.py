"""Production static files: collectstatic writes hashed, compressed copies and pages link them;
whitenoise serves them with a far-future cache lifetime."""

import json
import os
import re
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client


@pytest.fixture
def production_static(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    settings.DEBUG = False
    call_command("collectstatic", interactive=False, verbosity=0)
    return settings.STATIC_ROOT


@pytest.mark.django_db
def test_pages_link_hashed_css_that_whitenoise_serves_for_a_year(production_static):
    hashed = sorted(path.name for path in (production_static / "css").glob("site.*.css"))
    assert hashed, "collectstatic wrote no hashed site.css"
    assert (production_static / "css" / f"{hashed[0]}.gz").exists() or any(
        (production_static / "css").glob("site.*.css.gz")
    )
    client = Client()  # a new handler, so whitenoise reads the collected files
    html = client.get("/").content.decode()
    (href,) = re.findall(
        r'<link rel="stylesheet" href="(/static/css/site\.[0-9a-f]{12}\.css)">', html
    )
    response = client.get(href)
    assert response.status_code == 200
    assert "immutable" in response["Cache-Control"]
    assert "max-age=315360000" in response["Cache-Control"]
    css = b"".join(response.streaming_content)
    assert b":focus-visible" in css
    gzipped = client.get(href, headers={"accept-encoding": "gzip"})
    assert gzipped["Content-Encoding"] == "gzip"


def test_collectstatic_with_production_settings_writes_hashed_files(tmp_path):
    """The real prod settings module, in its own process (test settings change STORAGES)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.prod",
        "SECRET_KEY": "khoa-bi-mat-chi-de-kiem-tra-0123456789",
        "ALLOWED_HOSTS": "toasoan.example.vn",
        "STATIC_ROOT": str(tmp_path / "static"),
        "DATABASE_URL": "sqlite:///:memory:",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=settings.BASE_DIR,
        env=env,
        check=True,
        timeout=120,
    )
    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())
    assert re.fullmatch(r"css/site\.[0-9a-f]{12}\.css", manifest["paths"]["css/site.css"])
    assert (tmp_path / "static" / f"{manifest['paths']['css/site.css']}.gz").exists()
