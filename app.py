"""alplan dashboard (Streamlit). Widgets and layout only: the maths lives in planner/.

Run it with ``make run`` (``streamlit run app.py``). Simulated curves are kept in
the results database: ``$ALPLAN_DB`` or ``.alplan/runs.db`` (the CLI's default),
so a second start reads them back instead of simulating again.
``ALPLAN_APP_QUICK=1`` shrinks the default simulation (2 strategies, 2 seeds, 8 rounds)
and lowers the default target to 0.90 to match (tests, demos).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import asdict
import os
import re
import tempfile
import time
from pathlib import Path

import pandas as pd
import streamlit as st

from planner import report
from planner.costs import DEFAULT_TURNAROUND_DAYS, Scenario
from planner.decision import best_accuracy_for_budget, get_plan
from planner.io import read_curves
from planner.scenario import build_scenario
from planner.text import budget_line, fmt_int, fmt_money, fmt_price
from planner.vendors import read_vendors
from simulations.schema import to_safe_csv

st.set_page_config(page_title="alplan: does active learning pay off?", layout="wide")

MAX_UPLOAD_MB = 50  # keep equal to server.maxUploadSize in .streamlit/config.toml
QUICK = os.environ.get("ALPLAN_APP_QUICK", "").strip() not in ("", "0")
SOURCES = ("Simulate a proxy data set", "Upload a pilot learning curve", "Upload labeled pilot data")
PRICE_SOURCES = ("Price per label", "Vendor")
RATE_SOURCES = ("Day rate", "Yearly salary")

# Widget defaults (the default scenario). Every widget has an explicit key.
DEFAULTS: dict[str, object] = {
    "target": 0.90 if QUICK else 0.95,
    "price_source": PRICE_SOURCES[0],
    "label_price": 0.50,
    "vendor": None,
    "qa_multiplier": 1.0,
    "engineering_days": 5.0,
    "rate_source": RATE_SOURCES[0],
    "day_rate": 400.0,
    "salary": 100_000.0,
    "working_weeks": 50.0,
    "compute_per_round": 0.10,
    "turnaround_days": DEFAULT_TURNAROUND_DAYS,
    "batch_size": None,
    "pool_size": None,
    "delay_cost_per_day": 0.0,
    "n_classes": None,
    "label_error": None,
    "votes": 1,
    "confidence": 0.9,
    "source": SOURCES[0],
    "sim_dataset": "digits",
    "sim_model": "logreg",
    "sim_strategies": ["random", "margin"] if QUICK else ["random", "margin", "entropy", "coreset"],
    "sim_seeds": 2 if QUICK else 3,
    "sim_initial": 20,
    "sim_batch": 10,
    "sim_rounds": 8 if QUICK else 30,
    "label_column": "label",
    "use_transfer": True,
    "budget": 1000.0,
    "campaign_confidence": 0.9,
    "value_per_point": 0.0,
    "campaign_test_size": 0,
    "campaign_budget": 0,
    "campaign_budget_dollars": 0.0,
    "campaign_order_cost": 0.0,
}
SCENARIO_KEYS = (
    "target", "price_source", "label_price", "vendor", "qa_multiplier", "engineering_days",
    "rate_source", "day_rate", "salary", "working_weeks", "compute_per_round", "turnaround_days",
    "batch_size", "pool_size", "delay_cost_per_day", "n_classes", "label_error", "votes", "confidence",
    "source", "sim_dataset", "sim_model",
    "sim_strategies", "sim_seeds", "sim_initial", "sim_batch", "sim_rounds", "label_column", "use_transfer",
)
VENDOR_TABLE_KEY = "vendor_table_saved"  # the vendor table (with the page's edits) inside a saved scenario


_MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:&^=])")


def md(text) -> str:
    """``text`` shown literally by Streamlit's Markdown (user strategy names, dollar amounts): markup escaped."""
    return _MARKUP.sub(r"\\\1", str(text))


def db_path() -> Path:
    """The results database: $ALPLAN_DB, else the CLI's default; its folder is created."""
    from simulations.store import DEFAULT_DB

    path = Path(os.environ.get("ALPLAN_DB") or DEFAULT_DB).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


for _key, _value in DEFAULTS.items():
    st.session_state.setdefault(_key, _value)


# ------------------------------------------------------------ cached work


@st.cache_data(show_spinner=False)
def available_choices() -> tuple[dict, dict, dict]:
    from simulations.datasets import available as datasets
    from simulations.models import available as models
    from simulations.strategies import available as strategies

    return datasets(), models(), strategies()


@st.cache_data(show_spinner=False)
def strategies_refused(model: str) -> tuple[str, ...]:
    """The strategies ``model`` cannot serve (bald and mc_entropy need MC dropout, which logreg lacks)."""
    from simulations.models import capabilities
    from simulations.strategies import available, get

    can = capabilities(model)
    return tuple(name for name in available() if not get(name).needs <= can)


@st.cache_resource(show_spinner=False)
def simulation_memo() -> dict:
    """Simulated curves shared by all sessions, keyed by their settings (newest last).

    A dict held by st.cache_resource rather than st.cache_data: the simulation
    draws a progress bar made outside it, which st.cache_data cannot replay.
    """
    return {}


def remembered(key: str, compute):
    memo = simulation_memo()
    if key not in memo:
        memo[key] = compute()
        while len(memo) > 16:
            memo.pop(next(iter(memo)))
    return memo[key]


def simulate_proxy(settings: dict, db: str, progress=None, rounds=None) -> pd.DataFrame:
    """Curves for a proxy set: from the results database, simulating what is missing."""
    from simulations import SimulationConfig
    from simulations.executors import run_grid

    def compute():  # run_grid validates, reads stored runs back and simulates only the missing ones
        return run_grid(SimulationConfig(**settings), db=db, progress=progress, round_progress=rounds)

    return remembered(json.dumps(["proxy", settings, db], sort_keys=True, default=str), compute)


@contextlib.contextmanager
def uploaded_file(data: bytes, name: str):
    """The upload as a file named like the user's (messages and the curves name it, never a temporary path)."""
    safe = Path(name).name.strip() or "upload"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / safe
        path.write_bytes(data)
        try:
            yield path
        except (ValueError, OSError) as exc:  # one line about the user's file: no temporary folder in it
            kind = OSError if isinstance(exc, OSError) else ValueError
            raise kind(str(exc).replace(str(path), safe).replace(folder + os.sep, "")) from None


