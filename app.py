"""alplan dashboard (Streamlit): widgets and layout only (``make run``).

``planner`` computes the verdict and ``planner.present.views`` words it (as the CLI and the HTML report do);
``simulations`` simulates, estimates how long and fits settings to an uploaded file. Simulated curves are
kept in the results database (``$ALPLAN_DB``, else the CLI's default), so a second start reads them back.
``ALPLAN_APP_QUICK=1`` shrinks the default simulation (2 strategies, 2 seeds, 8 rounds; target 0.90).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import time
from dataclasses import asdict, replace
from pathlib import Path

import pandas as pd
import streamlit as st

from planner.decide import campaign as steering, voi, whatif
from planner.decide.costs import DEFAULT_TURNAROUND_DAYS, Scenario
from planner.decide.scenario import DEFAULTS as SCENARIO_DEFAULTS, build_scenario
from planner.decide.vendors import read_vendors, vendor_records
from planner.decision import get_plan
from planner.forecast.io import metric_choice, read_curves
from planner.forecast.transfer import transfer
from planner.present import report, views
from simulations.data import uploads
from simulations.results import saved, schema
from simulations.run import ceiling as whole_pool, config, estimate, upload as run_upload

st.set_page_config(page_title="alplan: does active learning pay off?", layout="wide")

MAX_UPLOAD_MB = 50  # keep equal to server.maxUploadSize in .streamlit/config.toml
QUICK = os.environ.get("ALPLAN_APP_QUICK", "").strip() not in ("", "0")
SOURCES = ("Simulate a proxy data set", "Upload a pilot learning curve", "Upload labeled pilot data")
PRICE_SOURCES = ("Price per label", "Vendor")
RATE_SOURCES = ("Day rate", "Yearly salary")

# Widget defaults: the scenario's are the CLI's (planner.decide.scenario.DEFAULTS). Every widget has an explicit key.
DEFAULTS: dict[str, object] = {
    **{k: v for k, v in SCENARIO_DEFAULTS.items() if k != "n_classes"},  # classes: from the data
    "target": 0.90 if QUICK else 0.95, "metric": "accuracy", "price_source": PRICE_SOURCES[0], "vendor": None,
    "rate_source": RATE_SOURCES[0], "batch_size": None, "pool_size": None, "n_classes": None, "label_error": None,
    "source": SOURCES[0], "sim_dataset": "digits", "sim_model": "logreg",
    "sim_strategies": ["random", "margin"] if QUICK else ["random", "margin", "entropy", "coreset"],
    "sim_seeds": 2 if QUICK else 3, "sim_initial": 20, "sim_batch": 10, "sim_rounds": 8 if QUICK else 30,
    "label_column": "label", "use_transfer": True, "budget": 1000.0, "campaign_confidence": 0.9, "value_per_point": 0.0,
    **{key: type(step)(0) for key, _, step, _, _ in views.CAMPAIGN_INPUTS},   # the campaign's inputs: 0 = not given
}
SCENARIO_KEYS = ("target", "metric", "price_source", "label_price", "vendor", "qa_multiplier", "engineering_days",
                 "rate_source", "day_rate", "salary", "working_weeks", "compute_per_round", "turnaround_days",
                 "batch_size", "pool_size", "delay_cost_per_day", "n_classes", "label_error", "votes", "confidence",
                 "source", "sim_dataset", "sim_model", "sim_strategies", "sim_seeds", "sim_initial", "sim_batch",
                 "sim_rounds", "label_column", "use_transfer")
_MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:&^=])")


def md(text) -> str:
    """``text`` shown literally by Streamlit's Markdown (user strategy names, dollar amounts): markup escaped."""
    return _MARKUP.sub(r"\\\1", str(text))


def db_path() -> Path:
    """The results database: the CLI's (``$ALPLAN_DB``, else its default); its folder is created."""
    return config.default_db(create=True)


state = st.session_state
for _key, _value in DEFAULTS.items():
    state.setdefault(_key, _value)


# ------------------------------------------------------------ cached work
available_choices = st.cache_data(show_spinner=False)(config.available_choices)
strategies_refused = st.cache_data(show_spinner=False)(config.refused_strategies)
round_cost = st.cache_data(show_spinner=False, max_entries=32)(estimate.measure_rounds)


@st.cache_resource(show_spinner=False)
def simulation_memo() -> dict:
    """Simulated curves shared by all sessions, keyed by their settings (newest last): st.cache_resource,
    as the simulation draws a progress bar made outside it, which st.cache_data cannot replay."""
    return {}


