"""What the site does at the edge of every request for safety (docs/operations.md, "Security").

- :class:`UploadCeilingMiddleware`: a request body larger than ``MAX_UPLOAD_BYTES`` is answered
  413 before anything reads it (Django would otherwise stream every file part to a temporary
  file before a view could refuse it).
- :class:`SecurityHeadersMiddleware`: Content-Security-Policy (django-csp) with a strict policy
  for public pages and the one the admin's editor needs under ``/admin/``, plus
  Permissions-Policy.
- :func:`client_ip`: the address login throttling (django-axes) counts failures against,
  taken from ``X-Forwarded-For`` only as far as the proxies we run are trusted.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html

__all__ = ["SecurityHeadersMiddleware", "UploadCeilingMiddleware", "client_ip"]


class UploadCeilingMiddleware:
    """Refuse a body over ``MAX_UPLOAD_BYTES`` from its declared length, unread.

    Under WSGI the body Django reads is cut at ``CONTENT_LENGTH`` (``LimitedStream``), and a
    body without one is not read at all, so the declared length is the streamed size. It must
    come before any middleware that reads ``request.POST`` (CSRF does).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = settings.MAX_UPLOAD_BYTES
        if length > limit:
            return too_large(length, limit)
        return self.get_response(request)


def too_large(length: int, limit: int) -> HttpResponse:
    message = format_html(
        "<!doctype html><html lang=vi><meta charset=utf-8><title>Tệp gửi lên quá lớn</title>"
        "<h1>Tệp gửi lên quá lớn</h1><p>Yêu cầu gửi lên {} nhưng giới hạn là {} mỗi lần. Hãy "
        "gửi ít tệp hơn mỗi lần hoặc giảm dung lượng ảnh rồi thử lại.</p>",
        filesizeformat(length),
        filesizeformat(limit),
    )
    return HttpResponse(message, status=413)


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware choosing the policy by path: ``CONTENT_SECURITY_POLICY`` for
    the public site, ``CONTENT_SECURITY_POLICY_ADMIN`` under the admin; also sets
    ``Permissions-Policy``. Django's own error pages (500) keep their inline style."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if parts.config is None and request.path_info.startswith(settings.ADMIN_URL_PREFIX):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        if response.status_code >= 500:  # templates/500.html carries its own <style>
            parts.update = {**(parts.update or {}), "style-src": ["'unsafe-inline'"]}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if settings.PERMISSIONS_POLICY and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = settings.PERMISSIONS_POLICY
        return response


def client_ip(request) -> str | None:
    """The client's address: ``REMOTE_ADDR``, or with ``TRUSTED_PROXY_COUNT`` proxies in front
    (each appending the address it saw to ``X-Forwarded-For``, as nginx's
    ``$proxy_add_x_forwarded_for`` does) the address the outermost trusted proxy saw. Entries
    further left were written by the client and are never believed."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [address for address in forwarded if address]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")
