"""A request body over MAX_UPLOAD_BYTES is answered 413, in Vietnamese, before anything reads
it: no file part reaches an upload handler, no temporary file is written."""

import socket

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import FileUploadHandler

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

BULK_UPLOAD = "/admin/media/photo/tai-nhieu-anh/"


class RecordingHandler(FileUploadHandler):
    """Notes every chunk of a file part Django streams from the body."""

    chunks: list[int] = []

    def receive_data_chunk(self, raw_data, start):
        RecordingHandler.chunks.append(len(raw_data))
        return raw_data

    def file_complete(self, file_size):
        return None


@pytest.fixture
def recording(settings):
    RecordingHandler.chunks = []
    settings.FILE_UPLOAD_HANDLERS = [
        "tests.newsroom.test_upload_ceiling.RecordingHandler",
        *settings.FILE_UPLOAD_HANDLERS,
    ]
    return RecordingHandler.chunks


def photo_upload(size: int) -> SimpleUploadedFile:
    return SimpleUploadedFile("anh-hoi-nghi.jpg", b"\xff\xd8\xff" + b"\0" * size, "image/jpeg")


def test_an_oversized_multipart_upload_is_refused_unread(client, settings, recording):
    settings.MAX_UPLOAD_BYTES = 1024 * 1024
    client.force_login(UserFactory(is_superuser=True))
    response = client.post(
        BULK_UPLOAD,
        {"images": photo_upload(2 * 1024 * 1024), "caption": "Quang cảnh hội nghị"},
    )
    assert response.status_code == 413
    text = response.content.decode()
    assert "Tệp gửi lên quá lớn" in text and "giới hạn là 1,0\xa0MB" in text
    assert recording == []  # not one byte of the file part was read


def test_an_upload_within_the_ceiling_reaches_the_view(client, settings, recording):
    settings.MAX_UPLOAD_BYTES = 1024 * 1024
    client.force_login(UserFactory(is_superuser=True))
    response = client.post(
        BULK_UPLOAD, {"images": photo_upload(200 * 1024), "caption": "Quang cảnh hội nghị"}
    )
    assert response.status_code == 200  # the form again (not a real JPEG), the file read
    assert sum(recording) > 200 * 1024


def test_a_500_mb_body_is_answered_before_it_is_sent(live_server):
    """Over a real socket: the headers announce 500 MB, only the first bytes follow, and the
    413 comes back at once (before, the server waited for the whole body). The test server
    then drains the body to keep the connection; gunicorn's sync workers close it."""
    host, port = live_server.url.removeprefix("http://").split(":")
    boundary = "----toa-soan-ranh-gioi"
    head = (
        f"POST {BULK_UPLOAD} HTTP/1.1\r\nHost: {host}\r\n"
        f"Content-Type: multipart/form-data; boundary={boundary}\r\n"
        f"Content-Length: {500 * 1024 * 1024}\r\nConnection: close\r\n\r\n"
        f'--{boundary}\r\nContent-Disposition: form-data; name="images"; '
        f'filename="video.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'
    ).encode()
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(head + b"\0" * 64 * 1024)
        answer = b""
        while b"</p>" not in answer:  # the whole page (the test server sends no length)
            chunk = sock.recv(65536)
            assert chunk, answer
            answer += chunk
    headers, body = answer.split(b"\r\n\r\n", 1)
    assert headers.startswith(b"HTTP/1.1 413")
    assert "Tệp gửi lên quá lớn" in body.decode()
