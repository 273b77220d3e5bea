"""alplan dashboard (Streamlit): widgets and layout only (``make run``).

``planner.decide.inputs`` completes the scenario from the widgets and the curves' source; ``planner`` computes the
verdict and ``planner.present``'s views word it, as for the CLI and the report; ``simulations`` simulates (stored in
the results database, ``$ALPLAN_DB``, else the CLI's). ``ALPLAN_APP_QUICK=1`` shrinks the default simulation.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
from dataclasses import asdict
from typing import NoReturn

import streamlit as st
from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

st.set_page_config(page_title="alplan: does active learning pay off?", layout="wide")
st.title("Does active learning pay off for us?")  # before the slow imports: the page is never blank while they run
with st.spinner("Loading the planner and the simulator", show_time=True):  # shown after half a second
    import pandas as pd
    from planner.campaign.page import page_answer, page_campaign
    from planner.decide import inputs
    from planner.decide.campaign import steer as steering
    from planner.decide.vendors import read_vendors, vendor_records
    from planner.forecast.io import read_curves
    from planner.forecast.transfer import transfer
    from planner.present import hybrid_view, page_lines as lines, report
    from planner.present.campaign_page import WHY_TITLE, campaign_blocks
    from planner.present.headline import standin_prefix
    from planner.present.budget_view import BUDGET_TABLE, budget_heads, budget_note, default_budget
    from planner.present.page_lines import PRICE_SOURCES, RATE_SOURCES, SOURCES, labelled, md
    from planner.present.page_blocks import Boxed, Chart, Table, Tiles, Words, breakdown_blocks, captions, \
        sure_blocks, verdict_head, verdict_rest
    from planner.present.steering_view import CAMPAIGN_INPUTS, campaign_text, order_metrics
    from planner.present.verdict_view import present
    from planner.campaign.standing import files_stamp
    from simulations.data import uploads
    from simulations.results import saved, schema
    from simulations.run import ceiling as whole_pool, config, estimate, upload as run_upload
    from simulations.run.executors import run_grid

MAX_UPLOAD_MB = 50  # keep equal to server.maxUploadSize in .streamlit/config.toml
QUICK = os.environ.get("ALPLAN_APP_QUICK", "").strip() not in ("", "0")
DEFAULTS = lines.page_defaults(quick=QUICK)  # the CLI's defaults, the steering inputs' 0 (not given)
state, TEXT = st.session_state, st.column_config.TextColumn
db_path = functools.partial(config.default_db, create=True)  # the CLI's results database; its folder made
for _key, _value in DEFAULTS.items():
    state.setdefault(_key, list(_value) if isinstance(_value, list) else _value)


def fail(text, prefix: str = "", slot=st) -> None:  # one line, markup escaped
    slot.error(md(lines.one_line(text, prefix)), icon=":material/error:")


def halt(text, prefix: str = "", slot=st) -> NoReturn:  # its one line, then nothing below it runs
    fail(text, prefix, slot)
    st.stop()


def show(blocks, slot=st) -> None:
    """The views' blocks (``planner.present.page_blocks``) drawn in ``slot``, in order; possible user text escaped."""
    for b in blocks:
        if isinstance(b, Words):
            draw = {"warning": functools.partial(slot.warning, icon=":material/warning:"),
                    "code": functools.partial(slot.code, language="bash", wrap_lines=True)}.get(b.kind)
            (draw or getattr(slot, b.kind))(md(b.text) if b.user and b.kind not in ("text", "code") else b.text)
        elif isinstance(b, Table):
            slot.dataframe(pd.DataFrame(b.rows), key=b.key, hide_index=True, width="stretch", column_order=b.order,
                           column_config={k: TEXT(head, help=text) for k, (head, text) in b.heads.items()})
        elif isinstance(b, Tiles):  # per_row a row, the last holding those left: no empty column
            for row in b.rows():
                for col, m in zip(slot.columns(len(row)), row):
                    col.metric(md(m.label) if m.named else m.label, md(m.value), help=md(m.help) if m.named else m.help)
                    if m.caption:
                        col.caption(md(m.caption))
        elif isinstance(b, Chart):  # a cached Vega-Lite spec
            slot.vega_lite_chart(b.spec, width="stretch", key=b.key)
        elif isinstance(b, Boxed):
            slot.container(border=True, key=b.key).text(b.text)  # plain text, never Markdown
        else:  # Tabs
            for tab, (_, inner) in zip(slot.tabs([name for name, _ in b.tabs]), b.tabs):
                show(inner, tab)


