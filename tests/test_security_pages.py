"""Every error page speaks in the app's voice: a title, what to do next, and none of Werkzeug's stock text."""
import pytest
from flask import abort
from werkzeug.exceptions import default_exceptions

CODES = (400, 403, 404, 405, 410, 413, 429, 500)


@pytest.fixture
def failing(app):
    """An app that answers /fail/<code> with that error (500: an exception), as production does."""
    from vocapp import create_app

    failing = create_app({**app.config, "TESTING": False})

    @failing.get("/fail/<int:code>")
    def fail(code):
        if code == 500:
            raise RuntimeError("a bug")
        abort(code)

    return failing


def assert_human_page(response, code):
    page = response.get_data(as_text=True)
    assert response.status_code == code
    assert response.mimetype == "text/html"
    assert default_exceptions[code].description not in page
    for stock in ("read-protected", "The browser (or proxy)", "The requested URL", "Internal Server Error", "None"):
        assert stock not in page, (code, stock)
    return page


@pytest.mark.parametrize("code", CODES)
def test_each_error_page_has_a_human_message(failing, code):
    from vocapp.web.errors import PAGES

    page = assert_human_page(failing.test_client().get(f"/fail/{code}"), code)
    title, detail = PAGES[code]
    assert f"<h1>{title}</h1>" in page
    assert detail.split(".")[0].split("{")[0] in page
    assert "Sign in" in page  # nobody is signed in: the way back is the login page


def test_the_403_page_tells_a_staff_member_whom_to_ask(login):
    page = assert_human_page(login("interviewer").get("/admin/users"), 403)
    assert "ask an admin" in page and "Back to the overview" in page


def test_a_wrong_method_is_explained_and_keeps_the_allow_header(client):
    response = client.get("/logout")
    assert_human_page(response, 405)
    assert set(response.headers["Allow"].split(", ")) == {"OPTIONS", "POST"}


def test_a_file_over_the_limit_names_the_limit(app):
    from vocapp import create_app

    small = create_app({**app.config, "MAX_CONTENT_LENGTH": 2 * 1024 * 1024})
    response = small.test_client().post("/login", data={"email": "x" * (3 * 1024 * 1024)})
    assert "Files up to 2 MB can be uploaded" in assert_human_page(response, 413)


def test_an_expired_form_is_a_400_in_plain_words(app):
    from vocapp import create_app

    strict = create_app({**app.config, "WTF_CSRF_ENABLED": True})
    page = assert_human_page(strict.test_client().post("/logout"), 400)
    assert "CSRF" not in page and "reload the page" in page


def test_the_api_keeps_answering_json(failing):
    response = failing.test_client().get("/api/v1/nothing-here")
    assert response.status_code == 404 and response.is_json
