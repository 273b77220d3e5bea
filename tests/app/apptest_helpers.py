"""What the AppTest modules share: the app, a temporary results database per module, running the page, uploading
to it and reading it back, and the files a user uploads."""

from __future__ import annotations

import io
import re
from pathlib import Path

import numpy as np
import pandas as pd
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
    """The headline sentence above the tiles, shown as plain text (st.text: no Markdown)."""
    return at.text[0].value


def why(at: AppTest) -> str:
    """The verdict's long sentence (the CLI's: why the pick, the chance, the saving), the "Why: " line under the
    tiles, as shown."""
    lines = [shown(c.value).removeprefix("Why: ") for c in at.caption if shown(c.value).startswith("Why: ")]
    assert len(lines) == 1, lines
    return lines[0]


CURVE = "Upload a pilot learning curve"
LABELED = "Upload labeled pilot data"


def upload(at: AppTest | None, name: str, data, *, source: str = CURVE, **inputs) -> AppTest:
    """The page with ``data`` (bytes, or a DataFrame written as CSV) uploaded as ``name`` under ``source`` and the
    number inputs ``inputs`` set (key -> value), run. ``at``: a page already run, or None for a new one."""
    at = run() if at is None else at
    at.radio(key="source").set_value(source)
    run(at)
    data = data if isinstance(data, bytes) else data.to_csv(index=False).encode()
    kind = "text/csv" if source == CURVE else "application/octet-stream"
    at.file_uploader(key="curve_file" if source == CURVE else "data_file").upload(name, data, kind)
    for key, value in inputs.items():
        at.number_input(key=key).set_value(value)
    return run(at)


def no_error(at: AppTest) -> AppTest:
    assert not at.error, [e.value for e in at.error]
    return at


def one_error(at: AppTest) -> str:
    """The page's one error line, as shown."""
    assert len(at.error) == 1, [e.value for e in at.error]
    message = shown(at.error[0].value)
    assert "\n" not in message.strip(), message
    return message


def metrics(at: AppTest) -> dict[str, str]:
    """The verdict's metrics: label -> value, as shown."""
    return {shown(m.label): shown(m.value) for m in at.metric}


def captions(at: AppTest) -> list[str]:
    return [shown(c.value) for c in at.caption]


def markdowns(at: AppTest) -> list[str]:
    return [shown(m.value) for m in at.markdown]


def verdict_table(at: AppTest):
    """The per-strategy verdict table's data (the other dataframe is the vendor editor)."""
    return next(d.value for d in at.dataframe if "total_cost" in d.value.columns)


def pilot_curve(rng: np.random.Generator) -> pd.DataFrame:
    """A pilot learning curve as a user would measure it: two strategies, two seeds."""
    rows = []
    for name, ratio in (("random", 1.0), ("uncertainty", 0.6)):
        for seed in range(2):
            for n in range(50, 1050, 100):
                acc = 0.97 - 0.8 * (n / ratio) ** -0.45 + rng.normal(0, 0.003)
                rows.append(dict(n_labels=n, accuracy=round(acc, 4), strategy=name, seed=seed))
    return pd.DataFrame(rows)


def pilot_curve_csv(rng: np.random.Generator) -> bytes:
    return pilot_curve(rng).to_csv(index=False).encode()


def labeled_data(rng: np.random.Generator, n: int = 400, separation: float = 2.5) -> pd.DataFrame:
    """Three Gaussian classes in 5 features (well separated by default)."""
    y = rng.integers(0, 3, n)
    X = rng.normal(0, 1, (n, 5)) + separation * np.eye(3, 5)[y]
    df = pd.DataFrame(X, columns=[f"f{i}" for i in range(5)])
    df["label"] = y
    return df


def parquet(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    return buf.getvalue()
