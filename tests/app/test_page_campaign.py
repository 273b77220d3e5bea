"""A campaign on the page. Its curve.csv uploaded: its margin row carries the test split's noise, as `alplan fit`
does (the curve of one margin campaign, one run, 449 test labels, that crossed 93.5% between 120 and 140 labels and
measured 0.933 again at 160: the page's 80% range is `alplan fit`'s on the same file, and more than one count). Its
folder: the page gives the CLI's answer, the act and the command `alplan plan DIR` prints at the same prices,
whether the measured score settles it (stop, or too few labels to forecast) or the forecast does."""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path

import pandas as pd
import pytest
from streamlit import dataframe_util

from apptest_helpers import app_env, captions, no_error, one_error, run, upload, verdict_table  # noqa: F401
from tests.builders import csv_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "planner" / "campaign"))
from campaign_fixtures import breast_cancer_files, run_campaign  # noqa: E402

from planner.campaign import steps  # noqa: E402

ACCURACY = [0.584, 0.826, 0.906, 0.904, 0.911, 0.933, 0.940, 0.933, 0.944, 0.949]


def campaign_curve() -> pd.DataFrame:
    return pd.DataFrame({"dataset": "pool.csv", "model": "logreg", "strategy": "margin", "seed": 0, "batch_size": 20,
                         "label_noise": 0.0, "round": range(10), "n_labels": [20 * (r + 1) for r in range(10)],
                         "accuracy": ACCURACY, "test_size": 449})


def test_the_pages_range_is_the_clis_on_a_campaigns_curve(tmp_path, cli):
    path = csv_file(tmp_path, campaign_curve(), "curve.csv")
    fit = cli.json("fit", path, "--target", "0.935")["strategies"][0]
    at = upload(None, "curve.csv", path.read_bytes(), target=0.935)
    at.checkbox(key="use_transfer").uncheck()   # the campaign's own curve alone, as `fit` reads it
    row = verdict_table(no_error(run(at))).set_index("strategy").loc["margin"]
    assert (row["labels"], row["labels_low"], row["labels_high"]) == (fit["labels"], fit["labels_low"],
                                                                      fit["labels_high"])
    assert row["labels_low"] < row["labels_high"]   # the noise of 449 test labels, not "180 to 180"


def test_a_campaign_measured_late_is_drawn_only_where_measured_and_its_classes_are_read(tmp_path):
    """A 4-class campaign's margin curve measured at 800-880 labels only, with random estimated from the proxy:
    the chart's "measured" margin spans 800-880 (the probe saw a flat measured band from 20 labels), and the
    curve's n_classes column is the task's classes (the probe saw "Classes: 10 assumed")."""
    curve = pd.DataFrame({"strategy": "margin", "seed": 0, "round": range(5), "n_labels": range(800, 900, 20),
                          "accuracy": [0.80, 0.805, 0.81, 0.812, 0.815], "n_classes": 4})
    at = no_error(upload(None, "curve.csv", curve, label_error=0.05))   # the label-noise correction reads the classes
    assert at.checkbox(key="use_transfer").value
    assert not classes_assumed(at)
    frames = [dataframe_util.convert_arrow_bytes_to_pandas_df(data.data.data)
              for chart in at.get("vega_lite_chart") for data in chart.proto.datasets]
    bands = [f for f in frames if {"strategy", "kind", "low", "n_labels"} <= set(f.columns)]
    assert bands, [list(f.columns) for f in frames]
    margin = pd.concat(bands).query("strategy == 'margin'")
    assert margin["n_labels"].min() >= 800, margin["n_labels"].min()   # nothing drawn before its first count
    assert margin.loc[margin["kind"] == "measured", "n_labels"].between(800, 880).all()
    at.file_uploader(key="curve_file").upload("curve.csv", curve.drop(columns="n_classes").to_csv(index=False).encode(),
                                              "text/csv")
    assert classes_assumed(run(at)) == ["Classes: 10 assumed for the label-noise correction (the curves do not say): "
                                        "set 'Classes in your task' under 'Label quality and confidence' in the "
                                        "sidebar, or give the curves file an n_classes column."]


def classes_assumed(at) -> list[str]:
    return [c for c in captions(at) if c.startswith("Classes:")]


@pytest.fixture(scope="module")
def campaigns(tmp_path_factory):
    """Random campaigns on 200 rows of breast cancer (40 test ids), measured: 25 and 45 training labels."""
    work = tmp_path_factory.mktemp("camps")
    pool, _, truth = breast_cancer_files(work, n=200)
    out = {}
    for initial, rounds in ((10, 3), (30, 3)):
        camp = work / f"my camp {initial}"
        steps.start(camp, pool, strategy="random", initial=initial, batch_size=5, test_size=40, seed=2)
        run_campaign(camp, truth, rounds, work)
        out[initial + 5 * rounds] = camp
    return out