ASKED: list[str] = []  # the number inputs drawn this run: their bounds are checked before they are used


def number(*keys: str, slot=st) -> None:  # labels, help and bounds: planner.present.page_lines.PAGE_INPUTS
    for key in keys:
        label, text, options = lines.page_input(key)  # kept while hidden: switching sources changes no setting
        slot.number_input(label, key=key, help=text, persist_state="page", **options)
        ASKED.append(key)


# ------------------------------------------------------------ cached work (st.cache_* lives here only)
available_choices = st.cache_data(show_spinner=False)(config.available_choices)
strategies_refused = st.cache_data(show_spinner=False)(config.refused_strategies)
timed = st.cache_data(show_spinner=False, max_entries=32)  # the estimate's timings, by settings
round_cost, round_probe = timed(estimate.measure_rounds), timed(estimate.probe_rounds)
dataset_facts = st.cache_data(show_spinner=False, max_entries=8)(config.dataset_facts)
parse_curve_upload = st.cache_data(show_spinner=False, max_entries=8)(read_curves)  # (data, name=the user's)
transfer_pilot = st.cache_data(show_spinner=False, max_entries=8)(transfer)
default_vendors = st.cache_data(show_spinner=False)(read_vendors)  # default_vendors(None): the shipped table
page_parts = st.cache_data(show_spinner=False, max_entries=32)(report.page_parts)  # the verdict, charts, notes
campaign_advice = st.cache_data(show_spinner=False, max_entries=16)(steering.campaign_advice)  # `alplan replan`
campaign_answer = st.cache_data(show_spinner=False, max_entries=8)(page_campaign)  # `alplan plan DIR`: its words
campaign_record = st.cache_data(show_spinner=False, max_entries=8)(page_answer)  # and its record
hybrid_page = st.cache_data(show_spinner=False, max_entries=16)(hybrid_view.page_parts)  # `alplan hybrid`
budget_table = st.cache_data(show_spinner=False, max_entries=32)(report.budget_frame)  # `alplan budget`


@st.cache_data(show_spinner=False, max_entries=8)
def upload_facts(data: bytes, name: str, label_column: str) -> tuple[int, int, int]:  # (rows, pool, classes)
    return uploads.upload_facts(data, name, label_column, MAX_UPLOAD_MB * 1024 * 1024)


@st.cache_resource(show_spinner=False)
def simulation_memo() -> dict:  # curves by settings, shared by sessions (their progress bar is drawn outside)
    return {}


def load_scenario() -> None:
    state["scenario_message"] = saved.load(db_path(), state.get("scenario_pick"), state, inputs.SAVED_KEYS,
                                           lambda records: read_vendors(pd.DataFrame.from_records(records)))


def save_scenario() -> None:  # with the page's vendor edits
    if (table := state.get("vendor_table")) is None:
        table = state.get("vendor_base", default_vendors(None))
    state["scenario_message"] = saved.save(db_path(), state.get("scenario_name"), state, inputs.SAVED_KEYS,
                                           vendor_records(table))