def remembered(key: str, compute):  # compute() once per key, the 16 newest kept
    memo = simulation_memo()
    if key not in memo:
        memo[key] = compute()
        while len(memo) > 16:
            memo.pop(next(iter(memo)))
    return memo[key]


def simulate_proxy(settings: dict, db: str, rounds=None) -> pd.DataFrame:
    """Curves for a proxy set: run_grid reads stored runs back and simulates only the missing ones."""
    from simulations.run.executors import run_grid

    return remembered(json.dumps(["proxy", settings, db], sort_keys=True, default=str),
                      lambda: run_grid(config.SimulationConfig(**settings), db=db, round_progress=rounds))


def simulate_upload(data: bytes, name: str, settings: dict, rounds=None) -> pd.DataFrame:
    """Curves simulated on the user's labeled pilot data (not stored in the database)."""
    key = json.dumps(["upload", hashlib.sha256(data).hexdigest(), name, settings], sort_keys=True, default=str)
    return remembered(key, lambda: run_upload.simulate_upload(data, name, settings, round_progress=rounds))


@st.cache_data(show_spinner=False, max_entries=8)
def upload_facts(data: bytes, name: str, label_column: str) -> tuple[int, int, int]:
    """(rows, pool rows after the test split, classes) of an uploaded labeled file, within the upload limit."""
    return uploads.upload_facts(data, name, label_column, MAX_UPLOAD_MB * 1024 * 1024)


dataset_facts = st.cache_data(show_spinner=False, max_entries=8)(config.dataset_facts)
parse_curve_upload = st.cache_data(show_spinner=False, max_entries=8)(read_curves)  # (data, name=the user's)
transfer_pilot = st.cache_data(show_spinner=False, max_entries=8)(transfer)
default_vendors = st.cache_data(show_spinner=False)(read_vendors)  # default_vendors(None): the shipped table


@st.cache_data(show_spinner=False, max_entries=32)
def plan(curves: pd.DataFrame, scenario_kwargs: dict, target: float, vendors: pd.DataFrame | None):
    """(decision, chart tables, notes, chart specs, curves' batch size) for one scenario: cached, reruns are instant."""
    return report.page_parts(curves, Scenario(**scenario_kwargs), target, vendors=vendors)


@st.cache_data(show_spinner=False, max_entries=32)
def budget_table(curves: pd.DataFrame, scenario_kwargs: dict, budget: float, vendors: pd.DataFrame | None):
    """The reverse question: the best accuracy each strategy reaches for ``budget`` dollars."""
    return whatif.accuracy_for_budget(get_plan(curves), Scenario(**scenario_kwargs), budget, vendors=vendors)


@st.cache_data(show_spinner=False, max_entries=16)
def steer(measured: pd.DataFrame, scenario_kwargs: dict, target: float, strategy: str | None,
          confidence: float, value_per_point: float, inputs: tuple = ()):
    """A campaign's next order and optimal stop (`alplan replan`); ``inputs``: (name, value) pairs, 0 = not given."""
    return steering.campaign_advice(measured, Scenario(**scenario_kwargs), target, strategy=strategy,
                                      confidence=confidence, value_per_point=value_per_point, **dict(inputs))


def load_scenario() -> None:
    state["scenario_message"] = saved.load(db_path(), state.get("scenario_pick"), state, SCENARIO_KEYS,
                                           lambda records: read_vendors(pd.DataFrame.from_records(records)))


def save_scenario() -> None:
    table = state.get("vendor_table")
    table = state.get("vendor_base", default_vendors(None)) if table is None else table  # the page's edits included
    state["scenario_message"] = saved.save(db_path(), state.get("scenario_name"), state, SCENARIO_KEYS,
                                           vendor_records(table))


# ------------------------------------------------------------ sidebar

(datasets, models, strategies), vendors_default = available_choices(), default_vendors(None)


def number(label: str, key: str, help: str | None = None, **kw) -> None:  # noqa: A002
    st.number_input(label, key=key, help=help, **kw)


