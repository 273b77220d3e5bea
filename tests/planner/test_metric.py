"""`--metric NAME` on fit, plan and replan: the forecast on macro F1 (or any score in [0, 1]) of an imbalanced
task, the answer naming its metric, and one line, exit 2 and nothing written for every metric it cannot use."""

import numpy as np
import pandas as pd
import pytest

from planner.decision import get_plan
from planner.forecast.io import SHIPPED_ON_ACCURACY, metric_choice, metric_columns, read_curves, shipped_note
from tests.builders import csv_file
from tests.seeds import SEED


PRICES = ["--label-price", "2", "--engineering-days", "2", "--pool-size", "20000"]


def imbalanced_curves(rng: np.random.Generator, *, minority: float = 0.15, noise: float = 0.05, seeds: int = 5,
                      n_test: int = 3000) -> pd.DataFrame:
    """random and margin on an 85/15 task bought with 5% label noise, as a curves table with the four scores.

    Each run's per-class recalls (plus a run's offset and the test set's binomial noise) give its confusion
    matrix on a test set of ``n_test``, and from it accuracy, macro F1, balanced accuracy and the minority
    recall. Margin buys the rarer class: its recall climbs fast, paid for with majority-class errors that keep
    its accuracy a little under random's. On accuracy AL saves nothing; on macro F1 it saves most labels.
    """
    n_min = round(minority * n_test)
    n_maj = n_test - n_min
    counts = np.unique(np.round(20 * 1.5 ** np.arange(12)).astype(int))
    rows = []
    for seed in range(seeds):
        offset = rng.normal(0, 0.01, size=2)
        for strategy in ("random", "margin"):
            for round_, n in enumerate(counts):
                x = n / 20
                maj_random, min_random = 0.99 - 0.25 * x ** -0.5, 0.80 - 0.8 * x ** -0.25
                if strategy == "random":
                    rec_maj, rec_min = maj_random, min_random
                else:
                    rec_min = 0.88 - 0.88 * x ** -0.55
                    rec_maj = maj_random - minority / (1 - minority) * (rec_min - min_random) - 0.004
                tp_maj = rng.binomial(n_maj, np.clip(rec_maj + offset[0] / 4, 0, 1))
                tp_min = rng.binomial(n_min, np.clip(rec_min + offset[1], 0, 1))
                wrong_maj, wrong_min = n_maj - tp_maj, n_min - tp_min  # predicted as the other class
                f1_min = 2 * tp_min / max(2 * tp_min + wrong_maj + wrong_min, 1)
                f1_maj = 2 * tp_maj / max(2 * tp_maj + wrong_min + wrong_maj, 1)
                rows.append(dict(strategy=strategy, seed=seed, label_noise=noise, round=round_, n_labels=int(n),
                                 accuracy=(tp_maj + tp_min) / n_test, macro_f1=(f1_min + f1_maj) / 2,
                                 balanced_accuracy=(tp_maj / n_maj + tp_min / n_min) / 2,
                                 minority_recall=tp_min / n_min))
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def imbalanced_csv(tmp_path_factory):
    path = csv_file(tmp_path_factory.mktemp("metric"), imbalanced_curves(np.random.default_rng(SEED)), "imbalanced.csv")
    return path


def test_the_macro_f1_verdict_differs_from_the_accuracy_verdict(imbalanced_csv, cli):
    on_accuracy = cli.json("plan", imbalanced_csv, "--target", "0.88", *PRICES)
    on_f1 = cli.json("plan", imbalanced_csv, "--target", "0.78", "--metric", "macro_f1", *PRICES)
    assert (on_accuracy["metric"], on_f1["metric"]) == ("accuracy", "macro_f1")
    assert on_accuracy["recommendation"] == "random"  # accuracy: margin's labels are no fewer than random's
    assert on_f1["recommendation"] == "margin"        # macro F1: margin reaches the target on far fewer labels
    labels = {m: {s["strategy"]: s["labels"] for s in d["strategies"]} for m, d in
              (("accuracy", on_accuracy), ("macro_f1", on_f1))}
    saved = {m: 1 - labels[m]["margin"] / labels[m]["random"] for m in labels}  # share of random's labels
    assert saved["macro_f1"] > 0.3 and saved["macro_f1"] > saved["accuracy"] + 0.2
    shipped = shipped_note("macro_f1")
    assert on_f1["notes"].count(shipped) == 1 and shipped not in on_accuracy["notes"]
    assert "run-to-run spread was fitted on macro_f1 curves" in shipped


