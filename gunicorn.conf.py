"""gunicorn settings for an app server (read by `gunicorn newsroom.wsgi` run from this folder).

Threaded workers (gthread): a client that sends its request slowly holds one thread, not a
whole worker, and a connection that has sent nothing yet holds none (gunicorn parks it in the
worker's poller). 8 half-sent requests stalled a 4-worker sync server; here they take 8 of
``workers x threads`` slots. The real defence against slow clients is the front proxy, which
reads the whole request before passing it on (docs/operations.md, nginx); tests/stack checks
that a server without one still answers while slow clients hold connections.

Every value can be set from the environment (systemd unit, Procfile): WEB_CONCURRENCY,
GUNICORN_THREADS, GUNICORN_TIMEOUT, GUNICORN_BIND.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "16"))
# A request (an upload, an admin save) still running after this is killed with its worker.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5  # behind nginx, which keeps its own upstream connections open
# A header line or a header count beyond these is refused before Django sees it.
limit_request_line = 8190
limit_request_fields = 100
# Workers are restarted now and then, a little apart, so a slow leak never builds up.
max_requests = 5000
max_requests_jitter = 500
# Each worker opens its own database pool after the fork (psycopg pools hold threads).
preload_app = False
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# gunicorn's control socket has one default path per user: two servers on one host (the stack,
# tests/stack) would share it. Nothing here uses it.
control_socket_disable = True
