"""gunicorn settings for production: `gunicorn -c gunicorn.conf.py -b 127.0.0.1:8000 wsgi:app` behind a TLS proxy
(set VOC_TRUSTED_PROXIES to the proxy's address)."""
import os

workers = int(os.environ.get("WEB_CONCURRENCY", "4"))
accesslog = "-"
errorlog = "-"
# Survey links carry their token in the path: the access and error logs show /s/<masked> instead.
logger_class = "vocapp.logs.GunicornLogger"