def test_the_text_and_the_report_name_the_metric(imbalanced_csv, tmp_path, cli):
    report = tmp_path / "report.html"
    code, out, _ = cli("plan", imbalanced_csv, "--target", "0.78", "--metric", "macro_f1", *PRICES,
                       "--report", report)
    assert code == 0
    assert out.splitlines()[0].startswith("Target macro F1 78%")
    assert "reaches 78% macro F1 with" in out  # the sentence
    assert sum(line.startswith("note: the shipped tables") for line in out.splitlines()) == 1
    page = report.read_text()
    assert "<title>alplan report: target macro F1 78%</title>" in page and "test macro F1" in page


def test_fit_and_replan_forecast_the_metric(imbalanced_csv, cli):
    fit = cli.json("fit", imbalanced_csv, "--target", "0.84", "--metric", "balanced_accuracy")
    assert fit["metric"] == "balanced_accuracy"
    labels = {s["strategy"]: s["labels"] for s in fit["strategies"]}
    assert labels["random"] is None or labels["margin"] < labels["random"]
    code, out, _ = cli("fit", imbalanced_csv, "--target", "0.84", "--metric", "balanced_accuracy")
    assert code == 0 and out.startswith("Labels to reach balanced accuracy 84%")

    margin = pd.read_csv(imbalanced_csv).query("strategy == 'margin' and seed == 0")
    measured = imbalanced_csv.parent / "campaign.csv"
    margin[margin["n_labels"] <= 228].to_csv(measured, index=False)
    order = cli.json("replan", measured, "--target", "0.7", "--metric", "minority_recall", "--label-price", "1",
                     "--test-size", "450")["order"]
    assert order["metric"] == "minority_recall"
    assert order["measured"] == pytest.approx(margin.loc[margin["n_labels"] == 228, "minority_recall"].iloc[0])
    code, out, _ = cli("replan", measured, "--target", "0.7", "--metric", "minority_recall",
                       "--label-price", "1", "--test-size", "450")
    assert code == 0 and "70% minority-class recall" in out


def test_a_column_of_the_users_own(imbalanced_csv, cli):
    df = pd.read_csv(imbalanced_csv)
    own = imbalanced_csv.parent / "own.csv"
    df.assign(recall_at_top=df["minority_recall"]).drop(columns=["macro_f1"]).to_csv(own, index=False)
    assert cli.json("plan", own, "--target", "0.7", "--metric", "recall_at_top", *PRICES)["metric"] == "recall_at_top"


def test_the_reader_offers_and_keeps_the_metric(imbalanced_csv):
    df = pd.read_csv(imbalanced_csv)
    assert metric_columns(df) == ["accuracy", "macro_f1", "balanced_accuracy", "minority_recall"]
    read = read_curves(df, metric="macro_f1")
    np.testing.assert_array_equal(read["accuracy"], df["macro_f1"])  # the forecast's column holds macro F1
    again = read_curves(read)  # a table read on a metric stays on it
    assert again.attrs["metric"] == "macro_f1"
    np.testing.assert_array_equal(again["accuracy"], df["macro_f1"])
    assert again.attrs["notes"].count(shipped_note("macro_f1")) == 1
    # a neural network's macro-F1 curve keeps the neural learners' spread, and says the spread is accuracy's
    neural = read_curves(df.assign(model="mlp"), metric="macro_f1").attrs["notes"]
    assert neural == (SHIPPED_ON_ACCURACY.format(metric="macro_f1"),) == (shipped_note("macro_f1", neural=True),)
    # a metric without spread factors of its own says the shipped spread is accuracy's too
    assert read_curves(df, metric="balanced_accuracy").attrs["notes"] == (
        SHIPPED_ON_ACCURACY.format(metric="balanced_accuracy"),)
    assert read_curves(df.rename(columns={"macro_f1": "Macro_F1"}), metric="macro_F1").attrs["metric"] == "Macro_F1"
    on_accuracy = read_curves(df)
    assert on_accuracy.attrs["metric"] == "accuracy"
    np.testing.assert_array_equal(read_curves(on_accuracy, metric="macro_f1")["accuracy"], df["macro_f1"])
    with pytest.raises(ValueError, match="was read on macro_f1"):  # its accuracy is gone: read the file again
        read_curves(read, metric="balanced_accuracy")


