"""Exception text on the page is shown literally (issue 21 #15): a path or name with Markdown in it is
escaped, as every other message of app.py is."""

from __future__ import annotations

import sqlite3

from streamlit.testing.v1 import AppTest

from tests.app.apptest_helpers import APP, TIMEOUT, shown
from tests.app.apptest_helpers import app_env  # noqa: F401  (the module's temporary database)


def test_a_refused_database_shows_its_path_literally(app_env, monkeypatch):  # noqa: F811
    folder = app_env / "**bold** [link](evil) _x_"
    folder.mkdir()
    other = folder / "h.db"
    with sqlite3.connect(other) as conn:  # another program's file: the store refuses it in one line
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    monkeypatch.setenv("ALPLAN_DB", str(other))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.error) == 1, [e.value for e in at.error]
    raw = at.error[0].value
    assert "another program" in raw
    assert "**bold**" not in raw and "[link](" not in raw  # escaped: no bold text, no link
    assert str(folder) in shown(raw)
