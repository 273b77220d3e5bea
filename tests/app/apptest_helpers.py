"""What the AppTest modules share: the app, a temporary results database per module, running the page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
TIMEOUT = 240


@pytest.fixture(scope="module", autouse=True)
def app_env(tmp_path_factory):
    """One temporary database for the module (ALPLAN_DB) and tiny settings (ALPLAN_APP_QUICK=1): the proxy
    is simulated once, then read back; the user's database is never touched."""
    tmp = tmp_path_factory.mktemp("app")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ALPLAN_DB", str(tmp / "results.db"))
        mp.setenv("ALPLAN_APP_QUICK", "1")
        mp.chdir(tmp)
        yield tmp


def run(at: AppTest | None = None) -> AppTest:
    at = at or AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def shown(markdown: str) -> str:
    """What Streamlit shows for a Markdown string with escaped markup (the app escapes every `$`, `*`, ...)."""
    return re.sub(r"\\(.)", r"\1", markdown)


def sentence(at: AppTest) -> str:
    """The verdict sentence, shown as plain text (st.text: no Markdown)."""
    return at.text[0].value