def test_the_same_values_on_another_metric_are_another_plan(imbalanced_csv):
    df = pd.read_csv(imbalanced_csv)
    df = df.drop(columns="accuracy").assign(my_score=df["accuracy"], accuracy=df["accuracy"])  # read on either:
    # the same columns, in the same order, with the same values
    assert get_plan(read_curves(df)).metric == "accuracy"
    assert get_plan(read_curves(df, metric="my_score")).metric == "my_score"  # not the cached accuracy plan


def test_the_pages_choice_offers_what_the_curves_have(imbalanced_csv):
    df = pd.read_csv(imbalanced_csv)
    offered, chosen, curves = metric_choice(df, "balanced_accuracy")
    assert offered == ["accuracy", "macro_f1", "balanced_accuracy", "minority_recall"]
    assert chosen == "balanced_accuracy" and curves.attrs["metric"] == "balanced_accuracy"
    _, chosen, same = metric_choice(df, "f1_weighted")  # not offered: accuracy, the table as it is
    assert chosen == "accuracy" and same is df
    assert metric_choice(df, "macro_f1", "transferred")[:2] == (["accuracy"], "accuracy")


def _bad_tables(df: pd.DataFrame) -> dict[str, tuple[pd.DataFrame, str, str]]:
    """name -> (table, --metric, a phrase of the one line that refuses it)."""
    missing = df.copy()
    missing.loc[(missing["strategy"] == "margin") & (missing["seed"] == 1), "macro_f1"] = np.nan
    text = df.assign(macro_f1=df["macro_f1"].map(lambda v: f"{v:.3f}")).astype({"macro_f1": object})
    text.loc[5, "macro_f1"] = "high"
    return {
        "unknown": (df, "f1_macro", "has no such column"),
        "not numeric": (text, "macro_f1", "is not numeric"),
        "negative": (df.assign(macro_f1=df["macro_f1"] - 0.5), "macro_f1", "outside [0, 1]"),
        "above one": (df.assign(macro_f1=df["macro_f1"] + 0.3), "macro_f1", "outside [0, 1]"),
        "percent": (df.assign(macro_f1=100 * df["macro_f1"]), "macro_f1", "percent"),
        "missing for some runs": (missing, "macro_f1", "missing for strategy margin seed 1"),
        "never measured": (df.assign(minority_recall=np.nan), "minority_recall", "holds no values"),
        "describes the runs": (df, "label_noise", "no score to plan on"),
        "an error rate": (df.assign(error=1 - df["accuracy"]), "error", "error rate"),
    }


BAD = list(_bad_tables(imbalanced_curves(np.random.default_rng(0), seeds=2)))


@pytest.mark.parametrize("command", ["fit", "plan", "replan"])
@pytest.mark.parametrize("case", BAD)
def test_a_metric_it_cannot_use_gets_one_line(command, case, tmp_path, cli):
    df, metric, phrase = _bad_tables(imbalanced_curves(np.random.default_rng(SEED), seeds=2))[case]
    path = csv_file(tmp_path, df)
    before = set(tmp_path.iterdir())
    extra = {"fit": [], "plan": [*PRICES, "--report", tmp_path / "r.html"],
             "replan": ["--strategy", "margin", "--label-price", "1"]}[command]
    code, out, err = cli(command, path, "--target", "0.8", "--metric", metric, *extra)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and phrase in err and "Traceback" not in err
    assert set(tmp_path.iterdir()) == before  # nothing written


