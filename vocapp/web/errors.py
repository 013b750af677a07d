"""Error pages in the app's voice: a title and what to do next, never Werkzeug's stock text. The API answers JSON."""
from flask import Flask, current_app, render_template, request

from vocapp.extensions import db
from vocapp.params import BadArgument

PAGES = {
    400: ("That request could not be handled",
          "Part of what was sent was missing or not as expected; a form may have been open too long. "
          "Go back, reload the page and try again."),
    403: ("Not allowed", "Your role does not include this page or action. If your work needs it, ask an admin."),
    404: ("Page not found", "Nothing lives at this address. Check the link, or start again from the overview."),
    405: ("That did not work", "This address does not take that kind of request; the form may come from an old "
                               "page. Go back, reload it and try again."),
    410: ("No longer here", "What was at this address has been removed."),
    413: ("File too large", "Files up to {megabytes} MB can be uploaded. Split the file and import the parts one "
                            "by one."),
    429: ("Too many attempts", "Please wait a minute, then try again."),
    500: ("Something went wrong on our side", "The problem has been logged. Please try again in a moment; if it "
                                              "keeps happening, tell your administrator."),
}


def register_error_pages(app: Flask) -> None:
    for code in PAGES:
        app.register_error_handler(code, _error_page(code))


def _error_page(code: int):
    title, detail = PAGES[code]

    def handler(error):
        allow = getattr(error, "valid_methods", None)
        headers = {"Allow": ", ".join(sorted(allow))} if allow else {}
        if code == 500:
            db.session.rollback()  # the page must not fail on the transaction that broke
        if request.path.startswith("/api/"):
            return {"error": title, "detail": getattr(error, "description", "")}, code, headers
        megabytes = (current_app.config.get("MAX_CONTENT_LENGTH") or 0) // (1024 * 1024)
        own_words = isinstance(error, BadArgument)  # names the query argument that is wrong
        return render_template("error.html", code=code, title=title,
                               detail=error.description if own_words else detail.format(megabytes=megabytes)), \
            code, headers
    return handler