def _said(text: str) -> list[str]:
    """The act and the command: the last two lines of an answer."""
    return text.strip().splitlines()[-2:]


@pytest.mark.parametrize(("labels", "target"), [(25, 0.5), (25, 0.99), (45, 0.99)])
def test_the_page_gives_the_clis_answer_for_a_campaign_folder(campaigns, cli, labels, target):
    camp = campaigns[labels]
    code, said, _ = cli("plan", camp, "--target", target, "--label-price", "0.5", "--explain")
    assert code == 0
    lead, details = said.split("\n\n", 1)   # the page shows the lead as the CLI prints it; its details under "Why"
    at = run()
    at.number_input(key="target").set_value(target)
    at.number_input(key="label_price").set_value(0.5)
    at.text_input(key="campaign_folder").set_value(str(camp))
    run(at)
    page = next(t.value for t in no_error(at).text if "Next: " in t.value)
    assert page == lead and _said(page) == _said(lead)
    why = next(e for e in at.expander if e.label.startswith("Why"))
    shown = [line for t in why.text for line in t.value.splitlines()]
    assert shown and set(shown) <= set(details.splitlines()) and not set(shown) & set(lead.splitlines())
    assert ("Stop:" in page) == (target == 0.5)


def test_a_reload_with_nothing_changed_answers_from_the_cache_and_new_labels_ask_again(campaigns, tmp_path,
                                                                                       monkeypatch):
    """The page's campaign answer is cached on the folder's files (files_stamp): a reload asks nothing again; a
    label added changes the files, and the answer is asked again."""
    import shutil

    import planner.campaign.page as answer

    camp = Path(shutil.copytree(campaigns[45], tmp_path / "camp"))
    asked = []
    real = answer.page_answer

    def page_answer(folder, *args, **kwargs):
        asked.append(folder)
        return real(folder, *args, **kwargs)

    monkeypatch.setattr(answer, "page_answer", page_answer)
    at = run()
    at.number_input(key="target").set_value(0.99)
    at.text_input(key="campaign_folder").set_value(str(camp))
    first = next(t.value for t in no_error(run(at)).text if "Next: " in t.value)
    assert asked == [str(camp)]
    assert next(t.value for t in no_error(run(at)).text if "Next: " in t.value) == first and len(asked) == 1
    steps.next_batch(camp)   # the files change: the answer is asked again
    assert any("Next: " in t.value for t in no_error(run(at)).text) and len(asked) == 2


@pytest.fixture(scope="module")
def sourced(tmp_path_factory):
    """A random campaign (:func:`campaign_fixtures.sourced_campaign`) with a source whose name reads as markup
    (underscores) labeling the whole pool; measured by the test."""
    from campaign_fixtures import sourced_campaign

    return sourced_campaign(tmp_path_factory.mktemp("sourced"), "gpt_4o_mini")


@pytest.mark.parametrize("target", [0.5, 0.99])
def test_the_page_shows_the_clis_source_lines_as_text(sourced, cli, target):
    assert cli("campaign", "measure", str(sourced))[0] == 0
    code, out, _ = cli("plan", str(sourced), "--target", str(target), "--label-price", "0.5", "--explain")
    assert code == 0
    lines, lead = out.strip().splitlines(), out.split("\n\n")[0].splitlines()   # the lead, then the details
    led = [line for line in lead if line.startswith(("Train on ", "Re-label source", "Next", "If it falls short"))]
    stop = "Stop: measured " in out
    assert stop == (target == 0.5)
    if stop:   # a stop on a measured hit names no source: the lead ends with the act and its command
        assert "gpt_4o_mini" not in out and lead[-1] == "Next: nothing to buy; the measured score stands."
    said = lines[next(i for i, line in enumerate(lines) if line.startswith("Aside: ")):] if not stop else []
    if not stop:   # the source lines, among the details
        # the pick's sentence once: as the answer's lead (its act and command after it), or after the asides
        assert any("source gpt_4o_mini alone" in line for line in said)
        assert len(said) == (3 if "If it falls short" in out else 4)
        assert any(line.startswith("Aside: re-label source gpt_4o_mini's disagreements") for line in said)
        assert any("human labels in hand plus source gpt_4o_mini's labels" in line for line in said)
    at = run()
    at.number_input(key="target").set_value(target)
    at.number_input(key="label_price").set_value(0.5)
    at.text_input(key="campaign_folder").set_value(str(sourced))
    run(at)
    assert not at.error, [e.value for e in at.error]
    page = next(t.value for t in at.text if "Next: " in t.value).splitlines()
    why = [line for e in at.expander if e.label.startswith("Why") for t in e.text for line in t.value.splitlines()]
    assert page == lead and why[len(why) - len(said):] == said and all(line in page for line in led)
    assert not any("gpt_4o_mini" in m.value for m in at.markdown)   # the source's name only as text
    assert stop == ("gpt_4o_mini" not in "\n".join(page + why))


