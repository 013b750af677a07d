"""Flask-Limiter as vocapp uses it: per-minute caps on the routes that carry a `limiter.limit` decorator (login
posts, survey posts), counted once per request, in memory (`memory://`, per worker) unless RATELIMIT_STORAGE_URI
(or REDIS_URL) names a shared store: then every worker on every machine counts in the same Redis. Both classes
only take work off the survey page's path: what is limited, and how much, is Flask-Limiter's and limits' own."""
import threading

import flask_limiter
from limits.storage import MemoryStorage as LimitsMemoryStorage

SWEEP_SECONDS = 10  # expired counters are dropped when read; the sweep only bounds memory
REDIS_TIMEOUTS = {"socket_connect_timeout": 1, "socket_timeout": 1}  # seconds a post may wait for a silent Redis


class Limiter(flask_limiter.Limiter):
    """Flask-Limiter checks every request twice: before the view for app-wide limits (default, application and
    blueprint limits) and in the route's decorator for the route's own. vocapp sets no app-wide limits, so the
    first pass has nothing to count and is skipped while that holds; it cost as much as the decorator's check."""

    def _has_app_wide_limits(self) -> bool:
        manager = self.limit_manager
        return bool(manager.default_limits or manager.application_limits or manager._blueprint_limits)

    def _check_request_limit(self, callable_name=None, in_middleware=True):
        if in_middleware and not self._has_app_wide_limits():
            return
        super()._check_request_limit(callable_name=callable_name, in_middleware=in_middleware)


class MemoryStorage(LimitsMemoryStorage):
    """limits' in-memory counters, registered for `memory://` in its place. limits sweeps expired counters in a
    timer thread that it starts again, 10 ms ahead, whenever none is running: under steady traffic a new thread
    for nearly every counted post, and the post waits for it to start. Here the next sweep is SWEEP_SECONDS
    ahead, so a worker starts one such thread every SWEEP_SECONDS at most. Counting is unchanged: a counter
    past its window is dropped when it is read, sweep or not."""

    STORAGE_SCHEME = ["memory"]

    def _MemoryStorage__schedule_expiry(self) -> None:  # limits' private hook, called on every hit
        if not self.timer.is_alive():
            self.timer = threading.Timer(SWEEP_SECONDS, self._MemoryStorage__expire_events)
            self.timer.daemon = True  # never holds a stopping process for the sweep
            self.timer.start()