def sidebar() -> tuple:
    """The scenario's widgets; returns the slots filled once the vendor table is read (vendor, turnaround)."""
    st.header("Scenario")
    number("Target", "target", "The score to reach (0-1).", min_value=0.05, max_value=0.999, step=0.005, format="%.3f")
    metric_slot = st.empty()  # the metric the target is in: the curves' columns, once they are read
    st.radio("Label price from", PRICE_SOURCES, key="price_source", horizontal=True,
             help="Type a price per label, or take it from a vendor in the vendor table.")
    by_price = state["price_source"] == PRICE_SOURCES[0]
    vendor_slot = None if by_price else st.empty()  # filled below the vendor table (this run's edits)
    if by_price:
        number("Label price ($ per label)", "label_price", "What one label costs you, before QA overhead.",
               min_value=0.0001, step=0.01, format="%.4f")
    number("QA / overhead multiplier", "qa_multiplier", "Multiplies the label cost: 1.2 = 20% extra for review "
           "and overhead.", min_value=1.0, step=0.05)
    number("Engineering days to set up AL", "engineering_days", "One-off engineering time to build the "
           "active-learning loop.", min_value=0.0, step=1.0)
    st.radio("Engineering cost from", RATE_SOURCES, key="rate_source", horizontal=True)
    if state["rate_source"] == RATE_SOURCES[0]:
        number("Day rate ($)", "day_rate", "Cost of one engineering day.", min_value=0.0, step=50.0)
    else:
        number("Yearly salary ($)", "salary", "Fully loaded yearly cost of the engineer.", min_value=0.0, step=5000.0)
        number("Working weeks per year", "working_weeks", "A day costs salary / (5 x working weeks).",
               min_value=1.0, max_value=52.0, step=1.0)
    number("Compute per AL round ($)", "compute_per_round", "Retraining and scoring the pool once (GPU hours x "
           "price).", min_value=0.0, step=0.5)
    turnaround_slot = None if by_price else st.empty()  # the vendor's days, shown below the vendor table
    if by_price:
        number("Turnaround per batch (days)", "turnaround_days", "Calendar days from sending a batch to the "
               "labelers to getting it back.", min_value=0.0, step=0.5)
    number("AL batch size (labels per round)", "batch_size", "Labels bought per active-learning round; empty: "
           "the batch size of the curves.", min_value=1, step=10, placeholder="as in the curves")
    number("Unlabeled pool size", "pool_size", "Examples available to label: no path can buy more than this; "
           "empty: no limit.", min_value=1, step=1000, placeholder="unlimited")
    number("Cost of a day's delay ($)", "delay_cost_per_day", "Optional: what each calendar day until the target "
           "costs you.", min_value=0.0, step=100.0)
    with st.expander("Label quality and confidence"):
        number("Classes in your task", "n_classes", "Used by the label-noise correction (noisy labels are worth "
               "less with fewer classes); empty: the classes of the data the curves come from.", min_value=2,
               step=1, placeholder="from the data")
        number("Label error rate", "label_error", "Share of bought labels that are wrong; empty: the vendor's "
               "error rate, else the noise the curves were simulated at.", min_value=0.0, max_value=0.99,
               step=0.01, format="%.3f", placeholder="the vendor's, else as simulated")
        number("Votes per item", "votes", "Labels bought per item, majority vote: the price times the votes, fewer "
               "errors.", min_value=1, max_value=15, step=1)
        number("Confidence for the label budget", "confidence", "'Buy N labels to reach the target with this "
               "probability' below the verdict.", min_value=0.5, max_value=0.99, step=0.05, format="%.2f")
    with st.expander("Save / load scenario"):
        st.text_input("Scenario name", key="scenario_name")
        st.button("Save scenario", key="save_scenario", on_click=save_scenario)
        st.selectbox("Saved scenarios", saved.names(db_path()), key="scenario_pick", index=None, placeholder="choose one")
        st.button("Load scenario", key="load_scenario", on_click=load_scenario)
        message = state.pop("scenario_message", None)
        if message:  # md(): a scenario name is shown as typed, never as Markdown
            {"success": st.success, "warning": st.warning}.get(message[0], st.error)(md(message[1]))
    st.header("Curves")
    st.radio("Where the learning curves come from", SOURCES, key="source")
    return vendor_slot, turnaround_slot, metric_slot


with st.sidebar:
    vendor_slot, turnaround_slot, metric_slot = sidebar()


