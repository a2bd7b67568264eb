"""Two app servers sharing PostgreSQL, Redis and S3: what an editor does on server A is what
server B serves on its very next request (the documented delay is 0), and a photo uploaded on A
lives in the bucket, with its renditions, and nowhere on local disk."""

from __future__ import annotations

import io
import re
import time
import urllib.request

import pytest
from PIL import Image

from scripts.stack import BUCKET
from tests.stack.client import Editor, Reader
from tests.stack.stories import act, live_stories, status_of

pytestmark = pytest.mark.stack


def errors(html: str) -> list[str]:
    return re.findall(r'<ul class="errorlist[^>]*>(.*?)</ul>', html, re.S)


def test_unpublish_publish_and_edit_on_a_are_served_by_b_at_once(stack, stack_db, publisher_on_a):
    story = live_stories(stack_db)[0]
    on_b = Reader(stack.servers["B"])
    for _ in range(2):  # B has the story page and the front page in the shared cache
        assert on_b.get(story.url).status == 200
        assert story.title in on_b.get("/").text
    assert on_b.get(story.url).headers["x-page-cache"] == "hit"

    act(publisher_on_a, story, "unpublish", "Gỡ để kiểm tra lại số liệu")
    assert status_of(stack_db, story) == "unpublished"
    assert on_b.get(story.url).status == 404
    assert story.title not in on_b.get("/").text
    assert story.title not in on_b.get("/rss/").text

    act(publisher_on_a, story, "publish")
    assert on_b.get(story.url).status == 200
    assert story.title in on_b.get("/").text

    new_title = f"{story.title} (cập nhật lúc {time.strftime('%H:%M:%S')})"
    answer = publisher_on_a.submit_change_form(
        story.admin_url,
        title=new_title,
        correction_text="Tiêu đề bài viết được cập nhật giờ họp báo cho chính xác.",
    )
    assert answer.status == 302, errors(answer.text)
    page = on_b.get(story.url)
    assert page.status == 200
    assert new_title in page.text
    assert new_title in on_b.get("/").text


def jpeg(size=(2000, 1333)) -> bytes:
    image = Image.new("RGB", size, (30, 90, 160))
    for x in range(0, size[0], 50):  # stripes, so the JPEG is not trivially small
        image.paste((230, 200, 40), (x, 0, x + 20, size[1]))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def test_a_photo_uploaded_on_a_lives_in_the_bucket_with_its_renditions(stack, stack_db, admin_on_a):
    s3 = stack.s3_client()
    before = {item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])}
    admin_on_a.get("/admin/media/photo/add/")
    answer = admin_on_a.post(
        "/admin/media/photo/add/",
        [
            ("caption", "Phiên khai mạc Kỳ họp thứ 10, Quốc hội khóa XV tại Hà Nội"),
            ("alt_text", "Toàn cảnh hội trường Diên Hồng trong phiên khai mạc"),
            ("credit", "Doãn Tấn/TTXVN"),
            ("_save", "Lưu"),
        ],
        files=[("image", "khai-mac-ky-hop.jpg", jpeg(), "image/jpeg")],
    )
    assert answer.status == 302, errors(answer.text)
    photo_id, image_name, renditions = stack_db.execute(
        "SELECT id, image, renditions FROM media_photo ORDER BY id DESC LIMIT 1"
    ).fetchone()
    names = [name for fmt in ("jpeg", "webp") for name, _width in renditions[fmt]]
    assert len(names) == 8

    def built():
        keys = {item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])}
        return set(names) <= keys and keys

    deadline = time.monotonic() + 60  # built by the task worker, not in the upload request
    while not built() and time.monotonic() < deadline:
        time.sleep(0.5)
    keys = built()
    assert keys, "the worker built every rendition into the bucket"
    assert image_name in keys - before

    # Server B (the same session: it lives in the database) links them at the bucket's
    # address, and the bucket serves them.
    on_b = Editor(stack.servers["B"])
    on_b.cookies = dict(admin_on_a.cookies)
    page = on_b.get(f"/admin/media/photo/{photo_id}/change/")
    assert page.status == 200
    assert f'src="{stack.s3_url}/{BUCKET}/{renditions["default"]}"' in page.text
    for name in names[:4]:
        with urllib.request.urlopen(f"{stack.s3_url}/{BUCKET}/{name}", timeout=10) as response:
            assert response.status == 200
            rendition = Image.open(io.BytesIO(response.read()))
            assert rendition.format in ("JPEG", "WEBP")
            assert rendition.width <= 1600

    assert list(stack.media_root.iterdir()) == []  # nothing written to local disk


def test_the_stack_settings_pass_the_project_deploy_checks(stack):
    """Shared cache, media in a bucket, a public SITE_URL, a generated key: none of the
    project's rules fires (only Django's HTTPS warning: TLS is the front proxy's here)."""
    output = stack.manage("check", "--deploy", "--fail-level", "ERROR")
    assert "newsroom." not in output
    assert "security.W008" in output  # SECURE_SSL_REDIRECT is off: the check did run
