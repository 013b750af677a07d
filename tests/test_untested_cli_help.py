"""`voc --help` lists vocapp's commands, each with a one-line description, and nothing of Flask's plug-ins."""
import re
import subprocess
import sys

from vocapp.cli import voc

OWN = {"analyze", "demo", "import", "model", "personas", "survey", "tiers", "token", "user"}
OPERATIONS = {"db", "run", "shell"}  # the schema migrations, the server and a shell on the app


def listed_commands(help_text: str) -> dict[str, str]:
    """Command name -> description, from the Commands section of a click help page."""
    section = help_text.split("Commands:\n", 1)[1]
    commands = {}
    for line in section.splitlines():
        match = re.match(r"^  (\S+)\s+(.*)$", line)
        assert match, f"a command whose description runs onto a second line: {line!r}"
        commands[match[1]] = match[2]
    return commands


def test_voc_help_lists_only_vocapps_commands_each_with_one_line():
    result = subprocess.run([sys.executable, "-m", "vocapp", "--help"], capture_output=True, text=True, timeout=120,
                            env={"PATH": "/usr/bin:/bin", "COLUMNS": "80"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Usage: voc ")
    commands = listed_commands(result.stdout)
    assert set(commands) == set(voc.commands) | OPERATIONS and OWN <= set(commands)
    assert not {"voc", "limiter", "routes"} & set(commands), "Flask's plug-ins and the group itself are not listed"
    for name, description in commands.items():
        assert description and not description.endswith("..."), (name, description)
    assert "--app" not in result.stdout and "--env-file" not in result.stdout


def test_the_voc_group_holds_every_area_once():
    assert OWN <= set(voc.commands) and "voc" not in voc.commands
    assert {"create", "list", "links", "send", "remind", "results", "export"} <= set(voc.commands["survey"].commands)
    assert {"accounts", "contacts", "responses"} <= set(voc.commands["import"].commands)