def sim_settings(proxy: bool) -> dict:
    """Simulation widgets (shared by the proxy and the uploaded-data paths)."""
    c1, c2, c3 = st.columns(3)
    if proxy:
        if state["sim_dataset"] not in datasets:
            state["sim_dataset"] = next(iter(datasets))
        c1.selectbox("Proxy data set", list(datasets), key="sim_dataset",
                     help="; ".join(f"{k}: {v}" for k, v in datasets.items()))
    if state["sim_model"] not in models:
        state["sim_model"] = next(iter(models))
    c2.selectbox("Model", list(models), key="sim_model", help="; ".join(f"{k}: {v}" for k, v in models.items()))
    refused = strategies_refused(state["sim_model"])
    offered = [s for s in strategies if s not in refused]  # a pair the learner cannot serve is not offered
    state["sim_strategies"] = ([s for s in state["sim_strategies"] if s in offered]
                               or [s for s in ("random", "margin") if s in offered])
    c3.multiselect("Strategies", offered, key="sim_strategies",
                   help="Keep 'random': it is the baseline every AL strategy is priced against.")
    if refused:
        c3.caption(md(f"Not offered with {state['sim_model']}: {', '.join(refused)} (they need MC-dropout "
                      "samples; this learner has no dropout). Choose mlp or cnn for them."))
    c1, c2, c3, c4 = st.columns(4)
    c1.number_input("Seeds", min_value=1, max_value=20, step=1, key="sim_seeds")
    c2.number_input("Initial labels", min_value=2, step=10, key="sim_initial")
    c3.number_input("Batch size", min_value=1, step=10, key="sim_batch")
    c4.number_input("Rounds", min_value=1, max_value=500, step=5, key="sim_rounds")
    return proxy_settings() if proxy else {k: v for k, v in proxy_settings().items() if k != "datasets"}


def proxy_settings() -> dict:
    """The proxy simulation's settings from the session (defaults where its widgets are hidden)."""
    return dict(datasets=(state["sim_dataset"],), model=state["sim_model"], strategies=tuple(state["sim_strategies"]),
                seeds=tuple(range(int(state["sim_seeds"]))), initial=int(state["sim_initial"]),
                batch_size=int(state["sim_batch"]), rounds=int(state["sim_rounds"]))


def progress_bar(estimate_s: float | None = None, cost=None, cancel_key: str | None = None):
    """(slot, rounds callback): a bar that moves every round with the time left, and a Cancel button
    (``cancel_key`` names the simulation: the next run of the page then waits for "Start simulation")."""
    slot = st.empty()
    start = time.perf_counter()
    bar, first = [slot], [None]  # the bar's slot under the button; the rounds already stored when it started

    def cancel() -> None:
        state["sim_cancelled"] = cancel_key

    def rounds(done: int, total: int) -> None:
        if first[0] is None:
            first[0] = done
            if cancel_key is not None:
                with slot.container():
                    st.button("Cancel the simulation", key="sim_cancel", on_click=cancel, icon=":material/cancel:")
                    bar[0] = st.empty()
        text = estimate.eta_text(done - first[0], total - first[0], time.perf_counter() - start, estimate_s, cost)
        bar[0].progress(min(done / max(total, 1), 1.0), text=text)

    return slot, rounds


def upload_ok(upload) -> bool:
    if upload.size > MAX_UPLOAD_MB * 1024 * 1024:
        st.error(md(f"{upload.name} is {upload.size / 2**20:.1f} MB; the limit is {MAX_UPLOAD_MB} MB: "
                    "upload a smaller sample"), icon=":material/error:")
        return False
    return True


def labeled_upload() -> tuple:
    """The labeled-data path: (curves, (file name, rows) of the pool, classes, source), Nones until valid."""
    upload = st.file_uploader("Labeled pilot data (CSV, Parquet or NPZ with arrays X and y)",
                              type=["csv", "parquet", "npz"], key="data_file",
                              help="Features plus a label column; it is simulated here like a proxy set.")
    st.text_input("Label column (CSV / Parquet)", key="label_column")
    valid = upload is not None and upload_ok(upload)
    facts = None
    if valid:  # a small file gets simulation settings fitted to its size (once per file)
        with contextlib.suppress(ValueError, OSError):  # the simulation below reports what is wrong with it
            facts = upload_facts(upload.getvalue(), upload.name, state["label_column"])
        digest = hashlib.sha256(upload.getvalue()).hexdigest()
        need = int(state["sim_initial"]) + int(state["sim_batch"]) * int(state["sim_rounds"])
        if facts is not None and state.get("fitted_for") != digest and need > facts[1]:
            fitted = estimate.fitted_settings(facts[1], facts[2])
            state.update(fitted, fitted_for=digest,
                         fitted_note=estimate.fitting_note(upload.name, facts[1], need, fitted))
        if facts is not None and state.get("fitted_for") == digest and state.get("fitted_note"):
            st.caption(md(state["fitted_note"]))
    settings = sim_settings(proxy=False)
    if not valid:
        return None, None, None, None
    bar, rounds = progress_bar()
    try:  # the loader's checks at the upload's limits (a decompression bomb stops here), then simulate
        rows = upload_facts(upload.getvalue(), upload.name, state["label_column"])[0]
        curves = simulate_upload(upload.getvalue(), upload.name, dict(settings, label_column=state["label_column"]),
                                 rounds=rounds)
    except (ValueError, OSError) as exc:
        st.error(md(f"{upload.name}: {str(exc).splitlines()[0]}"), icon=":material/error:")
        return None, None, None, None
    finally:
        bar.empty()
    return curves, (upload.name, rows), facts[2] if facts else None, {"kind": "file", "name": upload.name}


