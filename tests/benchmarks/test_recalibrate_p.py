"""benchmarks/forecast/recalibrate_p.py: the calibration of P(AL cheaper), fitted on saved decision rows."""

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from forecast_fakes import loaded_script
from scipy.special import expit

from planner.decide.p_calibration import share_logit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rp():
    yield from loaded_script(ROOT / "benchmarks" / "forecast" / "recalibrate_p.py", "recalibrate_p_under_test")


def _saved(path: Path, part: str, a: float, b: float, n=6000, seed=0, old=False, c=0.0, d=0.0, e=0.0, sets=0):
    """Decision rows whose outcomes follow expit(a + b L + c g + d g L + e h) (L = logit(share), g = log2 of
    random's labels over the budget, clipped to [1/8, 4]; random unreachable in a tenth of the rows; h = log2 of
    the pilot's share of the budget, 1/8 or 1/4 in turn); ``old``: the share under p_al_cheaper; ``sets``: the
    rows spread over that many data sets named after the file (none: no data set named)."""
    rng = np.random.default_rng(seed)
    share = np.round(rng.beta(0.6, 0.6, n) * 400) / 400
    labels = np.where(rng.random(n) < 0.1, np.inf, np.round(1000 * 2.0 ** rng.uniform(-4, 3, n)))
    g = np.log2(np.clip(labels / 1000, 0.125, 4))
    L = share_logit(share, 400)
    h = np.where(np.arange(n) % 2, -3.0, -2.0)
    y = (rng.random(n) < expit(a + b * L + c * g + d * g * L + e * h)).astype(float)
    rows = [{"refused": None, "al_truly_cheaper": float(v), "pilot_frac": 0.125 if i % 2 else 0.25,
             **({"dataset": f"skl:{path.stem}_set{i % sets}"} if sets else {}),
             "n_draws": 400, "share_no_path": 0.0,   # every draw reaches: the shares S, T and R agree
             "budget": 1000, "forecast_labels": {"random": "inf" if np.isinf(x) else float(x), "margin": 50.0},
             **({"p_al_cheaper": float(s)} if old else {"share_al_cheaper": float(s), "p_al_cheaper": float("nan")})}
            for i, (s, v, x) in enumerate(zip(share, y, labels))]
    rows.append({"refused": "falls", "al_truly_cheaper": 1.0, "pilot_frac": 0.25, "p_al_cheaper": None})
    path.write_text(json.dumps({"part": part, "rows": rows}))
    return path


def test_the_fit_recovers_a_known_map_and_writes_it(rp, tmp_path, capsys):
    cal = _saved(tmp_path / "cal.json", "calibration", -0.3, 1.6)
    sel = _saved(tmp_path / "sel.json", "selection", -0.3, 1.6, seed=1, old=True)   # a pre-round-11 file
    out = tmp_path / "p.csv"
    assert rp.main([str(cal), "--check", str(sel), "--out", str(out)]) == 0
    rows = pd.read_csv(out).set_index("pool")
    assert list(rows.index) == ["no", "yes"] and (rows["cases"] == 6000).all()   # the refused row is left out
    for pool in ("no", "yes"):   # no effect of the pool in these outcomes: both maps find none
        assert rows.loc[pool, "a"] == pytest.approx(-0.3, abs=0.12) and rows.loc[pool, "b"] == pytest.approx(1.6, abs=0.12)
    assert rows.loc["no", "c"] == 0 and rows.loc["no", "d"] == 0
    assert abs(rows.loc["yes", "c"]) < 0.12 and abs(rows.loc["yes", "d"]) < 0.12
    assert (rows["e"] == 0).all()   # no pilot term fitted without --pilot-term
    assert (rows["fitted_on"] == "the calibration part's decision cases (benchmarks/forecast/recalibrate_p.py)").all()
    text = capsys.readouterr().out
    assert text.count("| 1/8 | calibrated |") == 2 and text.count("| 1/4 | share of draws |") == 2
    # the maps in use (with and without the pool) are scored beside the refit, per pilot and both pilots pooled
    assert text.count("| 1/4 | shipped map |") == 2 and text.count("| both | calibrated | 6000 |") == 2
    assert text.count("| 1/8 | shipped map without the pool |") == 2


def test_the_pool_map_recovers_where_random_lies_in_the_pool(rp, tmp_path):
    """Outcomes that depend on random's labels over the budget: the pool's map finds the coefficients, the
    share-only map cannot, and the pool's map scores better on new cases of the same kind."""
    cal = rp.cases(_saved(tmp_path / "cal.json", "calibration", 0.1, 1.2, n=12000, c=-0.6, d=0.2), "calibration")
    assert np.isinf(cal["pool_share"]).mean() == pytest.approx(0.1, abs=0.02)
    four = rp.fit(cal, with_pool=True)
    assert four == pytest.approx((0.1, 1.2, -0.6, 0.2), abs=0.12)
    two = rp.fit(cal)
    assert len(two) == 2
    new = rp.cases(_saved(tmp_path / "new.json", "selection", 0.1, 1.2, n=12000, seed=3, c=-0.6, d=0.2))
    y = new["y"].to_numpy(float)
    assert rp.scored(rp.map_p(new, four), y)[0] < rp.scored(rp.map_p(new, two), y)[0]


