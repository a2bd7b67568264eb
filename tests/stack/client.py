"""A small HTTP client for the stack tests: an editor's browser session (cookies, CSRF, the
admin's forms as a browser would post them) and a reader's keep-alive connection."""

from __future__ import annotations

import http.client
import re
import time
import uuid
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    started: float  # time.monotonic() when the request was sent
    finished: float

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


class Reader:
    """One keep-alive connection to one server, as a reader's browser (no cookies)."""

    def __init__(self, base_url: str, timeout: float = 10):
        parts = urlsplit(base_url)
        self.host, self.port, self.timeout = parts.hostname, parts.port, timeout
        self.connection: http.client.HTTPConnection | None = None

    def get(self, path: str, headers: dict | None = None) -> Answer:
        if self.connection is None:
            self.connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        started = time.monotonic()
        try:
            self.connection.request("GET", path, headers=headers or {})
            response = self.connection.getresponse()
            body = response.read()
        except BaseException:
            self.close()
            raise
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        return Answer(
            response.status,
            {k.lower(): v for k, v in response.getheaders()},
            body,
            started,
            time.monotonic(),
        )

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


class FormReader(HTMLParser):
    """The fields of one ``<form>`` as a browser would submit them (no button, no file)."""

    def __init__(self, form_id: str | None = None):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.done = False
        self.fields: list[tuple[str, str]] = []
        self._textarea: str | None = None
        self._select: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {name: value or "" for name, value in attrs}
        if tag == "form" and not self.done and not self.inside:
            self.inside = self.form_id is None or a.get("id") == self.form_id
            return
        if not self.inside or ("name" not in a and tag not in ("option",)):
            return
        if tag == "input":
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "image", "file", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append((a["name"], a.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "textarea":
            self._textarea, self._text = a["name"], []
        elif tag == "select":
            self._select = a["name"]
        elif tag == "option" and self._select and "selected" in a:
            self.fields.append((self._select, a.get("value", "")))

    def handle_data(self, data):
        if self._textarea is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None:
            self.fields.append((self._textarea, "".join(self._text).removeprefix("\n")))
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form" and self.inside:
            self.inside, self.done = False, True


def form_fields(html: str, form_id: str | None = None) -> list[tuple[str, str]]:
    reader = FormReader(form_id)
    reader.feed(html)
    return reader.fields


def multipart(fields: list[tuple[str, str]], files: list[tuple[str, str, bytes, str]]):
    """(body, content type) for ``fields`` and ``files`` (field, file name, bytes, type)."""
    boundary = f"----toasoan{uuid.uuid4().hex}"
    parts = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + value.encode()
            + b"\r\n"
        )
    for name, filename, data, content_type in files:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + data
            + b"\r\n"
        )
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), (
        f"multipart/form-data; boundary={boundary}"
    )


class Editor:
    """An editor's browser on one server: logs in, keeps the session and CSRF cookies."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.cookies: dict[str, str] = {}
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port

    def request(self, method: str, path: str, body: bytes | None = None, headers=None) -> Answer:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        started = time.monotonic()
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
        finally:
            connection.close()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                cookie = value.split(";", 1)[0]
                key, _, val = cookie.partition("=")
                self.cookies[key.strip()] = val.strip()
        return Answer(
            response.status,
            {k.lower(): v for k, v in response.getheaders()},
            data,
            started,
            time.monotonic(),
        )

    def get(self, path: str) -> Answer:
        return self.request("GET", path)

    def post(self, path: str, fields: list[tuple[str, str]], files=None) -> Answer:
        fields = [(k, v) for k, v in fields if k != "csrfmiddlewaretoken"]
        fields.append(("csrfmiddlewaretoken", self.cookies.get("csrftoken", "")))
        headers = {"Referer": urljoin(self.base_url, path)}
        if files:
            body, content_type = multipart(fields, files)
        else:
            body, content_type = urlencode(fields).encode(), "application/x-www-form-urlencoded"
        headers["Content-Type"] = content_type
        return self.request("POST", path, body=body, headers=headers)

    def login(self, username: str, password: str) -> Editor:
        self.get("/admin/login/")
        answer = self.post(
            "/admin/login/?next=/admin/",
            [("username", username), ("password", password), ("next", "/admin/")],
        )
        if answer.status != 302:
            raise AssertionError(f"login as {username} refused: {answer.status}")
        return self

    def submit_change_form(self, path: str, **changes: str) -> Answer:
        """GET the admin change form at ``path``, change some fields, save it."""
        page = self.get(path)
        assert page.status == 200, page.status
        html = page.text
        match = re.search(r'<form[^>]*id="(\w+_form)"', html)
        fields = [(k, v) for k, v in form_fields(html, match.group(1) if match else None)]
        fields = [(k, changes.get(k, v)) for k, v in fields]
        fields.append(("_save", "Lưu"))
        return self.post(path, fields)