def proxy_curves(settings: dict | None) -> pd.DataFrame:
    """The proxy simulation's curves; a long one says how long first, and can be cancelled."""
    chosen, db = settings or proxy_settings(), str(db_path())
    name = json.dumps(chosen, sort_keys=True, default=list)
    estimate_s = cost = None
    state["sim_name"] = name
    note = st.empty()
    if json.dumps(["proxy", chosen, db], sort_keys=True, default=str) not in simulation_memo():
        try:
            n_runs, n_rounds, estimate_s, cost = estimate.simulation_estimate(chosen, db, round_cost)
        except (ValueError, OSError) as exc:
            st.error(md(str(exc).splitlines()[0]), icon=":material/error:")
            st.stop()
        cancelled = state.get("sim_cancelled") == name
        about = f"about {estimate.duration(estimate_s)}"
        if n_runs and (cancelled or estimate_s > estimate.LONG_SIMULATION_SECONDS):
            why = "You cancelled the simulation" if cancelled else "This simulation is long"
            with note.container():
                st.info(f"{why}: {n_runs} runs of {n_rounds // n_runs} rounds, {about} on this machine (measured). "
                        "Fewer seeds, strategies or rounds, or the logreg model, make it shorter; finished runs "
                        "are kept.", icon=":material/schedule:")
                start = st.button("Start simulation", key="sim_start", type="primary")
            if not start:
                st.stop()
            state["sim_cancelled"] = None
        if n_runs:
            note.caption(f"Simulating {n_runs} runs: {about} (measured on this machine).")
    bar, rounds = progress_bar(estimate_s, cost, cancel_key=name)
    try:
        return simulate_proxy(chosen, db, rounds=rounds)
    except (ValueError, OSError) as exc:
        st.error(md(str(exc).splitlines()[0]), icon=":material/error:")
        st.stop()
    finally:
        bar.empty()
        note.empty()  # the "Simulating ..." line goes with the simulation


# ------------------------------------------------------------ main page: the curves

st.title("Does active learning pay off for us?")
st.caption("alplan simulates active-learning strategies, fits their learning curves and prices every "
           "path to your target: labels, engineering, compute and calendar time.")

curves = file_rows = data_classes = curve_source = settings = None  # file_rows: no path buys more than the file
source = state["source"]
with st.expander("Learning curves: source and settings", expanded=source != SOURCES[0]):
    if source == SOURCES[1]:
        upload = st.file_uploader("Pilot learning curve (CSV: n_labels, accuracy[, strategy, seed])", type=["csv"],
                                  key="curve_file", help="One row per measurement; accuracy in 0-1 (or percent).")
        if upload is not None and upload_ok(upload):
            try:
                curves = parse_curve_upload(upload.getvalue(), name=upload.name)
                curve_source = {"kind": "pilot", "name": upload.name}
            except (ValueError, OSError) as exc:
                st.error(md(f"{upload.name}: {str(exc).splitlines()[0]}"), icon=":material/error:")
    elif source == SOURCES[2]:
        curves, file_rows, data_classes, curve_source = labeled_upload()
    else:
        settings = sim_settings(proxy=True)

NOTE_KEYS = ("metric_note", "strategy_note")  # the transfer note is one of the verdict's notes
curve_notes = [] if curves is None else [curves.attrs[k] for k in NOTE_KEYS if curves.attrs.get(k)]
if curves is not None and source == SOURCES[1] and set(curves["strategy"].astype(str)) == {"random"}:
    st.checkbox("The pilot is random sampling only: estimate the AL strategies from the proxy simulation "
                "(label-efficiency ratios measured on the proxy)", key="use_transfer")
    if state["use_transfer"]:
        try:
            curves = transfer_pilot(curves, proxy_curves(settings))
            curve_source = dict(curve_source, kind="transferred")
        except (ValueError, OSError) as exc:
            st.error(md(f"transfer: {str(exc).splitlines()[0]}"), icon=":material/error:")
    else:
        st.caption("Transfer is off: the verdict has random sampling only, so there is no AL strategy to compare.")