def test_rows_without_forecast_labels_are_refused_by_the_pool_map(rp, tmp_path):
    path = _saved(tmp_path / "cal.json", "calibration", 0.0, 1.0, n=50)
    saved = json.loads(path.read_text())
    for r in saved["rows"]:
        r.pop("forecast_labels", None)
    path.write_text(json.dumps(saved))
    c = rp.cases(path, "calibration")
    assert np.isnan(c["pool_share"]).all()
    with pytest.raises(ValueError, match="no forecast labels"):
        rp.map_p(c, (0.0, 1.0, 0.1, 0.0))
    assert np.isfinite(rp.map_p(c, (0.0, 1.0))).all()   # the share-only map still reads them


def test_a_check_without_out_writes_nothing(rp, tmp_path, capsys, monkeypatch):
    cal = _saved(tmp_path / "cal.json", "calibration", -0.3, 1.6)
    sel = _saved(tmp_path / "sel.json", "selection", -0.3, 1.6, seed=1)
    shipped = ROOT / "planner" / "data" / "p_al_cheaper.csv"
    before = shipped.read_bytes()
    monkeypatch.chdir(tmp_path)
    assert rp.main([str(cal), "--check", str(sel)]) == 0
    assert shipped.read_bytes() == before and sorted(tmp_path.iterdir()) == sorted([cal, sel])
    assert "->" not in capsys.readouterr().out.splitlines()[0]   # the first line names no file written


def test_calibrated_probabilities_are_better_where_the_share_is_too_timid(rp, tmp_path):
    c = rp.cases(_saved(tmp_path / "cal.json", "calibration", 0.0, 1.8), "calibration")
    a, b = rp.fit(c)
    y = c["y"].to_numpy(float)
    raw = rp.scored(c["share"].to_numpy(float), y)
    cal = rp.scored(rp.calibrated_p(c["share"].to_numpy(float), 400, (a, b)), y)
    assert cal[0] < raw[0] and cal[1] < raw[1]   # Brier and the worst bin


def test_only_the_calibration_part_is_fitted_on(rp, tmp_path, capsys):
    sel = _saved(tmp_path / "sel.json", "selection", 0.0, 1.0)
    assert rp.main([str(sel), "--out", str(tmp_path / "p.csv")]) == 2
    assert "calibration" in capsys.readouterr().err and not (tmp_path / "p.csv").exists()


def _be_saved(path: Path, part: str, n=300, seed=0):
    """Quote rows with stored per-draw break-even prices: lognormal draws of varied spread around $1, the truth
    $1 (within 2x of a likeliest price near $1) or $10 (never), half of each."""
    from planner.decide.summaries import break_even_quote

    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n):
        draws = np.exp(rng.normal(0.0, rng.uniform(0.2, 2.0), 400))
        quote = break_even_quote(draws, 0.8).quote   # as evaluate_decisions.py stores it (None where withheld)
        rows.append({"refused": None, "quote_key": True, "pilot_frac": 0.125 if i % 2 else 0.25,
                     "dataset": "skl:toy", "model": "knn", "quote": None if np.isnan(quote) else quote,
                     "be_draws": draws.tolist(), "true_break_even": 1.0 if i % 4 < 2 else 10.0})
    rows.append({"refused": None, "quote_key": False, "pilot_frac": 0.25, "be_draws": None})   # not a quote
    path.write_text(json.dumps({"part": part, "rows": rows}))
    return path


