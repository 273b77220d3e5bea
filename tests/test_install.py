""".ci/install.py: pip's settings reach uv, so `make install` resolves what pip would."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings, strategies as st

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("ci_install", ROOT / ".ci" / "install.py")
install = importlib.util.module_from_spec(spec)
spec.loader.exec_module(install)

paths = st.lists(st.from_regex(r"/[a-z]{1,8}(/[a-z0-9]{1,6}){0,2}", fullmatch=True), min_size=1, max_size=3)


def test_this_machines_pip_configuration_is_read_back():
    listing = subprocess.run([sys.executable, "-m", "pip", "config", "list"], capture_output=True, text=True).stdout
    found = install.pip_settings(listing)
    for line in listing.splitlines():
        key, _, value = line.partition("=")
        if key.startswith(":env:."):  # the environment's value is the one pip uses
            assert found[key.split(".", 1)[1]] == value.strip("'\"")


@settings(max_examples=40, deadline=None)
@given(paths, paths, paths, st.booleans())
def test_pips_indexes_find_links_and_constraints_reach_uv(links, env_links, indexes, uv_set):
    listing = "\n".join([
        f"global.find-links='{' '.join(links)}'",
        f":env:.find-links='{' '.join(env_links)}'",  # the environment overrides the files, as in pip
        f"global.extra-index-url='{' '.join('file://' + p for p in indexes)}'",
        "global.constraint='/etc/constraints.txt'",
        "user.timeout='60'",  # a scope uv has no use for, and a setting it has none for
        "not a setting line",
    ])
    environ = {"UV_FIND_LINKS": "/mine"} if uv_set else {}
    env = install.uv_environment(install.pip_settings(listing), environ)
    assert env["UV_FIND_LINKS"] == ("/mine" if uv_set else ",".join(env_links))  # the user's uv setting wins
    assert env["UV_EXTRA_INDEX_URL"].split(" ") == ["file://" + p for p in indexes]
    assert env["UV_CONSTRAINT"] == "/etc/constraints.txt"
    assert env["UV_INDEX_STRATEGY"] == "unsafe-best-match"  # the best version over every index, as pip picks
    assert "UV_INDEX_URL" not in env and "SSL_CERT_FILE" not in env