# ------------------------------------------------------------ sidebar: the scenario
(datasets, models, strategies), vendors_default = available_choices(), default_vendors(None)
with st.sidebar:
    st.header("Scenario")
    number("target")
    metric_slot, cost_slot = st.empty(), st.empty()  # the target's metric, and deciding in cost: once curves are read
    st.radio(options=PRICE_SOURCES, key="price_source", horizontal=True, **labelled("price_source"))
    by_vendor = state["price_source"] == PRICE_SOURCES[1]
    vendor_slot = st.empty() if by_vendor else number("label_price")  # the vendor: chosen below its table
    number("qa_multiplier", "al_label_premium", "engineering_days")
    st.radio("Engineering cost from", RATE_SOURCES, key="rate_source", horizontal=True)
    by_salary = state["rate_source"] == RATE_SOURCES[1]
    number(*(("salary", "working_weeks") if by_salary else ("day_rate",)))
    number("compute_per_round")
    turnaround_slot = st.empty() if by_vendor else number("turnaround_days")  # by vendor: its own, set below
    number("batch_size", "delay_cost_per_day", "pool_size")
    pool_slot = st.empty()  # the pool the verdict uses, once it is known
    with st.expander("Label quality and confidence"):
        number("n_classes", "label_error", "votes", "confidence")
    with st.expander("Save / load scenario"):
        st.text_input("Scenario name", key="scenario_name")
        st.button("Save scenario", key="save_scenario", on_click=save_scenario)
        st.selectbox("Saved scenarios", saved.names(db_path()), key="scenario_pick", index=None,
                     placeholder="choose one")
        st.button("Load scenario", key="load_scenario", on_click=load_scenario)
        message = state.pop("scenario_message", None)
        if message:  # md(): a scenario name is shown as typed, never as Markdown
            {"success": st.success, "warning": st.warning}.get(message[0], st.error)(md(message[1]))
    st.header("Curves")
    st.radio("Where the learning curves come from", SOURCES, key="source")


def sim_settings(proxy: bool) -> dict:
    """Simulation widgets (shared by the proxy and the uploaded-data paths); returns the settings."""
    c1, c2, c3 = st.columns(3) if proxy else (None, *st.columns(2))  # a labeled file: no data set to choose
    for slot, key, names in ((c1, "sim_dataset", datasets), (c2, "sim_model", models))[0 if proxy else 1:]:
        state[key] = state[key] if state[key] in names else next(iter(names))
        slot.selectbox("Proxy data set" if key == "sim_dataset" else "Model", list(names), key=key,
                       help="; ".join(f"{k}: {v}" for k, v in names.items()))
    refused = strategies_refused(state["sim_model"])
    shown, state["sim_strategies"] = inputs.offered(strategies, refused, state["sim_strategies"])
    c3.multiselect(options=shown, key="sim_strategies", **labelled("sim_strategies"))
    if refused:
        c3.caption(md(lines.not_offered_line(state["sim_model"], refused)))
    for slot, key in zip(st.columns(4), keys := ("sim_seeds", "sim_initial", "sim_batch", "sim_rounds")):
        number(key, slot=slot)
    if problem := lines.out_of_range(state, keys):  # in place of the verdict; nothing simulated on it
        halt(problem, slot=top)
    return inputs.simulation_settings(state, proxy=proxy)


def simulated(key: list, simulate, estimate_s=None, cost=None, cancel_key: str | None = None,
              note=None) -> pd.DataFrame:
    """``simulate(rounds)`` once per ``key``, with a bar of the time left (redrawn every second, so a time that runs
    out between rounds says so) in place of ``note``, and, for ``cancel_key``, a Cancel button."""
    slot, eta, bar, first = st.empty() if note is None else note, estimate.Eta(estimate_s, cost), [None], [None]
    ticker = [None]

    def draw(text: str) -> None:
        bar[0].progress(min(eta.last[0] / max(eta.last[1], 1), 1.0), text=text)

    def rounds(n: int, total: int) -> None:
        if first[0] is None:  # the rounds already stored when it started; the button above the bar
            first[0], bar[0] = n, slot
            with slot.container():
                if cancel_key is not None:
                    st.button("Cancel the simulation", key="sim_cancel", icon=":material/cancel:",
                              on_click=lambda: state.update(sim_cancelled=cancel_key))
                bar[0] = st.empty()
            context = get_script_run_ctx()  # between rounds, each second: the same news, the time moved on
            ticker[0] = estimate.Ticker(lambda: draw(eta.now()), lambda thread: add_script_run_ctx(thread, context))
        ticker[0].call(draw, eta.text(n - first[0], total - first[0]))

    memo, key = simulation_memo(), json.dumps(key, sort_keys=True, default=str)
    try:
        memo[key] = memo.pop(key) if key in memo else simulate(rounds)  # the 16 newest kept
        while len(memo) > 16:
            memo.pop(next(iter(memo)))
        return memo[key]
    finally:
        if ticker[0] is not None:
            ticker[0].stop()
        slot.empty()


