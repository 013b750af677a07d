"""gunicorn for production, on each web machine: `gunicorn -c deploy/gunicorn.conf.py wsgi:app`, behind the TLS
proxy (deploy/nginx.conf). Every process is alike and keeps nothing of its own: sessions are signed cookies checked
against the database, login throttling is counted in the database, rate limits in Redis (REDIS_URL). So add
workers here, or machines behind the proxy, as traffic grows. See deploy/README.md."""
import multiprocessing
import os

# Where the proxy reaches this machine; `--bind` on the command line wins (compose binds 0.0.0.0:8000).
bind = "127.0.0.1:8000"

# Sync workers: each takes one request at a time, and the proxy buffers slow clients for them. Two a core and one
# more is gunicorn's own rule of thumb; WEB_CONCURRENCY (gunicorn's variable) sets it outright.
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)

# The app (and the language models it imports) is loaded once in the master and shared by the forked workers:
# less memory a machine, and a worker that gunicorn replaces is serving in a moment. A release needs a restart,
# not a reload (HUP): see deploy/README.md.
preload_app = True


def when_ready(server):
    """The loaded app's objects are moved out of the garbage collector's sight before the workers fork: the
    collector no longer touches (and so copies) the pages the workers share, and a stopping worker does not spend
    seconds of CPU walking them."""
    import gc

    gc.freeze()


def post_fork(server, worker):
    """A worker must not use database connections that the master opened while loading the app."""
    from vocapp.extensions import db
    from wsgi import app

    with app.app_context():
        db.engine.dispose(close=False)


# Long work (imports, analysis, reports) runs in the Celery worker, so a request that takes a minute is stuck.
timeout = 60
graceful_timeout = 30  # a deploy or restart lets requests in flight finish
keepalive = 5  # the proxy keeps connections open to the web machines

# A worker is replaced after about a thousand requests: memory a library holds on to is given back.
max_requests = 1000
max_requests_jitter = 100

# gunicorn trusts X-Forwarded-Proto only from the proxies vocapp trusts (the app reads X-Forwarded-For itself).
forwarded_allow_ips = ",".join(part.strip() for part in os.environ.get("VOC_TRUSTED_PROXIES", "").split(",")
                               if part.strip()) or "127.0.0.1,::1"

# Heartbeat files on a memory file system: a container's disk can stall a worker into a false timeout.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

accesslog = "-"
errorlog = "-"
loglevel = "info"
# Client address as the app sees it (the proxy's X-Forwarded-For), status, size, time taken in milliseconds.
access_log_format = '%({x-forwarded-for}i)s %(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(f)s" "%(a)s"'
# Survey links carry their token in the path: the access and error logs show /s/<masked> instead.
logger_class = "vocapp.logs.GunicornLogger"
