"""The theme editor: patterns one phrase per line, in and out, so saving a theme unchanged changes nothing."""
import html
import re

from sqlalchemy import select

from vocapp.extensions import db
from vocapp.insights.themes import current_analyzer
from vocapp.models import Theme


def form_fields(page: str) -> dict:
    """The values a browser would send back from the theme form, as shown."""
    fields = {name: html.unescape(value) for name, value in
              re.findall(r'<input[^>]*name="(\w+)"[^>]*value="([^"]*)"', page)}
    for name, value in re.findall(r'<textarea[^>]*name="(\w+)"[^>]*>(.*?)</textarea>', page, re.S):
        fields[name] = re.sub(r"^\r?\n", "", html.unescape(value))  # a browser drops the first newline
    parent = re.search(r'<select[^>]*name="parent_id".*?</select>', page, re.S).group(0)
    selected = re.search(r'<option selected value="(\d+)"', parent) or re.search(r'<option value="(\d+)"', parent)
    fields["parent_id"] = selected.group(1)  # a browser sends the first option when none is selected
    fields["active"] = "y"
    return fields


def test_saving_a_theme_unchanged_keeps_its_patterns(login, app):
    client = login("admin")
    client.get("/insights/themes")
    with app.app_context():
        theme = db.session.scalar(select(Theme).where(Theme.key == "integrations"))
        theme_id, patterns, excludes = theme.id, list(theme.patterns), list(theme.excludes)
        version = current_analyzer().version
    page = client.get(f"/insights/themes/{theme_id}/edit").get_data(as_text=True)
    fields = form_fields(page)
    assert fields["patterns"].splitlines() == patterns, "one phrase per line, no Python list"
    assert "[" not in fields["patterns"]
    response = client.post(f"/insights/themes/{theme_id}/edit", data=fields)
    assert response.status_code == 302
    with app.app_context():
        saved = db.session.get(Theme, theme_id)
        assert (saved.patterns, saved.excludes) == (patterns, excludes)
        assert current_analyzer().version == version, "nothing changed, nothing to re-analyse"
        assert current_analyzer().analyze("We need a Salesforce integration").themes == ["integrations"]
    assert "re-analysed" not in client.get("/insights/themes").get_data(as_text=True)


def test_a_theme_saved_as_a_list_by_the_old_editor_matches_and_edits_again(login, app):
    client = login("admin")
    client.get("/insights/themes")
    with app.app_context():
        theme = db.session.scalar(select(Theme).where(Theme.key == "reporting"))
        theme.patterns = [repr(["dashboard", "report"])]  # what saving the old form unchanged stored
        db.session.commit()
        theme_id = theme.id
        assert "reporting" in current_analyzer().analyze("The dashboard is slow").themes
    page = client.get(f"/insights/themes/{theme_id}/edit").get_data(as_text=True)
    assert form_fields(page)["patterns"].splitlines() == ["dashboard", "report"]