if curves is None:
    if source != SOURCES[0]:
        st.info("Showing the proxy simulation until a valid file is uploaded.")
    curves, curve_source = proxy_curves(settings), None
if curve_source is None:  # the proxy: its classes and what it is
    proxy_name = (settings or proxy_settings())["datasets"][0]
    data_classes, _, proxy_about = dataset_facts(proxy_name)
    curve_source = {"kind": "proxy", "name": proxy_name, "about": proxy_about}
measured_curves = curves  # as read (the download); the verdict reads the metric chosen beside the target
metrics, state["metric"], curves = metric_choice(curves, state["metric"], curve_source["kind"])
metric_slot.selectbox("Target metric", metrics, key="metric", help=views.METRIC_HELP)
curve_notes += [curves.attrs[k] for k in NOTE_KEYS if curves.attrs.get(k) and curves.attrs[k] not in curve_notes]
for note in curve_notes:
    st.caption(md(f"Curves: {note}"))

# The vendor table, editable in place; its edits feed the vendor choice, the vendor price and the vendor chart.
with st.expander("Vendor table (editable; indicative public prices, see sources)"):
    edited = st.data_editor(state.get("vendor_base", vendors_default), key="vendors_editor", num_rows="dynamic",
                            hide_index=True, width="stretch")
    try:
        vendors = state["vendor_table"] = read_vendors(edited)
    except (ValueError, OSError) as exc:  # one line; everything else keeps the last valid table
        vendors = state.get("vendor_table", vendors_default)
        st.error(md(f"{str(exc).splitlines()[0]}; the verdict keeps the last valid table"), icon=":material/error:")
if vendor_slot is not None:
    vendor_names = [str(v) for v in vendors["name"]]
    if state.get("vendor") not in vendor_names:
        state["vendor"] = vendor_names[0] if vendor_names else None
    vendor_slot.selectbox("Vendor", vendor_names, key="vendor",
                          help="Price, turnaround and label error come from the vendor table (editable on the page).")
if turnaround_slot is not None:  # the days the verdict uses: the vendor's, shown (not a greyed default)
    chosen = vendors[vendors["name"].astype(str) == str(state.get("vendor"))]
    state["vendor_turnaround"] = float(chosen["turnaround_days"].iloc[0]) if len(chosen) else DEFAULT_TURNAROUND_DAYS
    turnaround_slot.number_input("Turnaround per batch (days, the vendor's)", key="vendor_turnaround",
                                 disabled=True, format="%.1f",
                                 help="Calendar days per batch, from the vendor table: edit it there.")

# ------------------------------------------------------------ the scenario and the verdict

pool_size = None if state["pool_size"] is None else int(state["pool_size"])
if file_rows is not None:  # the uploaded file is the pool: never promise more labels than it holds
    name, rows_in_file = file_rows
    if pool_size is None or pool_size > rows_in_file:
        st.caption(md(f"Pool: the {views.plural(rows_in_file, 'row')} of {name}"
                      + (f" (not the {views.count(pool_size)} entered: the file holds fewer)" if pool_size else "")
                      + "; no path can buy more labels than that."))
        pool_size = rows_in_file
by_vendor, by_salary = state["price_source"] == PRICE_SOURCES[1], state["rate_source"] == RATE_SOURCES[1]
n_classes = state["n_classes"] or data_classes
if not n_classes:
    n_classes = SCENARIO_DEFAULTS["n_classes"]
    st.caption(f"Classes: {n_classes} assumed for the label-noise correction (a pilot curve does not say); "
               "set 'Classes in your task' in the sidebar.")