def uploader(key: str, types: list[str]):  # label and help: planner.present.lines.PAGE_TEXT
    return st.file_uploader(type=types, key=key, **labelled(key))


def upload_ok(upload, slot=None) -> bool:  # the curves' file (slot=top): its one line in place of the verdict
    if too_big := upload.size > MAX_UPLOAD_MB * 1024 * 1024:
        line = lines.upload_limit_line(upload.name, upload.size, MAX_UPLOAD_MB)
        (fail if slot is None else functools.partial(halt, slot=slot))(line)
    return not too_big


def labeled_upload():
    """The labeled-data path: (curves, source), Nones until the file is valid."""
    upload = uploader("data_file", ["csv", "parquet", "npz"])
    st.text_input("Label column (CSV / Parquet)", key="label_column", persist_state="page")
    valid, facts = upload is not None and upload_ok(upload, top), None
    if valid:  # a small file gets simulation settings fitted to its size (once per file)
        data, name, column = upload.getvalue(), upload.name, state["label_column"]
        with contextlib.suppress(ValueError, OSError):  # the simulation below reports what is wrong with it
            facts = upload_facts(data, name, column)
        digest = hashlib.sha256(data).hexdigest()
        if note := run_upload.fit_once(state, digest, name, facts, inputs.simulation_settings(state, proxy=False)):
            st.caption(md(note))
    settings = dict(sim_settings(proxy=False), label_column=state["label_column"])
    if not valid:
        return None, None
    try:  # the loader's checks at the upload's limits (a decompression bomb stops here), then simulate
        rows, pool, classes = upload_facts(data, name, column)
        curves = simulated(["upload", digest, name, settings],
                           lambda rounds: run_upload.simulate_upload(data, name, settings, round_progress=rounds))
    except (ValueError, OSError) as exc:  # its one line in place of the verdict, as a bad input's
        halt(exc, f"{name}: ", slot=top)
    return curves, inputs.CurveSource("file", name, rows=rows, classes=classes, test_rows=rows - pool)


def proxy_curves(settings: dict | None) -> pd.DataFrame:
    """The proxy simulation's curves (run_grid reads stored runs back); a long one asks first, and can be cancelled."""
    chosen, db = settings or inputs.simulation_settings(state), str(db_path())
    state["sim_name"] = name = json.dumps(chosen, sort_keys=True, default=list)
    note, estimate_s, cost = st.empty(), None, None
    if json.dumps(["proxy", chosen, db], sort_keys=True, default=str) not in simulation_memo():
        try:
            with note, st.spinner(lines.PAGE_TEXT["timing"][0], show_time=True):  # the probe's runs, timed
                n_runs, n_rounds, estimate_s, cost = estimate.simulation_estimate(chosen, db, round_cost,
                                                                                  probe=round_probe)
        except (ValueError, OSError) as exc:
            halt(exc)
        cancelled = state.get("sim_cancelled") == name
        if inputs.ask_first(n_runs, estimate_s, cancelled, estimate.LONG_SIMULATION_SECONDS):
            with note.container():
                st.info(lines.simulation_line(n_runs, n_rounds, estimate.duration(estimate_s), cancelled,
                                              cost.workers), icon=":material/schedule:")
                if not st.button("Start simulation", key="sim_start", type="primary"):
                    st.stop()
            state["sim_cancelled"] = None
        if n_runs:
            note.caption(lines.simulating_line(n_runs, estimate.duration(estimate_s), cost.workers))
    try:
        return simulated(["proxy", chosen, db], lambda rounds: run_grid(  # on the machine's cores
            config.SimulationConfig(**chosen), db=db, workers=None, round_progress=rounds), estimate_s, cost, name,
            note=note)
    except (ValueError, OSError) as exc:
        halt(exc)
    finally:
        note.empty()  # the "Simulating ..." line goes with the simulation (its bar takes its place)


