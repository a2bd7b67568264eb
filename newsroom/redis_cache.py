"""Django's Redis cache, made to survive Redis being down: readers get uncached pages, not 500s.

The page cache (``newsroom.cache``) is an optimisation: every page can be rendered from the
database. So when Redis cannot be reached (restarted, failed over, the network cut) each cache
call is logged and answered as a miss (reads) or dropped (writes) instead of raising.

A write dropped during an outage can be an *invalidation*: a story unpublished while Redis was
unreachable could not move the page generation on, and a Redis that comes back with its old
data (a network cut, a failover to a replica) would serve the old pages again. So a process
that saw an outage sends :data:`cache_recovered` on its first successful call afterwards;
``newsroom.cache`` answers by moving the generation on. A Redis restarted empty needs nothing.

Every call is bounded by ``socket_connect_timeout`` / ``socket_timeout`` (OPTIONS, set in
settings): a Redis that does not answer costs a request that long, then it is a miss.
"""

from __future__ import annotations

import functools
import logging
import threading

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from django.dispatch import Signal
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

#: Sent (sender: the cache backend class) by a process whose cache calls failed and now work.
cache_recovered = Signal()

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)

#: Per process: whether a cache call failed since the last successful one. Django keeps a cache
#: object per thread, so this lives on the module, not on the instance.
_outage = threading.Event()


def _tolerant(on_failure, *, read=False):
    """Run the wrapped cache call; when Redis cannot be reached, log and return ``on_failure``
    (called with the call's arguments). A read that ends an outage is made again after the
    receivers of :data:`cache_recovered` ran: they may have changed what it read."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                result = method(self, *args, **kwargs)
            except UNREACHABLE as exc:
                if not _outage.is_set():
                    logger.warning("Redis cache unreachable, serving without it: %s", exc)
                _outage.set()
                return on_failure(*args, **kwargs)
            if _outage.is_set():
                _outage.clear()  # before the signal: its receivers use the cache
                logger.warning("Redis cache reachable again")
                cache_recovered.send(sender=type(self))
                if read:
                    return wrapper(self, *args, **kwargs)
            return result

        return wrapper

    return decorate


def _default(key, default=None, version=None):
    return default


def _nothing(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


def _empty(*args, **kwargs):
    return {}


def _all_failed(data, *args, **kwargs):
    return list(data)


class TolerantRedisCache(RedisCache):
    """``RedisCache`` whose calls degrade to misses and no-ops while Redis is unreachable."""

    @_tolerant(_false)
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return super().add(key, value, timeout, version)

    @_tolerant(_default, read=True)
    def get(self, key, default=None, version=None):
        return super().get(key, default, version)

    @_tolerant(_nothing)
    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return super().set(key, value, timeout, version)

    @_tolerant(_false)
    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return super().touch(key, timeout, version)

    @_tolerant(_false)
    def delete(self, key, version=None):
        return super().delete(key, version)

    @_tolerant(_empty, read=True)
    def get_many(self, keys, version=None):
        return super().get_many(keys, version)

    @_tolerant(_false, read=True)
    def has_key(self, key, version=None):
        return super().has_key(key, version)

    @_tolerant(_all_failed)
    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return super().set_many(data, timeout, version)

    @_tolerant(_nothing)
    def delete_many(self, keys, version=None):
        return super().delete_many(keys, version)

    @_tolerant(_false)
    def clear(self):
        return super().clear()