def simulate_upload(data: bytes, name: str, settings: dict, progress=None, rounds=None) -> pd.DataFrame:
    """Curves simulated on the user's labeled pilot data (not stored in the database)."""
    from simulations import SimulationConfig
    from simulations.executors import run_grid

    def compute():
        with uploaded_file(data, name) as path:
            config = SimulationConfig(datasets=("file",), data_file=str(path), **settings)
            config.validate()
            return run_grid(config, progress=progress, round_progress=rounds)

    digest = hashlib.sha256(data).hexdigest()
    return remembered(json.dumps(["upload", digest, name, settings], sort_keys=True, default=str), compute)


@st.cache_data(show_spinner=False, max_entries=8)
def upload_facts(data: bytes, name: str, label_column: str) -> tuple[int, int, int]:
    """(rows, rows left for the AL pool after the test split, classes) of the uploaded labeled file,
    read by the simulation's own loader within the upload's limits."""
    from simulations.datasets import load_file

    with uploaded_file(data, name) as path:
        ds = load_file(path, label_column=label_column, max_bytes=MAX_UPLOAD_MB * 1024 * 1024)
        return ds.n_pool + ds.n_test, ds.n_pool, ds.n_classes


def upload_rows(data: bytes, name: str, label_column: str) -> int:
    """Labeled examples in the uploaded file: the pool's size."""
    return upload_facts(data, name, label_column)[0]


@st.cache_data(show_spinner=False, max_entries=8)
def dataset_facts(name: str) -> tuple[int, int, str]:
    """(classes, AL pool size, one-line description) of a proxy data set."""
    from simulations.datasets import available, load

    ds = load(name, seed=0)
    return ds.n_classes, ds.n_pool, available().get(name, "")