# ------------------------------------------------------------ main page: the curves
top = st.container()  # the verdict sentence, its four numbers and the charts: filled once the curves are read
st.caption(lines.PAGE_TEXT["intro"][0])
curves = source = settings = None
with st.expander("Learning curves: source and settings", expanded=state["source"] != SOURCES[0]):
    if state["source"] == SOURCES[1]:
        upload = uploader("curve_file", ["csv"])
        number("pool_score")  # the user's own whole-pool score: `alplan plan --pool-accuracy`
        try:
            if upload is not None and upload_ok(upload, top):
                curves = parse_curve_upload(upload.getvalue(), name=upload.name)
                source = inputs.CurveSource("pilot", upload.name, measured=float(curves["n_labels"].max()))
        except (ValueError, OSError) as exc:  # its one line in place of the verdict, as a bad input's
            halt(exc, f"{upload.name}: ", slot=top)
    elif state["source"] == SOURCES[2]:
        curves, source = labeled_upload()
    else:
        settings = sim_settings(proxy=True)
curve_notes = [] if curves is None else lines.curve_notes(curves.attrs)  # the transfer's: one of the verdict's
if curves is not None and inputs.wants_transfer(source.kind, curves["strategy"], curves):
    st.checkbox((texts := lines.transfer_texts(curves["strategy"]))[0], key="use_transfer", persist_state="page")
    try:
        if state["use_transfer"]:
            curves = transfer_pilot(curves, proxy_curves(settings))
            source = inputs.CurveSource("transferred", source.name, measured=source.measured)
        else:
            st.caption(texts[1])
    except (ValueError, OSError) as exc:
        fail(exc, "transfer: ")
if curves is None:
    if state["source"] != SOURCES[0]:
        st.info("Showing the proxy simulation until a valid file is uploaded.")
    proxy_name = (settings or inputs.simulation_settings(state))["datasets"][0]
    classes, _, about = dataset_facts(proxy_name)
    source = inputs.CurveSource("proxy", proxy_name, about=about, classes=classes)
    curves = proxy_curves(settings)
measured_curves = curves  # as read (the download); the verdict reads the metric beside the target
metrics, state["metric"], curves, unread = lines.metric_offer(curves, state["metric"], source)  # unread: its line
metric_slot.selectbox("Target metric", metrics, key="metric", help=lines.METRIC_HELP, persist_state="page")
if inputs.has_cost(curves):
    cost_slot.checkbox(key="in_cost", persist_state="page", **labelled("in_cost"))
show(captions(f"Curves: {note}" for note in curve_notes + lines.curve_notes(curves.attrs, curve_notes)))
with st.expander("Vendor table (editable; indicative public prices, see sources)"):  # feeds the choice and the chart
    edited = st.data_editor(state.get("vendor_base", vendors_default), key="vendors_editor", num_rows="dynamic",
                            hide_index=True, width="stretch")
    try:
        vendors = state["vendor_table"] = read_vendors(edited)
    except (ValueError, OSError) as exc:  # one line; everything else keeps the last valid table
        vendors = state.get("vendor_table", vendors_default)
        fail(f"{str(exc).splitlines()[0]}; the verdict keeps the last valid table")
if by_vendor:
    names, state["vendor"] = inputs.vendor_names(vendors, state.get("vendor"))
    vendor_slot.selectbox(options=names, key="vendor", **labelled("vendor"))
    state["vendor_turnaround"] = inputs.vendor_turnaround(vendors, state["vendor"])  # what the verdict uses, shown
    turnaround_slot.number_input(key="vendor_turnaround", disabled=True, format="%.1f", **labelled("vendor_turnaround"))
