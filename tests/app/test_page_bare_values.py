"""No bare value on the page: Streamlit's magic writes every expression statement of app.py that is not a call
(``x and slot.checkbox(...)``, ``fail(...), st.stop()``) as a Markdown element, so a stray "False" or "None"
appears wherever one is evaluated."""

from __future__ import annotations

import ast
import io
import re

import numpy as np
import pandas as pd
import pytest

from apptest_helpers import APP, LABELED, app_env, no_error, run, upload  # noqa: F401  (app_env: the module's fixture)

BARE = re.compile(r"^\s*(`?(True|False|None)`?\s*)+$")


def magic_written(source: str) -> list[str]:
    """The statements of ``source`` that Streamlit's magic would write (every expression but a call or a string)."""
    return [f"line {node.lineno}: {ast.unparse(node)}" for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Expr) and not isinstance(node.value, ast.Call | ast.Constant)]


def test_app_py_has_no_statement_that_magic_would_write():
    with open(APP, encoding="utf-8") as file:
        assert magic_written(file.read()) == []


def test_the_magic_check_finds_what_magic_writes():  # the check above can fail
    assert len(magic_written("flag and slot.checkbox('a')\nfail(1), st.stop()\nst.write(1)\n'doc'\n")) == 2


def bare_values(at) -> list[str]:
    """Every element of the page (main area and sidebar) whose whole text is True, False or None."""
    said = []

    def walk(node) -> None:
        value = getattr(node, "value", None) if getattr(node, "type", None) in (
            "markdown", "text", "caption", "code", "json") else None
        if isinstance(value, str) and BARE.match(value):
            said.append(f"{node.type}: {value}")
        for key in sorted(getattr(node, "children", {}) or {}):
            walk(node.children[key])

    walk(at.main), walk(at.sidebar)
    return said


def _curve_csv() -> bytes:  # a pilot curve with no cost columns: the cost checkbox is not offered
    rows = [dict(strategy=name, seed=seed, n_labels=n, accuracy=round(0.97 - 0.8 * (n / ratio) ** -0.45, 4))
            for name, ratio in (("random", 1.0), ("margin", 0.6)) for seed in range(2) for n in range(50, 1050, 100)]
    return pd.DataFrame(rows).to_csv(index=False).encode()


def _labeled_parquet() -> bytes:
    rng = np.random.default_rng(7)
    y = rng.integers(0, 3, 300)
    frame = pd.DataFrame(rng.normal(0, 1, (300, 4)) + 2.5 * np.eye(3, 4)[y], columns=list("abcd")).assign(label=y)
    buf = io.BytesIO()
    frame.to_parquet(buf, index=False)
    return buf.getvalue()


@pytest.mark.parametrize("view", ["proxy", "pilot curve", "labeled data"])
def test_no_view_shows_a_bare_true_false_or_none(view):
    at = {"proxy": run, "pilot curve": lambda: upload(None, "pilot.csv", _curve_csv()),
          "labeled data": lambda: upload(None, "pilot.parquet", _labeled_parquet(), source=LABELED)}[view]()
    no_error(at)
    assert bare_values(at) == []