@pytest.mark.parametrize("command", ["fit", "plan", "replan"])
@pytest.mark.parametrize("target", ["78", "1", "0", "-0.2", "nan"])
def test_a_target_outside_the_metrics_range_gets_one_line(command, target, imbalanced_csv, tmp_path, cli):
    extra = {"fit": [], "plan": [*PRICES, "--report", tmp_path / "r.html"], "replan": ["--label-price", "1"]}
    code, out, err = cli(command, imbalanced_csv, "--target", target, "--metric", "macro_f1",
                         *extra[command])
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "outside the range of macro_f1" in err
    assert not (tmp_path / "r.html").exists()


def test_accuracy_only_inputs_are_refused_on_another_metric(imbalanced_csv, cli):
    code, out, err = cli("plan", imbalanced_csv, "--target", "0.78", "--metric", "macro_f1", *PRICES,
                         "--proxies", "proxies.csv")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "holds accuracy" in err


def test_the_whole_pool_score_is_read_on_the_metric_planned_on(imbalanced_csv, tmp_path, cli):
    """A .pool.csv holds every metric: --pool-accuracy reads the --metric column, and it caps the plan."""
    pool = tmp_path / "c.pool.csv"
    pool.write_text("dataset,model,seed,label_noise,n_labels,n_test,accuracy,macro_f1,balanced_accuracy,"
                    "minority_recall\nx,logreg,0,0,20000,500,0.95,0.84,0.72,0.5\n")
    verdict = cli.json("plan", imbalanced_csv, "--target", "0.86", "--metric", "macro_f1", *PRICES,
                       "--pool-accuracy", pool)
    assert verdict["scenario"]["pool_accuracy"] == pytest.approx(0.84)
    for row in verdict["strategies"]:   # 0.86 is above the whole pool's macro F1: reached only where measured
        assert not row["reachable"] or row["labels"] <= row["n_max"]
    again = cli.json("plan", imbalanced_csv, "--target", "0.78", "--metric", "balanced_accuracy", *PRICES,
                     "--pool-accuracy", "0.9")
    assert again["scenario"]["pool_accuracy"] == pytest.approx(0.9)
    bare = tmp_path / "acc_only.pool.csv"
    bare.write_text("n_labels,accuracy\n20000,0.95\n")
    code, out, err = cli("plan", imbalanced_csv, "--target", "0.78", "--metric", "macro_f1", *PRICES,
                         "--pool-accuracy", bare)
    assert code == 2 and out == "" and "macro_f1" in err and len(err.strip().splitlines()) == 1


def test_a_real_run_on_an_imbalanced_set_plans_on_each_metric(tmp_path, cli):
    """`alplan simulate` on 85/15 synthetic classes with 5% label noise records the four scores; fit names each."""
    out = tmp_path / "curves.csv"
    code, _, err = cli("simulate", "--dataset", "synthetic", "--dataset-params",
                       "n_samples=3000,n_features=10,n_classes=2,class_sep=0.7,imbalance=5.667",
                       "--strategies", "random,margin", "--seeds", "2", "--seed-start", SEED % 1000,
                       "--initial", "20", "--batch-size", "30", "--rounds", "6", "--label-noise", "0.05",
                       "--out", out)
    assert code == 0, err
    df = pd.read_csv(out)
    assert metric_columns(df) == ["accuracy", "macro_f1", "balanced_accuracy", "minority_recall"]
    for metric in ("macro_f1", "balanced_accuracy", "minority_recall"):
        assert cli.json("fit", out, "--target", "0.6", "--metric", metric)["metric"] == metric