try:  # the CLI's builder: every input named, none left to a silent default
    scenario = build_scenario(
        label_price=None if by_vendor else float(state["label_price"]), vendor=state["vendor"] if by_vendor else None,
        engineering_days=float(state["engineering_days"]), day_rate=None if by_salary else float(state["day_rate"]),
        salary=float(state["salary"]) if by_salary else None, working_weeks=float(state["working_weeks"]),
        compute_per_round=float(state["compute_per_round"]), gpu_hours_per_round=None, gpu_hour_price=None,
        final_compute=None, turnaround_days=None if by_vendor else float(state["turnaround_days"]),
        batch_size=None if state["batch_size"] is None else int(state["batch_size"]), initial=None,
        pool_size=pool_size, qa_multiplier=float(state["qa_multiplier"]),
        delay_cost_per_day=float(state["delay_cost_per_day"]),
        label_error=None if state["label_error"] is None else float(state["label_error"]),
        n_classes=int(n_classes), votes=int(state["votes"]), confidence=float(state["confidence"]),
    )
    ceiling = (whole_pool.pool_ceiling(config.SimulationConfig(**(settings or proxy_settings())), db=str(db_path()))  # stored once
               if curve_source["kind"] == "proxy" and state["metric"] == "accuracy" else None)
    if ceiling and scenario.pool_size in (None, ceiling["n_pool"]):  # a proxy knows its ceiling (on its own pool)
        scenario = replace(scenario, pool_accuracy=ceiling["accuracy"], pool_accuracy_se=ceiling["se"],
                           pool_size=ceiling["n_pool"])
        st.caption(md(views.ceiling_line(ceiling)))
    scenario_kwargs, target = asdict(scenario), float(state["target"])
    decision, frames, notes, specs, curves_batch = plan(curves, scenario_kwargs, target, vendors)
except (ValueError, OSError) as exc:
    st.error(md(str(exc).splitlines()[0]), icon=":material/error:")
    st.stop()
verdict, view = decision.to_dict(), views.present(decision)
TEXT = st.column_config.TextColumn


def show_verdict() -> None:
    """The verdict as planner.present.views words it: sentence, metrics, lines, warnings, the table and its notes."""
    st.subheader("Verdict")
    st.caption(md(views.curves_line(curve_source, curves, decision)))
    with st.container(border=True, key="verdict_sentence"):
        st.text(view.sentence)  # plain text: strategy names and dollar signs are not Markdown
    columns = st.columns(2) + st.columns(2)  # two by two: a label and its number stay whole in a 1,024 px window
    for slot, m in zip(columns, view.metrics):
        slot.metric(md(m.label) if m.named else m.label, md(m.value), help=m.help)
        if m.caption:
            slot.caption(md(m.caption))
    st.markdown(md(view.break_even) + "  \n" + md(view.price))
    pilot = voi.pilot_extension(curves, scenario, target, vendors=vendors)  # as `alplan plan`; draws cached
    for line in filter(None, (view.budget, pilot and views.pilot_line(pilot), view.track)):  # budget, pilot, record
        st.markdown(md(line))
    for warning in view.warnings:
        st.warning(md(warning), icon=":material/warning:")
    rows = pd.DataFrame(verdict["strategies"])  # the Decision's fields, and the presenter's words for them
    for key in views.COLUMNS:
        rows[f"{key}_text"] = [r[key] for r in view.rows]
    rows["p_cheaper"], rows["range"] = rows["p_cheaper_text"], rows["range_text"]
    rows["recommended"] = [r["recommended"] for r in view.rows]
    cols = view.columns
    config = {f"{k}_text": TEXT(cols[k][0], help=cols[k][1]) for k in views.COLUMNS}
    config["labels_text"] = TEXT(cols["labels"][0], help=f"{cols['labels'][1]}, as measured with AL batches of "
                                                         f"{curves_batch}")
    st.dataframe(rows, key="strategies_table", hide_index=True, width="stretch", column_config=config,
                 column_order=[f"{k}_text" for k in views.table_columns(view)])
    for reason in view.reasons:  # why a path is unreachable (its far-extrapolation warnings are the boxes above)
        st.caption(md(reason))
    your_batch = verdict["scenario"].get("batch_size")
    if your_batch is not None and int(your_batch) != curves_batch:
        st.caption(md(f"Labels to target are as measured with AL batches of {curves_batch}: your batch of "
                      f"{int(your_batch)} changes only the number of rounds (their compute and turnaround), "
                      f"not the labels; simulate at batch {int(your_batch)} to measure its effect."))
    with st.expander("Cost breakdown per path"):
        st.dataframe(rows, key="cost_breakdown", hide_index=True, width="stretch", column_config=config,
                     column_order=[f"{k}_text" for k in views.BREAKDOWN])
    st.caption(md(view.rule))
    for note in view.notes:
        st.caption(md(f"Note: {note}"))