def fitted_settings(n_pool: int, n_classes: int) -> dict:
    """Simulation settings that fit a small labeled file: an initial set with every class twice,
    about 20 rounds, and at most 80% of the pool labeled (the rest stays unlabeled to choose from)."""
    budget = max(int(0.8 * n_pool), 2)
    initial = min(max(2 * n_classes, n_pool // 20, 2), budget - 1)
    rounds = 20
    batch = max((budget - initial) // rounds, 1)
    rounds = max(min(rounds, (budget - initial) // batch), 1)
    return {"sim_initial": initial, "sim_batch": batch, "sim_rounds": rounds}


@st.cache_data(show_spinner=False, max_entries=8)
def parse_curve_upload(data: bytes, name: str) -> pd.DataFrame:
    return read_curves(data, name=name)  # messages name the user's file


@st.cache_data(show_spinner=False, max_entries=8)
def transfer_pilot(pilot: pd.DataFrame, proxy: pd.DataFrame) -> pd.DataFrame:
    from planner.transfer import transfer

    return transfer(pilot, proxy)


@st.cache_data(show_spinner=False)
def default_vendors() -> pd.DataFrame:
    return read_vendors(None)


@st.cache_data(show_spinner=False, max_entries=32)
def plan(curves: pd.DataFrame, scenario_kwargs: dict, target: float, vendors: pd.DataFrame | None):
    """The decision, every chart table and the chart specs for one scenario (cached: reruns are instant).

    One Plan (the curves' joint draws, cached by planner) gives the verdict and every chart table.
    """
    scenario = Scenario(**scenario_kwargs)
    scenario.validate()
    joint = get_plan(curves)
    decision = joint.decide(scenario, target, vendors=vendors)
    frames, notes = report.plan_frames(joint, scenario, target, vendors=vendors, decision=decision)
    specs = {title: chart.to_dict() for title, chart in report.build_charts(joint, frames, target, decision).items()}
    return decision, frames, notes, specs


@st.cache_data(show_spinner=False, max_entries=32)
def curves_batch_size(curves: pd.DataFrame) -> int:
    """The AL batch size the curves were measured at (labels to target rest on it)."""
    return int(get_plan(curves).batch_size())


@st.cache_data(show_spinner=False, max_entries=32)
def budget_table(curves: pd.DataFrame, scenario_kwargs: dict, budget: float, vendors: pd.DataFrame | None):
    """The reverse question: the best accuracy each strategy reaches for ``budget`` dollars."""
    return best_accuracy_for_budget(curves, Scenario(**scenario_kwargs), budget, vendors=vendors)


@st.cache_data(show_spinner=False, max_entries=16)
def steer(measured: pd.DataFrame, scenario_kwargs: dict, target: float, strategy: str | None,
          confidence: float, value_per_point: float, test_size: int = 0, budget: int = 0,
          budget_dollars: float = 0.0, order_cost: float = 0.0):
    """A running campaign's next order (and, given a value per point, the dollar-optimal stop), as `alplan replan`.

    0 means "not given" for the test set's size and the budgets."""
    from planner.campaign import optimal_stop, replan

    scenario = Scenario(**scenario_kwargs)
    scenario.validate()
    joint = get_plan(measured)
    order = replan(joint, scenario, target, strategy=strategy, confidence=confidence,
                   test_size=test_size or None, budget=budget or None, budget_dollars=budget_dollars or None,
                   order_cost=order_cost)
    stop = (optimal_stop(joint, scenario, value_per_point=value_per_point, strategy=order.strategy)
            if value_per_point > 0 else None)
    return order, stop


# ------------------------------------------------------------ callbacks


def load_scenario() -> None:
    name = st.session_state.get("scenario_pick")
    if not name:
        st.session_state["scenario_message"] = ("error", "pick a saved scenario to load")
        return
    from simulations.store import Store

    try:
        with Store(db_path()) as store:
            saved = store.load_scenario(name)
    except (ValueError, OSError) as exc:
        st.session_state["scenario_message"] = ("error", str(exc).splitlines()[0])
        return
    for key in SCENARIO_KEYS:
        if key in saved:
            st.session_state[key] = saved[key]
    table = saved.get(VENDOR_TABLE_KEY)
    if table is not None:  # the vendor table as it was saved: the editor starts from it, its old edits dropped
        try:
            st.session_state["vendor_base"] = read_vendors(pd.DataFrame.from_records(table))
        except (ValueError, OSError) as exc:
            st.session_state["scenario_message"] = ("error", f"scenario {name!r}: its vendor table: "
                                                             f"{str(exc).splitlines()[0]}")
            return
        st.session_state.pop("vendors_editor", None)
        st.session_state.pop("vendor_table", None)
    st.session_state["scenario_message"] = ("success", f"loaded scenario {name!r}")


def _vendor_records() -> list[dict]:
    """The vendor table in use (the page's edits included), JSON-ready (NaN -> None)."""
    table = st.session_state.get("vendor_table")
    if table is None:
        table = st.session_state.get("vendor_base", default_vendors())
    return [{k: (None if isinstance(v, float) and v != v else v) for k, v in row.items()}
            for row in table.astype(object).to_dict("records")]


def save_scenario() -> None:
    name = (st.session_state.get("scenario_name") or "").strip()
    from simulations.store import Store

    try:
        with Store(db_path()) as store:
            exists = name in store.list_scenarios()
            if exists and st.session_state.get("overwrite_pending") != name:
                st.session_state["overwrite_pending"] = name
                st.session_state["scenario_message"] = (
                    "warning", f"a scenario named {name!r} exists: press Save again to replace it")
                return
            data = {k: st.session_state.get(k) for k in SCENARIO_KEYS}
            data[VENDOR_TABLE_KEY] = _vendor_records()
            store.save_scenario(name, data)
    except (ValueError, OSError) as exc:
        st.session_state["scenario_message"] = ("error", str(exc).splitlines()[0])
        return
    st.session_state.pop("overwrite_pending", None)
    st.session_state["scenario_message"] = ("success", f"{'replaced' if exists else 'saved'} scenario {name!r}")


def saved_scenarios() -> list[str]:
    from simulations.store import Store

    try:
        with Store(db_path()) as store:
            return store.list_scenarios()
    except (ValueError, OSError):
        return []


# ------------------------------------------------------------ sidebar

datasets, models, strategies = available_choices()
vendors_default = default_vendors()

with st.sidebar:
    st.header("Scenario")
    st.number_input(
        "Target accuracy", min_value=0.05, max_value=0.999, step=0.005, format="%.3f", key="target",
        help="Test accuracy the model must reach (0-1).",
    )
    st.radio("Label price from", PRICE_SOURCES, key="price_source", horizontal=True,
             help="Type a price per label, or take it from a vendor in the vendor table.")
    if st.session_state["price_source"] == PRICE_SOURCES[0]:
        st.number_input("Label price ($ per label)", min_value=0.0001, step=0.01, format="%.4f",
                        key="label_price", help="What one label costs you, before QA overhead.")
        vendor_slot = None
    else:  # filled below the vendor table, so that the choice lists this run's edits
        vendor_slot = st.empty()
    st.number_input("QA / overhead multiplier", min_value=1.0, step=0.05, key="qa_multiplier",
                    help="Multiplies the label cost: 1.2 = 20% extra for review and overhead.")
    st.number_input("Engineering days to set up AL", min_value=0.0, step=1.0, key="engineering_days",
                    help="One-off engineering time to build the active-learning loop.")
    st.radio("Engineering cost from", RATE_SOURCES, key="rate_source", horizontal=True)
    if st.session_state["rate_source"] == RATE_SOURCES[0]:
        st.number_input("Day rate ($)", min_value=0.0, step=50.0, key="day_rate",
                        help="Cost of one engineering day.")
    else:
        st.number_input("Yearly salary ($)", min_value=0.0, step=5000.0, key="salary",
                        help="Fully loaded yearly cost of the engineer.")
        st.number_input("Working weeks per year", min_value=1.0, max_value=52.0, step=1.0,
                        key="working_weeks", help="A day costs salary / (5 x working weeks).")
    st.number_input("Compute per AL round ($)", min_value=0.0, step=0.5, key="compute_per_round",
                    help="Retraining and scoring the pool once (GPU hours x price).")
    if st.session_state["price_source"] == PRICE_SOURCES[0]:
        st.number_input("Turnaround per batch (days)", min_value=0.0, step=0.5, key="turnaround_days",
                        help="Calendar days from sending a batch to the labelers to getting it back.")
        turnaround_slot = None
    else:  # the vendor's days, filled in below the vendor table (this run's edits included)
        turnaround_slot = st.empty()
    st.number_input("AL batch size (labels per round)", min_value=1, step=10, key="batch_size",
                    placeholder="as in the curves",
                    help="Labels bought per active-learning round; empty: the batch size of the curves.")
    st.number_input("Unlabeled pool size", min_value=1, step=1000, key="pool_size", placeholder="unlimited",
                    help="Examples available to label: no path can buy more than this; empty: no limit.")
    st.number_input("Cost of a day's delay ($)", min_value=0.0, step=100.0, key="delay_cost_per_day",
                    help="Optional: what each calendar day until the target costs you.")
    with st.expander("Label quality and confidence"):
        st.number_input("Classes in your task", min_value=2, step=1, key="n_classes", placeholder="from the data",
                        help="Used by the label-noise correction (noisy labels are worth less with fewer "
                             "classes); empty: the classes of the data the curves come from.")
        st.number_input("Label error rate", min_value=0.0, max_value=0.99, step=0.01, format="%.3f",
                        key="label_error", placeholder="the vendor's, else as simulated",
                        help="Share of bought labels that are wrong; empty: the vendor's error rate, else "
                             "the noise the curves were simulated at.")
        st.number_input("Votes per item", min_value=1, max_value=15, step=1, key="votes",
                        help="Labels bought per item, majority vote: the price times the votes, fewer errors.")
        st.number_input("Confidence for the label budget", min_value=0.5, max_value=0.99, step=0.05,
                        format="%.2f", key="confidence",
                        help="'Buy N labels to reach the target with this probability' below the verdict.")

    with st.expander("Save / load scenario"):
        st.text_input("Scenario name", key="scenario_name")
        st.button("Save scenario", key="save_scenario", on_click=save_scenario)
        st.selectbox("Saved scenarios", saved_scenarios(), key="scenario_pick", index=None,
                     placeholder="choose one")
        st.button("Load scenario", key="load_scenario", on_click=load_scenario)
        message = st.session_state.pop("scenario_message", None)
        if message:  # md(): a scenario name is shown as typed, never as Markdown
            {"success": st.success, "warning": st.warning}.get(message[0], st.error)(md(message[1]))

    st.header("Curves")
    st.radio("Where the learning curves come from", SOURCES, key="source")


def sim_settings(prefix: str = "sim") -> dict:
    """Simulation widgets (shared by the proxy and the uploaded-data paths)."""
    c1, c2, c3 = st.columns(3)
    if prefix == "sim":
        names = list(datasets)
        if st.session_state["sim_dataset"] not in names:
            st.session_state["sim_dataset"] = names[0]
        c1.selectbox("Proxy data set", names, key="sim_dataset",
                     help="; ".join(f"{k}: {v}" for k, v in datasets.items()))
    model_names = list(models)
    if st.session_state["sim_model"] not in model_names:
        st.session_state["sim_model"] = model_names[0]
    c2.selectbox("Model", model_names, key="sim_model", help="; ".join(f"{k}: {v}" for k, v in models.items()))
    refused = strategies_refused(st.session_state["sim_model"])
    offered = [s for s in strategies if s not in refused]  # a pair the learner cannot serve is not offered
    picked = [s for s in st.session_state["sim_strategies"] if s in offered]
    st.session_state["sim_strategies"] = picked or [s for s in ("random", "margin") if s in offered]
    c3.multiselect("Strategies", offered, key="sim_strategies",
                   help="Keep 'random': it is the baseline every AL strategy is priced against.")
    if refused:
        c3.caption(md(f"Not offered with {st.session_state['sim_model']}: {', '.join(refused)} "
                      "(they need MC-dropout samples; this learner has no dropout). Choose mlp or cnn for them."))
    c1, c2, c3, c4 = st.columns(4)
    c1.number_input("Seeds", min_value=1, max_value=20, step=1, key="sim_seeds")
    c2.number_input("Initial labels", min_value=2, step=10, key="sim_initial")
    c3.number_input("Batch size", min_value=1, step=10, key="sim_batch")
    c4.number_input("Rounds", min_value=1, max_value=500, step=5, key="sim_rounds")
    settings = dict(
        model=st.session_state["sim_model"],
        strategies=tuple(st.session_state["sim_strategies"]),
        seeds=tuple(range(int(st.session_state["sim_seeds"]))),
        initial=int(st.session_state["sim_initial"]),
        batch_size=int(st.session_state["sim_batch"]),
        rounds=int(st.session_state["sim_rounds"]),
    )
    if prefix == "sim":
        settings["datasets"] = (st.session_state["sim_dataset"],)
    return settings


#: A simulation estimated to take longer than this waits for a click on "Start simulation".
LONG_SIMULATION_SECONDS = 120.0


def duration(seconds: float) -> str:
    """``seconds`` for people: "8 s", "2 min 5 s", "1 h 3 min"."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"


def eta_text(done: int, total: int, elapsed: float, estimate: float | None = None) -> str:
    """The bar's text: rounds done (of those to simulate) and the time left, from the rounds measured so far
    (else the estimate)."""
    if done >= total:
        return f"simulating: {total}/{total} rounds, finishing"
    if done > 0:
        left = f"about {duration(elapsed / done * (total - done))} left"
    elif estimate is not None:
        left = f"about {duration(estimate)} (estimate)"
    else:
        left = "measuring the first round"
    return f"simulating: {done}/{total} rounds, {left}"


@st.cache_data(show_spinner=False, max_entries=32)
def seconds_per_run(settings_json: str, n_runs: int) -> float:
    """Measured: seconds one run of ``settings`` takes, all its rounds.

    Times the first ``n_runs`` runs (at most 12, trained together as the real
    simulation trains them) for 2 rounds at the start of the schedule, and for
    2 rounds at its end (an initial set of the last round's size); not stored.
    A round's cost is interpolated linearly in the labeled-set size between
    the two: fits and queries grow with it (measured on digits with mlp: the
    start alone put the scenario at 9 s, it took 16). The data set and the
    learner's framework are loaded before the clock starts. Cached per settings.
    """
    from simulations import SimulationConfig
    from simulations.executors import run_grid
    from simulations.loop import load_dataset
    from simulations.models import import_framework

    settings = json.loads(settings_json)
    settings = {k: tuple(v) if isinstance(v, list) else v for k, v in settings.items()}
    full = SimulationConfig(**settings).runs()[0]
    sizes = full.batch_sizes()
    load_dataset(full)  # cached for the simulation that follows
    import_framework(full.model)

    def two_rounds(**change) -> float:
        specs = SimulationConfig(**dict(settings, rounds=1, **change)).runs()[:max(1, min(n_runs, 12))]
        t0 = time.perf_counter()
        run_grid(specs)
        return (time.perf_counter() - t0) / (2 * len(specs))

    first = two_rounds()
    last = first
    if len(sizes) > 2:
        last = two_rounds(initial=full.total_labels - sizes[-1], batch_size=sizes[-1])
    return (len(sizes) + 1) * (first + last) / 2


def simulation_estimate(settings: dict, db: str) -> tuple[int, int, float]:
    """(runs to simulate, their rounds, estimated seconds) for the proxy settings; the database's runs are free."""
    from simulations import SimulationConfig
    from simulations.store import Store

    config = SimulationConfig(**settings)
    config.validate()
    specs = config.runs()
    with Store(db) as store:
        done = store.completed_keys()
    todo = [s for s in specs if s.key() not in done]
    if not todo:
        return 0, 0, 0.0
    rounds = sum(len(s.batch_sizes()) + 1 for s in todo)
    per_run = seconds_per_run(json.dumps(settings, sort_keys=True, default=list), len(todo))
    return len(todo), rounds, per_run * len(todo)


def progress_bar(estimate: float | None = None, cancel_key: str | None = None):
    """(slot, rounds callback): a bar that moves every round with the time left, and a Cancel button.

    Nothing shows on a cache hit. ``cancel_key`` names the simulation: the
    button stops the script run (and so the simulation) and remembers it
    cancelled, so the next run of the page waits for "Start simulation".
    """
    slot = st.empty()
    start = time.perf_counter()
    bar = [slot]  # the bar's own slot under the Cancel button, once shown
    first = [None]  # rounds already done (stored runs) when the bar started: not measured here

    def cancel() -> None:
        st.session_state["sim_cancelled"] = cancel_key

    def rounds(done: int, total: int) -> None:
        if first[0] is None:
            first[0] = done
            if cancel_key is not None:
                with slot.container():
                    st.button("Cancel the simulation", key="sim_cancel", on_click=cancel, icon=":material/cancel:")
                    bar[0] = st.empty()
        text = eta_text(done - first[0], total - first[0], time.perf_counter() - start, estimate)
        bar[0].progress(min(done / max(total, 1), 1.0), text=text)

    return slot, rounds


def upload_ok(upload) -> bool:
    if upload.size > MAX_UPLOAD_MB * 1024 * 1024:
        st.error(md(f"{upload.name} is {upload.size / 2**20:.1f} MB; the limit is {MAX_UPLOAD_MB} MB: "
                    "upload a smaller sample"), icon=":material/error:")
        return False
    return True


# ------------------------------------------------------------ main page

st.title("Does active learning pay off for us?")
st.caption("alplan simulates active-learning strategies, fits their learning curves and prices every "
           "path to your target: labels, engineering, compute and calendar time.")

curves = None
file_rows = None  # rows of an uploaded labeled-data file: no path can buy more labels than it holds
data_classes = None  # classes of the uploaded labeled file, when it could be read
curve_source: dict | None = None  # where the curves come from (what the verdict rests on); None: the proxy
source = st.session_state["source"]
with st.expander("Learning curves: source and settings", expanded=source != SOURCES[0]):
    if source == SOURCES[1]:
        upload = st.file_uploader(
            "Pilot learning curve (CSV: n_labels, accuracy[, strategy, seed])", type=["csv"],
            key="curve_file", help="One row per measurement; accuracy in 0-1 (or percent).",
        )
        if upload is not None and upload_ok(upload):
            try:
                curves = parse_curve_upload(upload.getvalue(), upload.name)
                curve_source = {"kind": "pilot", "name": upload.name, "classes": None}
            except (ValueError, OSError) as exc:
                st.error(md(f"{upload.name}: {str(exc).splitlines()[0]}"), icon=":material/error:")
    elif source == SOURCES[2]:
        upload = st.file_uploader(
            "Labeled pilot data (CSV, Parquet or NPZ with arrays X and y)", type=["csv", "parquet", "npz"],
            key="data_file", help="Features plus a label column; it is simulated here like a proxy set.",
        )
        st.text_input("Label column (CSV / Parquet)", key="label_column")
        upload_valid = upload is not None and upload_ok(upload)
        if upload_valid:  # a small file gets simulation settings fitted to its size (once per file)
            try:
                _, file_pool, data_classes = upload_facts(
                    upload.getvalue(), upload.name, st.session_state["label_column"])
            except (ValueError, OSError):
                file_pool, data_classes = None, None  # the simulation below reports what is wrong with the file
            if file_pool is not None:
                digest = hashlib.sha256(upload.getvalue()).hexdigest()
                state = st.session_state
                need = int(state["sim_initial"]) + int(state["sim_batch"]) * int(state["sim_rounds"])
                if state.get("fitted_for") != digest and need > file_pool:
                    fitted = fitted_settings(file_pool, data_classes)
                    state.update(fitted)
                    state["fitted_for"] = digest
                    state["fitted_note"] = (
                        f"Settings fitted to {upload.name}: its {file_pool:,} pool rows (after the test split) "
                        f"cannot serve the {need:,} labels asked; initial {fitted['sim_initial']}, batch "
                        f"{fitted['sim_batch']}, rounds {fitted['sim_rounds']} label at most 80% of them.")
                if state.get("fitted_for") == digest and state.get("fitted_note"):
                    st.caption(md(state["fitted_note"]))
        settings = sim_settings("upload")
        if upload_valid:
            bar, rounds = progress_bar()
            try:  # the loader's checks at the upload's limits (a decompression bomb stops here), then simulate
                rows_in_upload = upload_rows(upload.getvalue(), upload.name, st.session_state["label_column"])
                curves = simulate_upload(
                    upload.getvalue(), upload.name,
                    dict(settings, label_column=st.session_state["label_column"]), rounds=rounds,
                )
                file_rows = (upload.name, rows_in_upload)
                curve_source = {"kind": "file", "name": upload.name, "classes": data_classes}
            except (ValueError, OSError) as exc:
                st.error(md(f"{upload.name}: {str(exc).splitlines()[0]}"), icon=":material/error:")
            bar.empty()
    settings = sim_settings("sim") if source == SOURCES[0] else None


def proxy_settings() -> dict:
    """The proxy simulation's settings from the session (defaults where its widgets are hidden)."""
    state = st.session_state
    return dict(
        datasets=(state["sim_dataset"],), model=state["sim_model"], strategies=tuple(state["sim_strategies"]),
        seeds=tuple(range(int(state["sim_seeds"]))), initial=int(state["sim_initial"]),
        batch_size=int(state["sim_batch"]), rounds=int(state["sim_rounds"]),
    )


def proxy_curves() -> pd.DataFrame:
    """The proxy simulation's curves; a long one says how long first, and can be cancelled."""
    chosen = settings or proxy_settings()
    db = str(db_path())
    name = json.dumps(chosen, sort_keys=True, default=list)
    key = json.dumps(["proxy", chosen, db], sort_keys=True, default=str)
    estimate = None
    st.session_state["sim_name"] = name
    if key not in simulation_memo():
        try:
            n_runs, n_rounds, estimate = simulation_estimate(chosen, db)
        except (ValueError, OSError) as exc:
            st.error(md(str(exc).splitlines()[0]), icon=":material/error:")
            st.stop()
        cancelled = st.session_state.get("sim_cancelled") == name
        if n_runs and (cancelled or estimate > LONG_SIMULATION_SECONDS):
            why = "You cancelled the simulation" if cancelled else "This simulation is long"
            notice = st.empty()
            with notice.container():
                st.info(f"{why}: {n_runs} runs of {n_rounds // n_runs} rounds, about {duration(estimate)} on this "
                        f"machine (measured). Fewer seeds, strategies or rounds, or the logreg model, make it "
                        f"shorter; finished runs are kept.", icon=":material/schedule:")
                start = st.button("Start simulation", key="sim_start", type="primary")
            if not start:
                st.stop()
            notice.empty()
            st.session_state["sim_cancelled"] = None
        elif n_runs:
            st.caption(f"Simulating {n_runs} runs: about {duration(estimate)} (measured on this machine).")
    bar, rounds = progress_bar(estimate, cancel_key=name)
    try:
        return simulate_proxy(chosen, db, rounds=rounds)
    except (ValueError, OSError) as exc:
        bar.empty()
        st.error(md(str(exc).splitlines()[0]), icon=":material/error:")
        st.stop()
    finally:
        bar.empty()


NOTE_KEYS = ("metric_note", "strategy_note")  # the transfer note is one of the verdict's notes
curve_notes = [] if curves is None else [curves.attrs[k] for k in NOTE_KEYS if curves.attrs.get(k)]
if curves is not None and source == SOURCES[1] and set(curves["strategy"].astype(str)) == {"random"}:
    st.checkbox("The pilot is random sampling only: estimate the AL strategies from the proxy simulation "
                "(label-efficiency ratios measured on the proxy)", key="use_transfer")
    if st.session_state["use_transfer"]:
        try:
            curves = transfer_pilot(curves, proxy_curves())
            curve_source = dict(curve_source or {}, kind="transferred")
        except (ValueError, OSError) as exc:
            st.error(md(f"transfer: {str(exc).splitlines()[0]}"), icon=":material/error:")
if curves is None:
    if source != SOURCES[0]:
        st.info("Showing the proxy simulation until a valid file is uploaded.")
    curves = proxy_curves()
    curve_source = None
if curve_source is None:  # the proxy: its classes and what it is
    proxy_name = (settings or proxy_settings())["datasets"][0]
    proxy_classes, _, proxy_about = dataset_facts(proxy_name)
    curve_source = {"kind": "proxy", "name": proxy_name, "classes": proxy_classes, "about": proxy_about}
curve_notes += [curves.attrs[k] for k in NOTE_KEYS if curves.attrs.get(k) and curves.attrs[k] not in curve_notes]
for note in curve_notes:
    st.caption(md(f"Curves: {note}"))

# The vendor table, editable in place; its edits feed the vendor choice, the vendor price and the vendor chart.
with st.expander("Vendor table (editable; indicative public prices, see sources)"):
    # a loaded scenario's vendor table is the editor's starting point ("vendor_base")
    edited = st.data_editor(st.session_state.get("vendor_base", vendors_default), key="vendors_editor",
                            num_rows="dynamic", hide_index=True, width="stretch")
    try:
        vendors = read_vendors(edited)
        st.session_state["vendor_table"] = vendors
    except (ValueError, OSError) as exc:  # one line; everything else keeps the last valid table
        vendors = st.session_state.get("vendor_table", vendors_default)
        st.error(md(f"{str(exc).splitlines()[0]}; the verdict keeps the last valid table"), icon=":material/error:")

if vendor_slot is not None:
    vendor_names = [str(v) for v in vendors["name"]]
    if st.session_state.get("vendor") not in vendor_names:
        st.session_state["vendor"] = vendor_names[0] if vendor_names else None
    vendor_slot.selectbox("Vendor", vendor_names, key="vendor",
                          help="Price, turnaround and label error come from the vendor table (editable on the page).")
if turnaround_slot is not None:  # the days the verdict uses: the vendor's, shown (not a greyed default)
    chosen = vendors[vendors["name"].astype(str) == str(st.session_state.get("vendor"))]
    st.session_state["vendor_turnaround"] = (float(chosen["turnaround_days"].iloc[0]) if len(chosen)
                                             else DEFAULT_TURNAROUND_DAYS)
    turnaround_slot.number_input("Turnaround per batch (days, the vendor's)", key="vendor_turnaround",
                                 disabled=True, format="%.1f",
                                 help="Calendar days per batch, from the vendor table: edit it there.")

state = st.session_state
pool_size = None if state["pool_size"] is None else int(state["pool_size"])
if file_rows is not None:  # the uploaded file is the pool: never promise more labels than it holds
    name, rows_in_file = file_rows
    if pool_size is None or pool_size > rows_in_file:
        st.caption(md(f"Pool: the {rows_in_file:,} rows of {name}"
                      + (f" (not the {pool_size:,} entered: the file holds fewer)" if pool_size else "")
                      + "; no path can buy more labels than that."))
        pool_size = rows_in_file
by_vendor = state["price_source"] == PRICE_SOURCES[1]
by_salary = state["rate_source"] == RATE_SOURCES[1]
n_classes = state["n_classes"] or curve_source.get("classes")
if not n_classes:
    n_classes = 10
    st.caption("Classes: 10 assumed for the label-noise correction (a pilot curve does not say); "
               "set 'Classes in your task' in the sidebar.")
try:  # the CLI's builder: every input named, none left to a silent default
    scenario = build_scenario(
        label_price=None if by_vendor else float(state["label_price"]),
        vendor=state["vendor"] if by_vendor else None,
        engineering_days=float(state["engineering_days"]),
        day_rate=None if by_salary else float(state["day_rate"]),
        salary=float(state["salary"]) if by_salary else None,
        working_weeks=float(state["working_weeks"]),
        compute_per_round=float(state["compute_per_round"]),
        gpu_hours_per_round=None, gpu_hour_price=None, final_compute=None,
        turnaround_days=None if by_vendor else float(state["turnaround_days"]),
        batch_size=None if state["batch_size"] is None else int(state["batch_size"]),
        initial=None,
        pool_size=pool_size,
        qa_multiplier=float(state["qa_multiplier"]),
        delay_cost_per_day=float(state["delay_cost_per_day"]),
        label_error=None if state["label_error"] is None else float(state["label_error"]),
        n_classes=int(n_classes),
        votes=int(state["votes"]),
        confidence=float(state["confidence"]),
    )
except ValueError as exc:
    st.error(md(str(exc).splitlines()[0]), icon=":material/error:")
    st.stop()
scenario_kwargs = asdict(scenario)
target = float(st.session_state["target"])
try:
    decision, frames, notes, specs = plan(curves, scenario_kwargs, target, vendors)
except (ValueError, OSError) as exc:
    st.error(md(str(exc).splitlines()[0]), icon=":material/error:")
    st.stop()
verdict = decision.to_dict()


def money(x) -> str:
    """A price per label as typed (fmt_money rounds to cents: $0.005 must stay $0.005)."""
    if x is None:
        return "n/a"
    if abs(x) >= 100:
        return f"${x:,.0f}"
    return f"${x:,.2f}" if abs(x) >= 1 or round(x, 2) == x else f"${x:.4g}"


def cash(x) -> str:
    """A dollar amount rounded as everywhere on the page (headline, sentence, tables): fmt_money; '-' if none."""
    return "-" if x is None or not pd.notna(x) else fmt_money(float(x))


def basis_line() -> str:
    """Which curves these are and what the labels rest on (shown beside the verdict)."""
    kind, name = curve_source["kind"], curve_source.get("name")
    if kind == "proxy":
        about = curve_source.get("about") or ""
        what = (f"a proxy data set, {name}" + (f" ({about})" if about else "")
                + ", simulated here: a stand-in, not your task (upload a pilot curve or labeled pilot data "
                  "for your own)")
    elif kind == "file":
        what = f"your labeled data {name}, simulated here"
    elif kind == "transferred":
        what = f"your random-sampling pilot {name}; the AL strategies transferred from the proxy simulation"
    else:
        what = f"your pilot learning curve {name}"
    parts = [f"Curves: {what}"]
    if "model" in curves.columns and curves["model"].notna().any():
        parts.append("model " + ", ".join(sorted(set(curves["model"].dropna().astype(str)))))
    n = pd.to_numeric(curves["n_labels"], errors="coerce")
    parts.append(f"measured from {fmt_int(n.min())} to {fmt_int(n.max())} labels")
    if "seed" in curves.columns:
        seeds = curves["seed"].nunique()
        parts.append(f"{seeds} seed{'s' if seeds != 1 else ''} (runs)")
    rests = "; ".join(f"{r.strategy}: {r.basis}" for r in decision.strategies if r.basis)
    return ", ".join(parts) + (f". Labels to target rest on: {rests}." if rests else ".")


band = f"{verdict['level']:.0%} range"
st.subheader("Verdict")
st.caption(md(basis_line()))
with st.container(border=True, key="verdict_sentence"):
    st.text(decision.sentence())  # plain text: strategy names and dollar signs are not Markdown
m1, m2 = st.columns(2)  # two by two: a label and its number stay whole in a 1,024 px window
m3, m4 = st.columns(2)
m1.metric("Recommended path", md(decision.recommendation or "none reaches the target"),
          help="The path the decision rule (below the table) picks: an AL strategy when it is cheaper than "
               "random in most forecasts, else random sampling.")
if decision.recommendation not in (None, "random"):
    m2.metric("Savings vs random", md(cash(decision.savings)),
              help="Random sampling's total cost minus the recommended path's: the median over the forecasts.")
    if pd.notna(verdict.get("savings_low")) and pd.notna(verdict.get("savings_high")):
        m2.caption(md(f"{band} {cash(decision.savings_low)} to {cash(decision.savings_high)}"))
elif decision.recommendation == "random" and decision.best_al is not None:
    extra = -decision.al_savings
    m2.metric(md(f"{decision.best_al} vs random"),
              md(f"{cash(extra)} more" if extra >= 0 else f"{cash(-extra)} less"),
              help="What the best AL strategy would cost beyond random sampling (median over the forecasts); "
                   "random is recommended, so there is no saving to show.")
else:
    m2.metric("Savings vs random", "n/a",
              help="No AL path reaches the target in most forecasts" if decision.recommendation
              else "No path reaches the target in most forecasts: nothing to compare.")
p_al = verdict.get("probability_al_cheaper")
m3.metric("P(AL cheaper)", "n/a" if p_al is None else md(f"{p_al:.0%}"),
          help="Share of the forecasts in which the cheapest AL path of that forecast costs less than random.")
if decision.best_al is not None and verdict.get("probability_best_al_cheaper") is not None:
    m3.caption(md(f"{decision.best_al}: {decision.probability_best_al_cheaper:.0%} (the rule's number)"))
be_price = decision.break_even_label_price
m4.metric("Break-even label price", md(fmt_price(be_price)) if pd.notna(be_price) else "none",
          help="Per label: above it the best AL strategy is cheaper than random in most forecasts; "
               "'none' when AL does not save labels in most forecasts.")
price_text = money(verdict["scenario"].get("price_per_label"))
st.markdown(md(decision.break_even_line()) + "  \n" + md(f"Your price: {price_text} a label (QA and votes included)."))
budget = budget_line(decision)  # the CLI's "buy N labels for P% probability" line
if budget:
    st.markdown(md(budget))
for warning in decision.warnings:
    st.warning(md(warning), icon=":material/warning:")
rows = pd.DataFrame(verdict["strategies"])
rows["labels_text"] = [fmt_int(r.labels) for r in decision.strategies]
rows["range"] = [  # open-ended where the forecast may not get there
    "not reached" if not pd.notna(lo) else f"{fmt_int(lo)} to {fmt_int(hi if pd.notna(hi) else float('inf'))}"
    for lo, hi in zip(rows["labels_low"], rows["labels_high"])
]
rows["p_cheaper"] = [f"{r.probability_cheaper_than_random:.0%}" if r.active and pd.notna(r.probability_cheaper_than_random)
                     else "-" for r in decision.strategies]
rows["note"] = ["; ".join(x for x in (r.reason, r.warning) if x) for r in decision.strategies]
for column in ("label_cost", "engineering_cost", "compute_cost", "delay_cost", "total_cost"):
    rows[f"{column}_text"] = [cash(v) for v in rows[column]]  # fmt_money, as the headline and the sentence
for column in ("rounds", "labels_bought", "labels_billed"):
    rows[f"{column}_text"] = [fmt_int(float(v)) if pd.notna(v) else "-" for v in rows[column]]
rows["days_text"] = [f"{v:,.1f}" if pd.notna(v) else "-" for v in rows["calendar_days"]]
min_order = int(verdict["scenario"].get("min_order") or 0)
billed_differs = bool(min_order) and any(
    pd.notna(b) and pd.notna(o) and b > o for b, o in zip(rows["labels_billed"], rows["labels_bought"]))
curves_batch = curves_batch_size(curves)
your_batch = verdict["scenario"].get("batch_size")
TEXT = st.column_config.TextColumn
st.dataframe(  # the verdict table: few, short columns (fits a 1,024 px window); notes below, costs in the breakdown
    rows, key="strategies_table", hide_index=True, width="stretch",
    column_order=("strategy", "labels_text", "range", "basis", "p_cheaper")
    + (("labels_billed_text",) if billed_differs else ()) + ("total_cost_text", "days_text"),
    column_config={
        "strategy": TEXT("strategy", help="random = label at random; the others are AL strategies"),
        "labels_text": TEXT("labels to target",
                            help=f"median over the forecasts, as measured with AL batches of {curves_batch}"),
        "range": TEXT(band, help="labels to target: 'not reached' = open-ended (the target is not reached "
                                 "in the upper part of the forecasts)"),
        "basis": TEXT("rests on", help="measured; extrapolated Nx = N times the largest measured count; "
                                       "transferred = from a random pilot and the proxies' label-efficiency ratios"),
        "p_cheaper": TEXT("P(cheaper)", help="share of the forecasts in which this path costs less than random"),
        "labels_billed_text": TEXT("labels billed", help=f"labels paid for: every batch is billed at least "
                                                         f"the vendor's minimum order of {min_order:,}"),
        "total_cost_text": TEXT("total $", help="labels + engineering + compute + delay (median path)"),
        "days_text": TEXT("days", help="calendar days to the target: set-up, then one turnaround per batch"),
    },
)
for r in decision.strategies:  # why a path is unreachable (its far-extrapolation warnings are the boxes above)
    if r.reason:
        st.caption(md(f"{r.strategy}: {r.reason}"))
if your_batch is not None and int(your_batch) != int(curves_batch):
    st.caption(md(f"Labels to target are as measured with AL batches of {curves_batch}: your batch of "
                  f"{int(your_batch)} changes only the number of rounds (their compute and turnaround), "
                  f"not the labels; simulate at batch {int(your_batch)} to measure its effect."))
with st.expander("Cost breakdown per path"):
    st.dataframe(
        rows, key="cost_breakdown", hide_index=True, width="stretch",
        column_order=("strategy", "rounds_text", "labels_bought_text", "labels_billed_text", "label_cost_text",
                      "engineering_cost_text", "compute_cost_text", "delay_cost_text", "total_cost_text"),
        column_config={
            "strategy": TEXT("strategy"),
            "rounds_text": TEXT("rounds", help="labeling rounds after the initial set (random: one order)"),
            "labels_bought_text": TEXT("labels bought", help="labels to target rounded up to whole batches"),
            "labels_billed_text": TEXT("labels billed", help="labels paid for: a batch smaller than the vendor's "
                                                             "minimum order is billed as the minimum order"),
            "label_cost_text": TEXT("labels $", help="labels billed x price x QA multiplier x votes"),
            "engineering_cost_text": TEXT("engineering $", help="set-up days x day rate (AL only)"),
            "compute_cost_text": TEXT("compute $", help="compute per round x rounds + the final training"),
            "delay_cost_text": TEXT("delay $", help="calendar days x cost of a day's delay"),
            "total_cost_text": TEXT("total $", help="the sum"),
        },
    )
st.caption(md(f"Rule: {decision.decision_rule}."))
for note in decision.notes:
    st.caption(md(f"Note: {note}"))

with st.expander("Steer a running campaign"):
    st.caption("Upload the rounds measured so far: the next order to reach the target with the scenario "
               "in the sidebar (prices, turnaround, delay, pool), as `alplan replan`.")
    campaign = st.file_uploader("Measured rounds (CSV: n_labels, accuracy[, strategy, seed])", type=["csv"],
                                key="campaign_file", help="One row per measurement; accuracy in 0-1 (or percent).")
    c1, c2 = st.columns(2)
    c1.number_input("Confidence for the order", min_value=0.5, max_value=0.99, step=0.05, format="%.2f",
                    key="campaign_confidence", help="Stop once the target is reached with this probability.")
    c2.number_input("What one accuracy point is worth ($)", min_value=0.0, step=100.0, key="value_per_point",
                    help="Dollars one accuracy point (0.01) is worth to you; 0 = skip the optimal-stop advice.")
    c3, c4, c5, c6 = st.columns(4)
    c3.number_input("Test set size (examples)", min_value=0, step=100, key="campaign_test_size",
                    help="Examples in the test set that measured the accuracy: its noise decides whether a "
                         "measured hit is trusted. 0 = estimate it from the rounds' scatter.")
    c4.number_input("Budget (labels in all)", min_value=0, step=500, key="campaign_budget",
                    help="Labels the campaign may have in all, those already labeled included. 0 = no cap "
                         "but the pool.")
    c5.number_input("Budget left ($)", min_value=0.0, step=100.0, key="campaign_budget_dollars",
                    help="Dollars still to spend on labels and orders. 0 = no dollar cap.")
    c6.number_input("Fixed cost per order ($)", min_value=0.0, step=50.0, key="campaign_order_cost",
                    help="Besides its labels, the compute and the turnaround delay in the sidebar: a vendor fee, "
                         "engineering per round. Dearer orders mean fewer, larger ones.")
    if campaign is not None and upload_ok(campaign):
        try:
            measured = parse_curve_upload(campaign.getvalue(), campaign.name)
            names = sorted(set(measured["strategy"].astype(str)))
            picked = (st.selectbox("The campaign's strategy", names, key="campaign_strategy")
                      if len(names) > 1 else None)
            order, stop = steer(measured, scenario_kwargs, target, picked,
                                float(state["campaign_confidence"]), float(state["value_per_point"] or 0.0),
                                int(state["campaign_test_size"] or 0), int(state["campaign_budget"] or 0),
                                float(state["campaign_budget_dollars"] or 0.0),
                                float(state["campaign_order_cost"] or 0.0))
        except (ValueError, OSError) as exc:
            st.error(md(f"{campaign.name}: {str(exc).splitlines()[0]}"), icon=":material/error:")
        else:
            st.text(order.to_text())  # plain text: strategy names and dollar signs are not Markdown
            o1, o2, o3 = st.columns(3)
            o1.metric("Next order (labels)", fmt_int(order.order) if order.action == "order" else order.action,
                      help="Labels to buy next (rounded to whole batches); 'stop' once the target is reached "
                           "with the confidence asked; 'give up' once it is out of reach with that confidence.")
            o2.metric("P(reached after it)", md(f"{order.p_reach_after:.0%}"),
                      help="Share of the forecasts (from the rounds measured so far) that reach the target "
                           "after the next order.")
            o3.metric(md(f"Order for {order.confidence:.0%} confidence"),
                      fmt_int(order.order_at_confidence) if order.action == "order" else order.action,
                      help="Labels to buy now to reach the target with this probability in one order.")
            o4, o5, o6 = st.columns(3)
            o4.metric("Expected orders", md(f"{order.expected_orders:.1f}") if order.action == "order" else "-",
                      help="Orders the cheapest schedule places on average until the target is reached.")
            o5.metric(md("P(true accuracy ≥ target) now"), md(f"{order.p_true:.0%}"),
                      help="From the rounds measured so far and the test set's noise.")
            o6.metric("Budget buys", md(f"{100 * order.budget_accuracy:.1f}%")
                      if order.budget_accuracy == order.budget_accuracy else "-",
                      help="The accuracy at the budget (or the pool), median of the forecasts; the range is "
                           "in the text above.")
            if stop is not None:
                st.text(stop.to_text())

with st.expander("The reverse question: what does a fixed budget buy?"):
    st.number_input("Budget ($)", min_value=1.0, step=500.0, key="budget",
                    help="Everything included: labels, engineering, compute and delay.")
    try:
        bought = budget_table(curves, scenario_kwargs, float(st.session_state["budget"]), vendors)
        st.dataframe(
            bought, hide_index=True, width="stretch",
            column_order=("strategy", "labels", "total_cost", "accuracy", "accuracy_low", "accuracy_high",
                          "best", "note"),
            column_config={
                "labels": st.column_config.NumberColumn("labels bought", format="%.0f"),
                "total_cost": st.column_config.NumberColumn("total $", format="dollar"),
                "accuracy": st.column_config.NumberColumn("accuracy", format="%.3f"),
                "accuracy_low": st.column_config.NumberColumn("low", format="%.3f"),
                "accuracy_high": st.column_config.NumberColumn("high", format="%.3f"),
            },
        )
    except (ValueError, OSError) as exc:
        st.error(md(str(exc).splitlines()[0]), icon=":material/error:")

tabs = st.tabs(list(specs))  # Altair charts from planner.charts, as cached Vega-Lite specs
for tab, (title, spec) in zip(tabs, specs.items()):
    with tab:
        st.vega_lite_chart(spec, width="stretch", key=f"chart_{title}")
for note in notes:
    st.caption(md(note))

st.subheader("Downloads")
d1, d2, d3 = st.columns(3)
d1.download_button("Curves (CSV)", to_safe_csv(curves),  # formulas in names written as text
                   file_name="curves.csv", mime="text/csv",
                   key="dl_curves", on_click="ignore")
d2.download_button("Plan (JSON)", json.dumps(verdict, indent=2), file_name="plan.json",
                   mime="application/json", key="dl_plan", on_click="ignore")
d3.download_button(
    "Report (HTML)",
    lambda: report.render_report(curves, scenario, decision, vendors=vendors, frames=frames, notes=notes),
    file_name="alplan-report.html", mime="text/html", key="dl_report", on_click="ignore",
)