def test_a_sources_labels_uploaded_beside_a_campaign_read_as_the_cli_would_keep_them(campaigns):
    """A source's labels uploaded with the campaign's folder: its accuracy on the test ids and the commands that keep
    it, as plain text (its name has markup in it), nothing written to the campaign; a bad input (a negative price,
    a file over the upload limit) is one line."""
    from campaign_fixtures import files_of

    camp = campaigns[45]
    truth = pd.read_csv(camp / "labels.csv", dtype=str)[["id", "label"]]
    before = files_of(camp)
    at = run()
    at.text_input(key="campaign_folder").set_value(str(camp))
    run(at).text_input(key="source_name").set_value("gpt_4o_mini")
    at.number_input(key="source_price").set_value(0.01)
    at.file_uploader(key="source_file").upload("llm.csv", truth.to_csv(index=False).encode(), "text/csv")
    said = next(t.value for t in no_error(run(at)).text if "Next: " in t.value).splitlines()
    assert any(line.startswith(f"source gpt_4o_mini ($0.01 a label): {len(truth)} labels, 40 of the 40 test ids; "
                               "accuracy 1.000") for line in said), said
    assert said[-2:] == [f"alplan campaign add {shlex.quote(str(camp))} llm.csv --source gpt_4o_mini --source-price "
                         "0.01", f"alplan campaign measure {shlex.quote(str(camp))}"]
    assert not any("gpt_4o_mini" in m.value for m in at.markdown) and files_of(camp) == before
    at.number_input(key="source_hourly").set_value(30.0)   # both prices: one line, as `campaign add` says it
    assert one_error(run(at)).endswith("--source-price and --source-hourly both given: price the source per label "
                                       "or per hour")
    at.number_input(key="source_hourly").set_value(None)
    at.number_input(key="source_price").set_value(-1.0)
    assert one_error(run(at)).endswith("--source-price must be dollars per label from 0 to 1,000,000, got -1.0")
    assert files_of(camp) == before
    at.file_uploader(key="source_file").upload("huge.csv", b"id,label\n" + b"x" * (51 * 2**20), "text/csv")
    assert one_error(run(at)) == "huge.csv is 51.0 MB; the limit is 50 MB: upload a smaller sample"
    assert any("Next: " in t.value for t in at.text) and files_of(camp) == before   # the campaign's answer stands


@pytest.mark.parametrize("target", [0.93, 0.96, 0.99])
def test_a_campaigns_charts_are_its_answers_cost_from_here_and_its_measured_rounds(campaigns, target):
    """The campaign's charts: the trade-off first (the cost from the labels in hand to each target, from the forecast
    the answer took: at the target each path's cost is the record's dollars from here), then the rounds it measured
    with the target; an answer the measurements settle (no forecast) draws the rounds alone."""
    import math

    from planner.campaign.page import page_answer
    from planner.decide.costs import Scenario
    from planner.present.campaign_page import CHART_TITLES

    rec, _, specs = page_answer(str(campaigns[45]), Scenario(label_price=0.5), target, confidence=0.9, charts=True)
    curve = specs[CHART_TITLES[1]]
    rounds = pd.concat(pd.DataFrame(v) for v in curve["datasets"].values())
    assert set(rounds["n_labels"].dropna()) == {30.0, 35.0, 40.0, 45.0}, rounds   # 30 labels, then 3 rounds of 5
    assert target in set(rounds.get("target", pd.Series(dtype=float)).dropna())   # the target's line
    if rec.forecast is None:
        assert list(specs) == [CHART_TITLES[1]]
        return
    assert list(specs) == list(CHART_TITLES)   # the trade-off first
    cost = pd.concat(pd.DataFrame(v) for v in specs[CHART_TITLES[0]]["datasets"].values()
                     if v and "total_cost" in v[0]).drop_duplicates(["target", "strategy"])  # the line's, the band's
    at = cost[(cost["target"] - target).abs() < 1e-9].set_index("strategy")["total_cost"]
    priced = [p for p in rec.paths if p.dollars_from_here is not None]
    for p in priced:
        assert math.isclose(at[p.strategy], p.dollars_from_here), (p, at)
    assert "cost from here" in json.dumps(specs[CHART_TITLES[0]])