def steer_section() -> None:
    """Steer a running campaign: the rounds measured so far in, the next order out (as `alplan replan`)."""
    st.caption("Upload the rounds measured so far: the next order to reach the target with the scenario "
               "in the sidebar (prices, turnaround, delay, pool), as `alplan replan`.")
    campaign = st.file_uploader("Measured rounds (CSV: n_labels, accuracy[, strategy, seed])", type=["csv"],
                                key="campaign_file", help="One row per measurement; accuracy in 0-1 (or percent).")
    c1, c2 = st.columns(2)
    c1.number_input("Confidence for the order", min_value=0.5, max_value=0.99, step=0.05, format="%.2f",
                    key="campaign_confidence", help=views.CAMPAIGN_CONFIDENCE_HELP)
    c2.number_input("What one accuracy point is worth ($)", min_value=0.0, step=100.0, key="value_per_point",
                    help="Dollars one accuracy point (0.01) is worth to you; 0 = skip the optimal-stop advice.")
    for slot, (key, label, step, top, text) in zip(st.columns(len(views.CAMPAIGN_INPUTS)), views.CAMPAIGN_INPUTS):
        slot.number_input(label, min_value=0 if isinstance(step, int) else 0.0, max_value=top, step=step, key=key,
                          help=text)
    if campaign is None or not upload_ok(campaign):
        return
    try:
        measured = read_curves(parse_curve_upload(campaign.getvalue(), name=campaign.name), metric=state["metric"])
        names = sorted(set(measured["strategy"].astype(str)))
        picked = st.selectbox("The campaign's strategy", names, key="campaign_strategy") if len(names) > 1 else None
        inputs = tuple((key.removeprefix("campaign_"), type(step)(state[key] or 0))
                       for key, _, step, _, _ in views.CAMPAIGN_INPUTS)
        order, stop = steer(measured, scenario_kwargs, target, picked, float(state["campaign_confidence"]),
                            float(state["value_per_point"] or 0.0), inputs)
    except (ValueError, OSError) as exc:
        st.error(md(f"{campaign.name}: {str(exc).splitlines()[0]}"), icon=":material/error:")
        return
    unnamed = measured.attrs.get("strategy_note")  # no strategy column: "your campaign", not "random"
    st.text(views.campaign_text(order, stop, "your campaign" if unnamed else None))  # plain text, not Markdown
    metrics = views.order_metrics(order)
    for row in (metrics[:3], metrics[3:]):
        for slot, m in zip(st.columns(3), row):
            slot.metric(m.label, md(m.value), help=m.help)


def budget_section() -> None:
    """The reverse question: what a fixed budget buys, per strategy."""
    st.number_input("Budget ($)", min_value=1.0, step=500.0, key="budget",
                    help="Everything included: labels, engineering, compute and delay.")
    try:
        bought = budget_table(curves, scenario_kwargs, float(state["budget"]), vendors)
    except (ValueError, OSError) as exc:
        st.error(md(str(exc).splitlines()[0]), icon=":material/error:")
        return
    text = pd.DataFrame(views.budget_rows(bought)).add_suffix("_text")
    st.dataframe(pd.concat([bought.reset_index(drop=True), text], axis=1), hide_index=True, width="stretch",
                 column_order=("strategy", "labels_text", "total_text", "accuracy_text", "range_text", "best", "note"),
                 column_config={"labels_text": TEXT("labels bought"), "total_text": TEXT("total $"),
                                "accuracy_text": TEXT("accuracy (median)"),
                                "range_text": TEXT(view.band, help="accuracy over the forecasts")})


show_verdict()
with st.expander("Steer a running campaign"):
    steer_section()
with st.expander("The reverse question: what does a fixed budget buy?"):
    budget_section()
for tab, (title, spec) in zip(st.tabs(list(specs)), specs.items()):  # Altair charts as cached Vega-Lite specs
    with tab:
        st.vega_lite_chart(spec, width="stretch", key=f"chart_{title}")
for note in notes:
    st.caption(md(note))

st.subheader("Downloads")
d1, d2, d3 = st.columns(3)
d1.download_button("Curves (CSV)", schema.to_safe_csv(measured_curves), file_name="curves.csv",  # formulas as text
                   mime="text/csv", key="dl_curves", on_click="ignore")
d2.download_button("Plan (JSON)", json.dumps(verdict, indent=2), file_name="plan.json",
                   mime="application/json", key="dl_plan", on_click="ignore")
d3.download_button("Report (HTML)",
                   lambda: report.render_report(curves, scenario, decision, vendors=vendors, frames=frames, notes=notes),
                   file_name="alplan-report.html", mime="text/html", key="dl_report", on_click="ignore")
