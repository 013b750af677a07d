"""Survey links are secrets: every log line the app, Werkzeug's dev server or gunicorn writes shows `/s/<masked>`
instead of the token."""
import logging
import re

from gunicorn.glogging import Logger

SURVEY_TOKEN = re.compile(r"/s/[^/?#\s\"']+")


def mask(text: str) -> str:
    return SURVEY_TOKEN.sub("/s/<masked>", text)


class MaskSurveyTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed call: logging reports it when the record is written, never the caller
            return True
        masked = mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


MASK = MaskSurveyTokens()


def install() -> None:
    """The app's logger and Werkzeug's (the dev server of `voc run`), and Flask's default handler, which also
    writes what the app's child loggers propagate."""
    from flask.logging import default_handler

    for logger in (logging.getLogger("vocapp"), logging.getLogger("werkzeug")):
        logger.addFilter(MASK)
    default_handler.addFilter(MASK)


class GunicornLogger(Logger):
    """gunicorn's logger with survey tokens masked in the access log (request line, path, referer, headers)
    and in the error log. deploy/gunicorn.conf.py names it."""

    def setup(self, cfg):
        super().setup(cfg)
        for handler in self.error_log.handlers + self.access_log.handlers:
            handler.addFilter(MASK)

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {key: mask(value) if isinstance(value, str) else value for key, value in atoms.items()}