# ------------------------------------------------------------ the scenario and the verdict
try:  # the CLI's builder and the CLI's whole-pool rule: every input named, none left to a silent default
    if problem := unread or lines.out_of_range(state, ASKED):
        raise ValueError(problem)
    with top, st.spinner(lines.PAGE_TEXT["verdict"][0], show_time=True):  # a whole pool measured, draws priced
        proxy = settings or inputs.simulation_settings(state)  # a proxy's whole-pool accuracy: measured once
        ceiling = inputs.wants_ceiling(source.kind, state["metric"]) and whole_pool.pool_ceiling(
            config.SimulationConfig(**proxy), db=str(db_path()))
        setup = inputs.complete(state, source, by_vendor=by_vendor, by_salary=by_salary, ceiling=ceiling,
                                curves=curves, pool_name=lines.PAGE_INPUTS["pool_size"][0],
                                score_name=lines.PAGE_INPUTS["pool_score"][0], cost_name=lines.PAGE_TEXT["in_cost"][0])
        scenario, target = setup.scenario, float(state["target"])
        decision, frames, notes, specs, curves_batch = page_parts(curves, scenario, target, vendors=vendors)
except Exception as exc:  # never a traceback: one line in place of the verdict, which waits for the fix
    halt(lines.failure_line(exc, source.name), slot=top)
verdict, view = decision.to_dict(), present(decision)
state["verdict_record"] = verdict  # the record every figure of the headline and the tiles is read from
pool_slot.caption(md(lines.pool_in_use_line(scenario.pool_size)))  # the pool the verdict uses, not "unlimited"
folder = (state.get("campaign_folder") or "").strip()  # a campaign's answer is the page's: the stand-in's below it
campaign_top = top.container()
standin = lines.standin_title(source.name) if folder else None
with top.expander(standin) if folder else top:  # what a manager reads: the sentence first, the tiles, the charts
    show(verdict_head(decision, standin_prefix(source.kind, source.name), view, specs, frames, notes,
                      scenario.pool_size))
with st.expander(lines.standin_rest(source.name)) if folder else st.container():  # the table and its evidence
    show(verdict_rest(decision, verdict, view, setup, asdict(source), curves, curves_batch))
    with st.expander("How sure is this?"):  # break-even, budget, pilot extension, track record, the rule, notes
        show(sure_blocks(view, curves_batch, verdict["scenario"].get("batch_size")))
    with st.expander("Cost breakdown per path"):  # a column per path, an item per row: fits 1,280 px
        show(breakdown_blocks(view))
with st.expander("Your campaign", expanded=bool(folder), key="campaign_open"):  # open while the sidebar changes
    if folder := st.text_input(key="campaign_folder", **labelled("campaign_folder")).strip():  # as `plan DIR`
        labels, slots = uploader("source_file", ["csv", "parquet", "pq", "json"]), st.columns(5)  # a source's
        for slot, key in zip(slots, ("source_name", "source_label_column")):
            slot.text_input(key=key, persist_state="page", **labelled(key))
        for slot, key in zip(slots[2:], ("source_price", "source_hourly", "source_turnaround")):
            number(key, slot=slot)
        try:  # with a source's labels: the answer once `campaign add --source` and `measure` kept them, unwritten
            with st.spinner(lines.PAGE_TEXT["verdict"][0], show_time=True):
                asked, upload = lines.campaign_asked(state), labels is not None and upload_ok(labels) and (
                    labels.name, labels.getvalue())
                rec, text, specs = (None, campaign_answer(folder, scenario, target, stamp=files_stamp(folder),
                                                          **asked, upload=upload), None) if upload else campaign_record(
                    folder, scenario, target, stamp=files_stamp(folder), charts=True, **lines.record_asked(asked))
            if rec is not None:  # at the top of the page; its lead, then why, in this section
                head, lead, why = campaign_blocks(rec, text, specs)
                show(head, campaign_top)
                show(lead)
                with st.expander(WHY_TITLE, key="campaign_why"):  # as `alplan plan DIR --explain`, less its table
                    show(why)
            else:  # a source's labels previewed: the words `plan DIR` gives once they are kept
                st.text(text)
        except (ValueError, OSError) as exc:
            fail(exc, f"{folder}: ", slot=campaign_top)