def test_share_reads_draws_no_path_reaches_as_a_half_zero_or_not_at_all(rp, tmp_path, capsys):
    # S counts a draw no path reaches as a tie (one half); T as zero; R leaves it out
    s, q = np.array([0.5, 0.6, 0.3, 0.5]), np.array([0.0, 0.4, 0.6, 1.0])
    assert np.allclose(rp.share_as(s, q, "S"), s)
    assert np.allclose(rp.share_as(s, q, "T"), [0.5, 0.4, 0.0, 0.0])
    assert np.allclose(rp.share_as(s, q, "R"), [0.5, 0.4 / 0.6, 0.0, 0.0])
    with pytest.raises(ValueError, match="unknown share"):
        rp.share_as(s, q, "X")
    # saved rows: where no path reaches in most draws there is no recommendation, and the verdict shows no P
    rng = np.random.default_rng(3)
    rows = []
    for i in range(4000):
        q_i = float(rng.choice([0.0, 0.1, 0.8]))
        strict = float(rng.uniform(0, 1 - q_i))
        rows.append({"refused": None, "al_truly_cheaper": float(rng.random() < (strict / (1 - q_i))),
                     "pilot_frac": 0.125 if i % 2 else 0.25, "n_draws": 400, "share_al_cheaper": strict + q_i / 2,
                     "share_no_path": q_i, "recommendation": None if q_i > 0.5 else "random",
                     "budget": 1000, "forecast_labels": {"random": float(rng.integers(50, 3000))}})
    saved = tmp_path / "cal.json"
    saved.write_text(json.dumps({"part": "calibration", "rows": rows}))
    got = rp.cases(saved, "calibration", "R")
    assert np.allclose(got["share"] * (1 - np.array([r["share_no_path"] for r in rows])),
                       [r["share_al_cheaper"] - r["share_no_path"] / 2 for r in rows])
    assert got["shown"].sum() == sum(r["recommendation"] is not None for r in rows)
    assert rp.main([str(saved), "--check", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "| 1/8, shown | calibrated |" in out and "| 1/4, shown | shipped map |" in out   # the map in use reads R
    score = next(line for line in out.splitlines() if line.startswith("score on the check part, the refit"))
    assert "1/8 0." in score and "1/4 0." in score
    # the outcomes follow R: its own map fits near the identity
    a, b = (float(v.split("=")[1]) for v in out.splitlines()[0].split(" from")[0].split(";")[0].split(","))
    assert abs(a) < 0.4 and b == pytest.approx(1.0, abs=0.3)
    # rows that hold the verdict's share (R) and say so read back as S, T or R alike
    as_r = tmp_path / "r.json"
    as_r.write_text(json.dumps({"part": "calibration", "rows": [
        {**r, "share_al_cheaper": float(rp.share_as(r["share_al_cheaper"], r["share_no_path"], "R")),
         "share_kind": "R"} for r in rows]}))
    for design in rp.SHARES:
        assert np.allclose(rp.cases(as_r, "calibration", design)["share"], rp.cases(saved, "calibration", design)["share"])
    mixed = tmp_path / "mixed.json"
    mixed.write_text(json.dumps({"part": "calibration", "rows": [{**r, "share_kind": "RS"[i % 2]}
                                                                 for i, r in enumerate(rows)]}))
    assert rp.main([str(mixed)]) == 2 and "mixes shares" in capsys.readouterr().err
    # rows of another share without share_no_path cannot be read as R: one line, exit 2
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"part": "calibration", "rows": [{k: v for k, v in r.items() if k != "share_no_path"}
                                                               for r in rows]}))
    assert rp.main([str(old)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "share_no_path" in err[0] and "rerun evaluate_decisions.py" in err[0]


def test_resampling_the_data_sets_reads_the_pool_maps_brier_gain_paired(rp, tmp_path, capsys):
    path = _saved(tmp_path / "sel.json", "selection", 0.1, 1.2, n=8000, seed=5, c=-0.6, d=0.2)
    saved = json.loads(path.read_text())
    for i, r in enumerate(saved["rows"]):
        r["dataset"] = f"skl:set{i % 20}"
    path.write_text(json.dumps(saved))
    c = rp.cases(path)
    assert c["dataset"].nunique() == 20
    truth, flat = (0.1, 1.2, -0.6, 0.2), (0.1, 1.2)
    moved = rp.paired_brier(c, truth, flat, draws=300)
    assert set(moved) == {"1/8", "1/4"}
    for d, lo, hi, share in moved.values():
        assert lo <= d <= hi < 0 and share > 0.95   # the map the outcomes follow wins on every resample
    same = rp.paired_brier(c, flat, flat, draws=100)
    assert all(v == (0.0, 0.0, 0.0, 0.0) for v in same.values())   # paired: a map against itself moves nothing
    cal = _saved(tmp_path / "cal.json", "calibration", 0.1, 1.2)
    assert rp.main([str(cal), "--resample", "500"]) == 2 and "--check" in capsys.readouterr().err
    assert rp.main([str(cal), "--check", str(path), "--resample", "200"]) == 0
    assert "resampled 200 times (paired): 1/8 " in capsys.readouterr().out


def test_a_designs_reports_are_checked_as_one_and_a_data_set_in_two_is_refused(rp, tmp_path, capsys):
    files = []
    for k, seed in enumerate((5, 6)):
        path = _saved(tmp_path / f"rep{k}.json", "report", 0.1, 1.2, n=3000, seed=seed, c=-0.6, d=0.2)
        saved = json.loads(path.read_text())
        for i, r in enumerate(saved["rows"]):
            r["dataset"] = f"skl:r{k}_set{i % 10}"
        path.write_text(json.dumps(saved))
        files.append(path)
    both = rp.pooled_cases(files, rp.cases)
    one, two = rp.cases(files[0]), rp.cases(files[1])
    assert len(both) == len(one) + len(two) and both["dataset"].nunique() == 20
    assert list(both.index) == list(range(len(both)))   # resampling reads positions: no repeated index
    moved = rp.paired_brier(both, (0.1, 1.2, -0.6, 0.2), (0.1, 1.2), draws=100)
    assert all(lo <= d <= hi < 0 for d, lo, hi, _ in moved.values())
    with pytest.raises(ValueError, match="scored in both"):
        rp.pooled_cases([files[0], files[0]], rp.cases)
    cal = _saved(tmp_path / "cal.json", "calibration", 0.1, 1.2)
    capsys.readouterr()
    assert rp.main([str(cal), "--check", f"{files[0]},{files[1]}"]) == 0
    out = capsys.readouterr().out
    assert f"| 1/8 | share of draws | {int((both['pilot_frac'] == 0.125).sum())} |" in out
    assert rp.main([str(cal), "--check", f"{files[0]},{files[0]}"]) == 2
    assert "scored in both" in capsys.readouterr().err


def test_the_pilot_term_recovers_how_far_the_pilot_is_into_the_pool_and_is_written(rp, tmp_path, capsys):
    """Outcomes that also depend on the pilot's share of the budget: --pilot-term finds e, scores
    the map beside the refit and, with --out, writes it as the pool's map (the one without a pool keeps e = 0)."""
    cal = _saved(tmp_path / "cal.json", "calibration", 0.1, 1.2, n=16000, c=-0.6, d=0.2, e=0.5)
    c = rp.cases(cal, "calibration")
    five = rp.fit(c, with_pool=True, pilot=True)
    assert five == pytest.approx((0.1, 1.2, -0.6, 0.2, 0.5), abs=0.15)
    new = rp.cases(_saved(tmp_path / "new.json", "selection", 0.1, 1.2, n=16000, seed=4, c=-0.6, d=0.2, e=0.5))
    y = new["y"].to_numpy(float)
    assert rp.scored(rp.map_p(new, five), y)[0] < rp.scored(rp.map_p(new, rp.fit(c, with_pool=True)), y)[0]
    out = tmp_path / "p.csv"
    capsys.readouterr()
    assert rp.main([str(cal), "--pilot-term", "--check", str(tmp_path / "new.json"), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "with the pilot term:" in text.splitlines()[0] and "| 1/4 | with the pilot term |" in text
    assert "score on the check part, with the pilot term: worst bin" in text
    rows = pd.read_csv(out).set_index("pool")
    assert rows.loc["no", "e"] == 0 and rows.loc["yes", "e"] == pytest.approx(0.5, abs=0.15)


def test_former_reports_are_fitted_on_as_one_fit_part_when_named(rp, tmp_path, capsys, monkeypatch):
    """Several files of the part --fit-part names are fitted on as one; a file of another part,
    or a data set both fitted and checked on, is refused and nothing is written."""
    fits = [_saved(tmp_path / f"v{k}.json", "report", 0.1, 1.2, n=3000, seed=k, sets=10) for k in (1, 2)]
    check = _saved(tmp_path / "v3.json", "report", 0.1, 1.2, n=3000, seed=3, sets=10)
    out = tmp_path / "p.csv"
    monkeypatch.setattr(rp, "corpus_batches", lambda: {f"skl:v{k}_set{i}": k for k in (1, 2, 3) for i in range(10)})
    assert rp.main([f"{fits[0]},{fits[1]}", "--check", str(check), "--out", str(out)]) == 2   # not calibration
    assert "calibration" in capsys.readouterr().err and not out.exists()
    assert rp.main([f"{fits[0]},{fits[1]}", "--fit-part", "report", "--check", str(check), "--out", str(out)]) == 0
    assert "from 6,000 report cases" in capsys.readouterr().out
    rows = pd.read_csv(out).set_index("pool")
    assert (rows["cases"] == 6000).all()
    assert rows.loc["yes", "fitted_on"].startswith("the decision cases of the report sets of batches 1, 2 (")
    out.unlink()
    assert rp.main([f"{fits[0]},{fits[1]}", "--fit-part", "report", "--check", str(fits[1]), "--out", str(out)]) == 2
    assert "in both the fitted and the checked files" in capsys.readouterr().err and not out.exists()
    assert rp.main([f"{fits[0]},{fits[0]}", "--fit-part", "report", "--out", str(out)]) == 2   # a file twice
    assert "scored in both" in capsys.readouterr().err and not out.exists()
