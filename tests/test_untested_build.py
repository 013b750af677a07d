"""The build on a fresh machine: `make test` and `make run` install the Debian packages before they make the
virtualenv (which needs python3-venv), and the test PostgreSQL cluster does not take its locale from the caller."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def dry_run(target: str, tmp_path) -> list[str]:
    """The commands `make TARGET` would run for a checkout without a virtualenv (make -n runs no recipe)."""
    result = subprocess.run(["make", "--no-print-directory", "-n", target, f"VENV={tmp_path / 'venv'}"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def first(lines: list[str], text: str) -> int:
    return next(number for number, line in enumerate(lines) if text in line)


@pytest.mark.parametrize("target,packages", [("test", "scripts/system-deps.sh test"),
                                             ("run", "scripts/system-deps.sh runtime")])
def test_debian_packages_come_before_the_virtualenv(tmp_path, target, packages):
    lines = dry_run(target, tmp_path)
    assert first(lines, packages) < first(lines, "-m venv") < first(lines, "pip install")
    if target == "test":
        assert first(lines, "pip install") < first(lines, "-m pytest") < first(lines, "with-postgres.sh")


def test_system_deps_install_what_a_bare_debian_lacks():
    script = (ROOT / "scripts" / "system-deps.sh").read_text()
    for package in ("make", "python3-venv", "ca-certificates", "postgresql", "chromium", "poppler-utils"):
        assert re.search(rf"[( ]{re.escape(package)}[ )]", script), package
    assert "DEBIAN_FRONTEND=noninteractive" in script and " -y" in script


def test_the_test_cluster_has_an_explicit_locale_whatever_the_callers(tmp_path):
    """A caller whose LANG names a locale this machine lacks still gets a cluster, in C.UTF-8."""
    query = ("import os, psycopg; c = psycopg.connect(os.environ['DATABASE_URL'].replace('+psycopg', '')); "
             "print(c.execute('SELECT datcollate, datctype FROM pg_database WHERE datname = current_database()')"
             ".fetchone())")
    env = {**os.environ, "LANG": "xx_YY.UTF-8", "LC_ALL": "xx_YY.UTF-8"}
    result = subprocess.run([str(ROOT / "scripts" / "with-postgres.sh"), sys.executable, "-c", query], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "('C.UTF-8', 'C.UTF-8')"