with st.expander("Steer from a measured curve file (`alplan replan FILE`)"):  # its own inputs: a curves file's
    st.caption(lines.PAGE_TEXT["steer"][0])
    campaign = uploader("campaign_file", ["csv"])
    for slot, key in zip(st.columns(2), ("campaign_confidence", "value_per_point")):
        number(key, slot=slot)
    for slot, (key, label, step, top, text) in zip(st.columns(len(CAMPAIGN_INPUTS)), CAMPAIGN_INPUTS):
        slot.number_input(label, min_value=type(step)(0), max_value=top, step=step, key=key, help=text)
    try:
        if campaign is not None and upload_ok(campaign):
            measured = read_curves(parse_curve_upload(campaign.getvalue(), name=campaign.name), metric=state["metric"])
            names = sorted(set(measured["strategy"].astype(str)))
            picked = st.selectbox("The campaign's strategy", names, key="campaign_strategy") if len(names) > 1 else None
            scen, given = setup.campaign_inputs(measured, lines.campaign_given(state))  # its own pool, test size
            order, stop = campaign_advice(measured, scen, target, strategy=picked,
                                          value_per_point=float(state["value_per_point"] or 0.0),
                                          confidence=float(state["campaign_confidence"]), **given)
            show([Words(campaign_text(order, stop, measured.attrs.get("strategy_note") and "your campaign" or None),
                        "text", user=False), Tiles(order_metrics(order))])
    except (ValueError, OSError) as exc:
        fail(exc, f"{campaign.name}: ")
with st.expander("The reverse question: what does a fixed budget buy?"):  # per strategy
    if not state.get("budget_set"):  # below the pool's cost until the user types one: a budget that buys a part
        state["budget"] = default_budget(scenario)
    st.number_input(**dict(zip(("label", "help"), lines.page_input("budget")[:2])), key="budget",
                    on_change=lambda: state.update(budget_set=True), **lines.page_input("budget")[2])
    ASKED.append("budget")
    try:
        if problem := lines.out_of_range(state, ASKED):
            raise ValueError(problem)
        bought = budget_table(curves, scenario, float(state["budget"]), vendors=vendors)
        show([Table(bought, None, budget_heads(view), BUDGET_TABLE), *captions([budget_note(bought)])])  # "more than"
    except (ValueError, OSError) as exc:
        fail(exc)
if measured_curves.get("machine_target", pd.Series(dtype=float)).notna().any():  # simulated with a hybrid bar
    with st.expander("Label the whole pool?", key="hybrid_open", on_change="rerun") as hybrid_box:  # planned if open
        if hybrid_box.open:  # people and a model label every example, at a delivered accuracy
            asked = [slot.number_input(label, key=key, help=text, **options) for slot, (key, (label, text, options))
                     in zip(st.columns(2), hybrid_view.page_inputs(scenario.pool_size).items())]  # the pool in use
            try:  # the computation and the words of `alplan hybrid`
                said, table, chart = hybrid_page(measured_curves, scenario, *asked, vendors)
                show([Boxed(said, "hybrid_sentence"), Table(table, "hybrid_table"), Chart(chart, "hybrid_chart")])
            except (ValueError, OSError) as exc:
                fail(exc)
st.subheader("Downloads")
for slot, (label, data, file, mime, key) in zip(st.columns(3), (
        ("Curves (CSV)", schema.to_safe_csv(measured_curves), "curves.csv", "text/csv", "dl_curves"),  # formulas: text
        ("Plan (JSON)", json.dumps(verdict, indent=2), "plan.json", "application/json", "dl_plan"),
        ("Report (HTML)", lambda: report.render_report(curves, scenario, decision, vendors=vendors, frames=frames,
                                                       notes=notes + lines.priced_lines(decision, setup)),
         "alplan-report.html", "text/html", "dl_report"))):
    slot.download_button(label, data, file_name=file, mime=mime, key=key, on_click="ignore")
