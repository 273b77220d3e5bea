"""A campaign in each of its states (started, its first labels in, measured with a batch out, an answer kept, a
split round out) asked with a bad flag, or with its pool moved away or changed: refused in one line naming the flag
or the pool, exit 2, whatever the folder holds, and every file of the folder as it was. The flags are checked before
the folder's state decides which answer is given (a stop on the measured rounds, an order, a forecast), and the pool
before any answer is given."""

from __future__ import annotations

import math
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.conftest import FUZZ
from tests.fuzz.promise import assert_cli_refusal, folder_bytes, run_cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "planner" / "campaign"))
from campaign_fixtures import breast_cancer_files, label_batch, run_campaign  # noqa: E402

STATES = ("started", "first labels", "batch out", "answered", "split out")


@pytest.fixture(scope="session")
def states(tmp_path_factory) -> dict:
    """``{state: folder}``: a campaign on 200 rows of breast cancer (30 initial, batches of 5, 40 test ids) in each
    of :data:`STATES`."""
    from planner.campaign import steps
    from planner.cli import main

    root = tmp_path_factory.mktemp("flag-states")
    pool, _, truth = breast_cancer_files(root, n=200)
    out = {"pool": pool}
    for name in STATES:
        camp = root / name.replace(" ", "-")
        steps.start(camp, pool, initial=30, batch_size=5, test_size=40, seed=2)
        out[name] = camp
        if name == "started":
            continue
        if name == "first labels":
            steps.add_labels(camp, [label_batch(camp, 0, truth, root / f"{camp.name}-0.csv")])
            continue
        labels = root / f"{camp.name}-labels"
        labels.mkdir()
        run_campaign(camp, truth, 2, labels)
        steps.next_batch(camp, **({"strategy": "random", "split": "margin"} if name == "split out" else {}))
        assert main(["campaign", "measure", str(camp)]) == 0
        if name == "answered":
            assert main(["plan", str(camp), "--target", "0.9", "--label-price", "0.1"]) == 0
    return out


#: (flag, a bad value): the target outside (0, 1) (as a percentage, above 1, at a bound, not a number), and the
#: stop rule's flags outside their ranges.
TARGETS = st.one_of(st.sampled_from([1.5, 83.0, 95.0, 1.0, 0.0, -0.2, 100.0, 1e300, math.nan, math.inf, -math.inf]),
                    st.floats(min_value=1.0, allow_infinity=True), st.floats(max_value=0.0, allow_infinity=True))
BAD = st.one_of(TARGETS.map(lambda t: ("--target", t)),
                st.sampled_from([("--confidence", 1.5), ("--confidence", 0.2), ("--stop-chance", 0.3),
                                 ("--stop-chance", 0.95), ("--stop-chance", 1.5), ("--budget", 0),
                                 ("--budget", 2.5), ("--label-price", -1.0)]))


@FUZZ
@given(state=st.sampled_from(STATES), command=st.sampled_from(["plan", "replan"]),
       metric=st.sampled_from(["accuracy", "macro_f1"]), bad=BAD, as_json=st.booleans())
def test_a_bad_flag_is_refused_in_every_campaign_state_writing_nothing(states, tmp_path_factory, capsys, state,
                                                                      command, metric, bad, as_json):
    work = tmp_path_factory.getbasetemp() / "flag-work"
    if work.exists():
        shutil.rmtree(work)
    camp = work / "camp"
    shutil.copytree(states[state], camp)
    flag, value = bad
    flags = {"--target": "0.9", "--label-price": "0.1", "--metric": metric, flag: repr(value)}
    argv = [command, str(camp), *[w for k, v in flags.items() for w in (k, v)], *(["--json"] if as_json else [])]
    before = folder_bytes(camp)
    rc, out, err = run_cli(argv, capsys)
    told = f"{state}: {' '.join(argv[2:])}"
    assert_cli_refusal(rc, err, command)
    assert flag in err, f"{told}: the refusal names another flag: {err}"
    assert out == "", f"{told}: printed an answer: {out[:500]}"
    assert folder_bytes(camp) == before, f"{told}: a file of the campaign changed on a refusal"


#: Every command that answers for a campaign: each checks its pool before it answers.
ANSWERING = {
    "status": ["campaign", "status", "{camp}"],
    "measure": ["campaign", "measure", "{camp}"],
    "plan": ["plan", "{camp}", "--target", "0.9", "--label-price", "0.1"],
    "replan": ["replan", "{camp}", "--target", "0.9", "--label-price", "0.1"],
    "plan --json": ["plan", "{camp}", "--target", "0.99", "--label-price", "0.1", "--json"],
}


def _changed_pool(pool: Path, how: str) -> None:
    """``pool`` (breast cancer's features, an id column) moved away, or one value of it changed in place."""
    import pandas as pd

    if how == "moved":
        pool.rename(pool.with_name("moved.csv"))
        return
    table = pd.read_csv(pool, dtype=str)
    if how == "one value":
        table.loc[7, "f3"] = str(float(table.loc[7, "f3"]) + 1.0)
    elif how == "a row dropped":
        table = table.drop(index=7)
    else:   # the same bytes but one digit
        data = bytearray(pool.read_bytes())
        at = data.rindex(b"1")
        data[at:at + 1] = b"2"
        pool.write_bytes(bytes(data))
        return
    table.to_csv(pool, index=False)


@FUZZ
@given(state=st.sampled_from(STATES), command=st.sampled_from(list(ANSWERING)),
       how=st.sampled_from(["moved", "one value", "a row dropped", "one digit"]))
def test_a_pool_moved_or_changed_since_start_is_refused_before_any_answer(states, tmp_path_factory, capsys, state,
                                                                          command, how):
    """docs/operations.md: "a pool moved away, with other bytes (sha256) ... is refused"; an answer from the measured
    rounds alone (a stop, an order) is given only on the pool the campaign started on."""
    pool, kept = states["pool"], states["pool"].read_bytes()
    camp = states[state]
    before = folder_bytes(camp)
    try:
        _changed_pool(pool, how)
        rc, out, err = run_cli([w.format(camp=camp) for w in ANSWERING[command]], capsys)
    finally:
        pool.with_name("moved.csv").unlink(missing_ok=True)
        pool.write_bytes(kept)
    told = f"{state}: {command} with the pool {how}"
    assert_cli_refusal(rc, err, command.split()[0] if command.split()[0] in ("plan", "replan") else "campaign")
    assert "pool" in err and ("is gone" in err if how == "moved" else "changed since the campaign started" in err), \
        f"{told}: {err}"
    assert out == "" and folder_bytes(camp) == before, f"{told}: an answer printed or a file of the campaign changed"
