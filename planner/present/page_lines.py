"""The page's own lines (``app.py``): its inputs' labels, help and bounds (:data:`PAGE_INPUTS`,
:func:`out_of_range`), its other words (:data:`PAGE_TEXT`), the one line that stands in for a verdict that failed
(:func:`failure_line`, :func:`one_line`), the simulation's progress lines, the lines beside the verdict (the curves
it rests on, what completing the scenario decided, an AL path clearly cheaper) and the verdict table's page cells.

Reads a :class:`planner.decide.results.Decision` (and its ``to_dict()`` rows), a
:class:`planner.decide.inputs.Setup` and the page's widget values; nothing here imports streamlit.
"""

from __future__ import annotations

import re

from planner.present.steering_view import CAMPAIGN_CONFIDENCE_HELP, CAMPAIGN_INPUTS
from planner.present.verdict_sentence import pool_of
from planner.present.verdict_view import COLUMNS, breakdown_columns, strategy_cell
from planner.present.words import RANDOM, accuracy, approx, count, finite, metric_words, money, plural

__all__ = ["BOUNDS", "CLEARLY_CHEAPER", "METRIC_HELP", "NOTE_KEYS", "PAGE_INPUTS", "PAGE_TEXT", "PRICE_SOURCES",
           "RATE_SOURCES", "SOURCES", "TAB_NAMES", "batch_line", "breakdown_rows", "campaign_asked", "campaign_given", "ceiling_line",
           "cheaper_al_line", "curve_notes", "curves_line", "failure_line", "labelled", "md", "metric_offer",
           "not_offered_line", "one_line", "out_of_range", "page_defaults", "page_input", "page_order", "pool_in_use_line",
           "priced_lines", "record_asked", "setup_lines", "standin_rest", "standin_title", "simulating_line", "simulation_line", "sure_lines", "table_heads",
           "tab_names", "table_rows", "transfer_texts", "upload_limit_line", "verdict_lines"]

#: The page's help beside the metric it offers (the curves' columns of fractions in [0, 1]).
METRIC_HELP = ("The score the target is stated in, as the curves measure it: accuracy, macro F1, balanced accuracy, "
               "the rarer class's recall (two classes) or a column of your own in [0, 1]. Imbalanced classes: "
               "plan on macro F1 or balanced accuracy, which the majority class alone cannot reach.")


def pool_in_use_line(pool) -> str:
    """The sidebar's line under the pool input: the pool the verdict uses (a proxy's own when none was typed)."""
    return "Pool in use: no limit." if pool is None else f"Pool in use: {plural(pool, 'example')}."


def one_line(text, prefix: str = "") -> str:
    """The page's one line for an error: ``prefix`` (an input's name, ``"data.csv: "``) and the message's first
    line, the name said once where the message already starts with it."""
    first = _first_line(text)
    return first if prefix and first.startswith(prefix) else prefix + first


def _first_line(text, default: str = "") -> str:
    """The first line of a message (``default`` for an empty one)."""
    return (str(text).strip().splitlines() or [default])[0]


def transfer_texts(strategies) -> tuple[str, str]:
    """(the page's transfer checkbox, its caption when off) for a one-strategy pilot: random sampling's (the AL
    strategies come from the proxy) or one AL strategy's (random sampling comes from the proxy)."""
    reverse = {str(s) for s in strategies} != {RANDOM}
    return (PAGE_TEXT["use_reverse_transfer" if reverse else "use_transfer"][0],
            PAGE_TEXT["reverse_transfer_off" if reverse else "transfer_off"][0])


def curves_line(source: dict, curves, decision) -> str:
    """Which curves a verdict rests on and how its labels were got (shown beside the verdict).

    ``source``: ``kind`` (proxy, file, transferred, pilot), ``name`` and, for a proxy, ``about``.
    """
    kind, name = source["kind"], source.get("name")
    if kind == "proxy":
        about = source.get("about") or ""
        what = (f"a proxy data set, {name}" + (f" ({about})" if about else "")
                + ", simulated here: a stand-in, not your task (upload a pilot curve or labeled pilot data "
                  "for your own)")
    elif kind == "file":
        what = f"your labeled data {name}, simulated here"
    elif kind == "transferred" and curves is not None and "random" not in set(curves["strategy"].astype(str)):
        what = f"your pilot {name}; random sampling transferred from the proxy simulation"
    elif kind == "transferred":
        what = f"your random-sampling pilot {name}; the AL strategies transferred from the proxy simulation"
    else:
        what = f"your pilot learning curve {name}"
    parts = [f"Curves: {what}"]
    if "model" in curves.columns and curves["model"].notna().any():
        parts.append("model " + ", ".join(sorted(set(curves["model"].dropna().astype(str)))))
    n = curves["n_labels"].astype(float)
    parts.append(f"measured from {count(n.min())} to {count(n.max())} labels")
    if "seed" in curves.columns:
        parts.append(f"{plural(curves['seed'].nunique(), 'seed')} (runs)")
    rests = "; ".join(f"{r.strategy}: {r.basis}" for r in decision.strategies if r.basis)
    return ", ".join(parts) + (f". Labels to target rest on: {rests}." if rests else ".")


def ceiling_line(ceiling: dict) -> str:
    """A proxy's score with its whole pool labeled (:func:`planner.decide.inputs.ceiling_for`), in words."""
    metric = str(ceiling.get("metric") or "accuracy")
    named = "" if metric == "accuracy" else f" {metric_words(metric)}"
    if ceiling.get("given"):  # the user's own measurement (the page's whole-pool score, the CLI's --pool-accuracy)
        return (f"With the whole pool labeled your model measured {accuracy(ceiling['accuracy'])}{named} (as you "
                "entered it): no path reaches more.")
    return (f"With the proxy's whole pool of {count(ceiling['n_pool'])} labeled, the model measures "
            f"{accuracy(ceiling['accuracy'])}{named} ({plural(ceiling['seeds'], 'seed')}): no path reaches more "
            "within that pool (set a pool size to price another).")


#: The page's number inputs: widget key -> (label, help, number_input options); the campaign's order inputs
#: are :data:`CAMPAIGN_INPUTS`.
PAGE_INPUTS: dict[str, tuple[str, str | None, dict]] = {
    "target": ("Target", "The score to reach (0-1).", dict(min_value=0.05, max_value=0.999, step=0.005,
                                                              format="%.3f")),
    "label_price": ("Label price ($ per label)", "What one label costs you, before QA overhead.",
                    dict(min_value=0.0001, step=0.01, format="%.4f")),
    "qa_multiplier": ("QA / overhead multiplier", "Multiplies the label cost: 1.2 = 20% extra for review and "
                      "overhead.", dict(min_value=1.0, step=0.05)),
    "al_label_premium": ("AL label premium (x a random label)", "What a label AL picks costs against a random "
                         "one: 1.3 = AL's picks take 30% longer to annotate (`alplan campaign status` measures it "
                         "in a campaign); 1 = priced alike.", dict(min_value=0.1, max_value=1000.0, step=0.05,
                                                                    format="%.2f")),
    "engineering_days": ("Engineering days to set up AL", "One-off engineering time to build the active-learning "
                         "loop.", dict(min_value=0.0, step=1.0)),
    "day_rate": ("Day rate ($)", "Cost of one engineering day.", dict(min_value=0.0, step=50.0)),
    "salary": ("Yearly salary ($)", "Fully loaded yearly cost of the engineer.", dict(min_value=0.0, step=5000.0)),
    "working_weeks": ("Working weeks per year", "A day costs salary / (5 x working weeks).",
                      dict(min_value=1.0, max_value=52.0, step=1.0)),
    "compute_per_round": ("Compute per AL round ($)", "Retraining and scoring the pool once (GPU hours x price).",
                          dict(min_value=0.0, step=0.5)),
    "turnaround_days": ("Turnaround per batch (days)", "Calendar days from sending a batch to the labelers to "
                        "getting it back.", dict(min_value=0.0, step=0.5)),
    "batch_size": ("AL batch size (labels per round)", "Labels bought per active-learning round; empty: the batch "
                   "size of the curves.", dict(value=None, min_value=1, step=10, placeholder="as in the curves")),
    "pool_size": ("Unlabeled pool size", "Examples available to label: no path can buy more than this; empty: no "
                  "limit.", dict(value=None, min_value=1, step=1000, placeholder="unlimited")),
    "delay_cost_per_day": ("Cost of a day's delay ($)", "Optional: what each calendar day until the target costs "
                           "you.", dict(min_value=0.0, step=100.0)),
    "n_classes": ("Classes in your task", "Used by the label-noise correction (noisy labels are worth less with "
                  "fewer classes); empty: the classes of the data the curves come from.",
                  dict(value=None, min_value=2, step=1, placeholder="from the data")),
    "label_error": ("Label error rate", "Share of bought labels that are wrong; empty: the vendor's error rate, else "
                    "the noise the curves were simulated at.", dict(value=None, min_value=0.0, max_value=0.99, step=0.01,
                                                                   format="%.3f",
                                                                   placeholder="the vendor's, else as simulated")),
    "votes": ("Votes per item", "Labels bought per item, majority vote: the price times the votes, fewer errors.",
              dict(min_value=1, max_value=15, step=1)),
    "confidence": ("Confidence for the label budget", "'Buy N labels to reach the target with this probability' "
                   "below the verdict.", dict(min_value=0.5, max_value=0.99, step=0.05, format="%.2f")),
    "sim_seeds": ("Seeds", None, dict(min_value=1, max_value=20, step=1)),
    "sim_initial": ("Initial labels", None, dict(min_value=2, step=10)),
    "sim_batch": ("Batch size", None, dict(min_value=1, step=10)),
    "sim_rounds": ("Rounds", "Rounds after the initial labels: at least 2, so a curve has 3 label counts.",
                   dict(min_value=2, max_value=500, step=5)),
    "pool_score": ("Whole-pool score (optional)", "The score (0-1, on the target metric) your model measured with "
                   "every example of the pool labeled: no forecast goes above it (`alplan plan --pool-accuracy`). "
                   "Empty: not measured.", dict(value=None, min_value=0.001, max_value=1.0, step=0.01, format="%.3f",
                                                placeholder="not measured")),
    "campaign_confidence": ("Confidence for the order", CAMPAIGN_CONFIDENCE_HELP,
                            dict(min_value=0.5, max_value=0.99, step=0.05, format="%.2f")),
    "value_per_point": ("What one accuracy point is worth ($)", "Dollars one accuracy point (0.01) is worth to you; "
                        "0 = skip the optimal-stop advice.", dict(min_value=0.0, step=100.0)),
    "budget": ("Budget ($)", "Everything included: labels, engineering, compute and delay.",
               dict(min_value=1.0, step=500.0)),
    "source_price": ("Its price per label ($)", "What one of the source's labels costs (`campaign add "
                     "--source-price`); empty: unpriced.", dict(value=None, step=0.01, format="%.4f",
                                                                placeholder="unpriced")),
    "source_hourly": ("Or its price per hour ($)", "A source paid by the hour (`campaign add --source-hourly`): "
                      "priced per label at its labels' measured seconds (a seconds column or Label Studio's "
                      "lead_time); empty: priced per label.", dict(value=None, step=1.0, placeholder="per label")),
    "source_turnaround": ("Its turnaround (days)", "Optional: calendar days the source takes to return a batch "
                          "(`--source-turnaround-days`).", dict(value=None, step=0.5, placeholder="not given")),
}


#: The bounds of a page input, checked by :func:`out_of_range` (the widget itself takes any number, so a value
#: out of bounds reaches the page and is named there, rather than only turning its box red).
BOUNDS = ("min_value", "max_value")


def page_input(key: str) -> tuple[str, str | None, dict]:
    """``(label, help, number_input options)`` of :data:`PAGE_INPUTS` ``key``; its bounds are left to
    :func:`out_of_range`."""
    label, text, options = PAGE_INPUTS[key]
    return label, text, {k: v for k, v in options.items() if k not in BOUNDS}


def out_of_range(values, keys) -> str | None:
    """The first of the page's number inputs ``keys`` whose value in ``values`` lies outside its bounds
    (:data:`PAGE_INPUTS`), or is empty where it may not be, as one line naming the input and the fix; None when
    every one is within them."""
    for key in dict.fromkeys(keys):
        label, _, options = PAGE_INPUTS[key]
        value, low, high = values.get(key), options.get("min_value"), options.get("max_value")
        if value is None and "value" in options:  # may be left empty: not given
            continue
        if value is None:
            return f"{label} is empty: enter a number{'' if low is None else f' of at least {low:g}'}; the verdict waits"
        if low is not None and not value >= low:
            return f"{label} is {value:g}, below its least value {low:g}: enter {low:g} or more; the verdict waits"
        if high is not None and not value <= high:
            return f"{label} is {value:g}, above its greatest value {high:g}: enter {high:g} or less; the verdict waits"
    return None


def failure_line(exc: BaseException, name: str) -> str:
    """Why the page shows no verdict, in one line: a refused input's own line (``ValueError``, ``OSError``), else
    what failed on the curves ``name`` and what to try."""
    first = _first_line(exc, type(exc).__name__)
    if isinstance(exc, (ValueError, OSError)):
        return first
    return (f"no verdict on {name}: {type(exc).__name__}: {first}; change an input or the curves, and report this "
            "if it stays")


def setup_lines(setup) -> list[str]:
    """What completing the page's scenario decided (:class:`planner.decide.inputs.Setup`), in words: the pool a
    labeled file caps, a campaign's sunk labels and pool read from its curve, the classes assumed, the whole-pool
    accuracy applied."""
    lines, s, entered = [], setup.scenario, setup.pool_entered
    if (sunk := getattr(setup, "sunk", None)) is not None:   # as `alplan plan` prints under a campaign's curve
        from planner.present.redecide_view import sunk_text   # lazy: start-up time (pandas, scipy)

        lines.append(f"Your campaign's curve: its sunk labels and pool read from the file, as `alplan plan` reads "
                     f"them; the pool: {plural(s.pool_size, 'example')}. "
                     + sunk_text(sunk.train_labels, sunk.test_labels, sunk.paid_by, s.engineering_cost))
    if setup.pool_capped:
        held = setup.source.test_rows
        lines.append(f"Pool: the {plural(setup.source.pool, 'row')} of {setup.source.name}"
                     + (f" left once its {plural(held, 'row')} of test split are held out" if held else "")
                     + (f" (not the {count(entered)} entered: the file holds fewer)" if entered else "")
                     + "; no path can buy more labels than that.")
    if setup.classes_assumed and s.effective_label_error:  # the classes matter only to the label-noise correction
        lines.append(f"Classes: {s.n_classes} assumed for the label-noise correction (the curves do not say): set "
                     f"'{PAGE_INPUTS['n_classes'][0]}' under 'Label quality and confidence' in the sidebar, or give "
                     "the curves file an n_classes column.")
    if setup.ceiling:
        lines.append(ceiling_line(setup.ceiling))
    return lines


def batch_line(curves_batch: int, your_batch) -> str | None:
    """Why a batch other than the curves' changes the rounds, not the labels (None when they agree)."""
    if your_batch is None or int(your_batch) == curves_batch:
        return None
    return (f"Labels to target are as measured with AL batches of {curves_batch}: your batch of {int(your_batch)} "
            "changes only the number of rounds (their compute and turnaround), not the labels; simulate at batch "
            f"{int(your_batch)} to measure its effect.")


def _on_workers(workers: int) -> str:
    return f" on {workers} workers" if workers > 1 else " on one process"


def simulation_line(n_runs: int, n_rounds: int, duration: str, cancelled: bool, workers: int = 1) -> str:
    """Why the page asks before a simulation: the user cancelled it, or it is long (``duration``: measured, its
    runs spread over ``workers`` processes)."""
    why = "You cancelled the simulation" if cancelled else "This simulation is long"
    return (f"{why}: {n_runs} runs of {n_rounds // max(n_runs, 1)} rounds, about {duration}{_on_workers(workers)} "
            "on this machine (measured). Fewer seeds, strategies or rounds, or the logreg model, make it shorter; "
            "finished runs are kept.")


def simulating_line(n_runs: int, duration: str, workers: int = 1) -> str:
    """The caption while a simulation runs: its runs, the time it was measured to take, and on how many workers."""
    return f"Simulating {n_runs} runs: about {duration}{_on_workers(workers)} (measured on this machine)."


def upload_limit_line(name: str, size: int, limit_mb: int) -> str:
    """A file over the page's upload limit."""
    return f"{name} is {size / 2**20:.1f} MB; the limit is {limit_mb} MB: upload a smaller sample"


def table_rows(strategies: list[dict], view) -> list[dict]:
    """The verdict's table (``Decision.to_dict()["strategies"]``) with this view's words per cell (``KEY_text``)
    and the recommended flag."""
    rows = []
    for fields_, words in zip(strategies, view.rows):
        row = dict(fields_, **{f"{key}_text": words[key] for key in COLUMNS})
        row.update(p_cheaper=words["p_cheaper"], range=words["range"], recommended=words["recommended"],
                   strategy_text=strategy_cell(words, page=True))   # the row `alplan plan` tags
        rows.append(row)
    return rows


def breakdown_rows(view) -> list[dict]:
    """The cost breakdown per path, one row per item (:func:`planner.present.verdict_view.breakdown_columns`: what
    it rests on, rounds, labels, each cost, the total, the days) and one column per path headed as the verdict
    table names it (``random (pick)``): a bill read down its column, as wide as the paths are many, not the items."""
    paths = [strategy_cell(words, page=True) for words in view.rows]
    return [{"": view.columns[key][0], **{path: words[key] for path, words in zip(paths, view.rows)}}
            for key in breakdown_columns(view) if key != "strategy"]


#: Another AL path "clearly cheaper" than the one the rule weighs: no dearer at the median nor on average over the
#: forecasts (the average the rule's cost gate reads), and at most this share of it on one of the two.
CLEARLY_CHEAPER = 0.8


def cheaper_al_line(d) -> str | None:
    """Where another AL path is clearly cheaper than the one the rule weighs (``best_al``, whose figures the
    metrics show), a sentence naming both and why the rule weighs the dearer one; None elsewhere."""
    from planner.decide.rule import PREFERENCE, PREFERRED_AL   # lazy: start-up time (pandas, scipy)

    rows = {r.strategy: r for r in d.strategies}
    weighed = rows.get(d.best_al) if d.best_al is not None else None
    if weighed is None or not (finite(weighed.total_cost) and weighed.total_cost > 0):
        return None

    def ratios(r) -> tuple[float, float]:
        both = finite(r.capped_mean_cost) and finite(weighed.capped_mean_cost) and weighed.capped_mean_cost > 0
        mean = r.capped_mean_cost / weighed.capped_mean_cost if both else r.total_cost / weighed.total_cost
        return r.total_cost / weighed.total_cost, mean

    others = [r for r in d.strategies if r.active and r.reachable and r.strategy != weighed.strategy
              and finite(r.total_cost) and max(ratios(r)) <= 1 and min(ratios(r)) <= CLEARLY_CHEAPER]
    if not others:
        return None
    r = min(others, key=lambda x: ratios(x)[1])
    pool = pool_of(d)
    why = (f"the rule weighs {PREFERRED_AL} unless another AL path is the cheapest in a share over "
           f"{round(100 * PREFERENCE)} points above {PREFERRED_AL}'s" if weighed.strategy == PREFERRED_AL
           else "the rule weighs the AL path that is the cheapest in the most forecasts")
    average = (lambda x: f" and {money(x.capped_mean_cost)} on average" if finite(x.capped_mean_cost) else "")
    return (f"{r.strategy} looks clearly cheaper than {weighed.strategy}, the AL path weighed above: "
            f"{approx(r.labels, pool=pool)} labels for {money(r.total_cost)} at the median{average(r)} over the "
            f"forecasts, against {approx(weighed.labels, pool=pool)} for {money(weighed.total_cost)}"
            f"{average(weighed)}; {why}. To weigh {r.strategy}, plan without {weighed.strategy}.")


def table_heads(view, curves_batch: int) -> dict[str, tuple[str, str]]:
    """The verdict table's column heads and help (``KEY_text`` -> (head, help)); the labels' name the curves' batch."""
    heads = {f"{key}_text": view.columns[key] for key in COLUMNS}
    head, text = view.columns["labels"]
    heads["labels_text"] = (head, f"{text}, as measured with AL batches of {curves_batch}")
    return heads


#: The page's other words: widget key -> (label, help); a caption's key -> (text, None).
PAGE_TEXT: dict[str, tuple[str, str | None]] = {
    "timing": ("Timing the simulation on this machine", None),
    "verdict": ("Computing the verdict: fitting the curves and pricing every path", None),
    "intro": ("alplan simulates active-learning strategies, fits their learning curves and prices every path to your "
              "target: labels, engineering, compute and calendar time.", None),
    "price_source": ("Label price from", "Type a price per label, or take it from a vendor in the vendor table."),
    "sim_strategies": ("Strategies", "Keep 'random': it is the baseline every AL strategy is priced against."),
    "curve_file": ("Pilot learning curve (CSV: n_labels, accuracy[, strategy, seed])",
                   "One row per measurement; accuracy in 0-1 (or percent)."),
    "data_file": ("Labeled pilot data (CSV, Parquet or NPZ with arrays X and y)",
                  "Features plus a label column; it is simulated here like a proxy set."),
    "campaign_file": ("Measured rounds (CSV: n_labels, accuracy[, strategy, seed])",
                      "One row per measurement; accuracy in 0-1 (or percent)."),
    "in_cost": ("Decide in annotation cost", "Price each strategy's labels at what they cost in the curves' "
                "annotation_cost column (simulated with --cost-column): an AL strategy's picks at its cost per label "
                "over random's, with its spread over the runs, as `alplan plan --in-cost` does. The label price is "
                "then random's price per label."),
    "use_transfer": ("The pilot is random sampling only: estimate the AL strategies from the proxy simulation "
                     "(label-efficiency ratios measured on the proxy)", None),
    "transfer_off": ("Transfer is off: the verdict has random sampling only, so there is no AL strategy to compare.",
                     None),
    "use_reverse_transfer": ("The pilot is one AL strategy only (a campaign's curve.csv): estimate random sampling "
                             "from the proxy simulation (that strategy's label-efficiency ratio, reversed)", None),
    "reverse_transfer_off": ("Transfer is off: the verdict has no random-sampling curve, so what AL saves is not "
                             "known.", None),
    "campaign_folder": ("Or the folder of an `alplan campaign` on this machine",
                        "Its one answer at the prices in the sidebar, as `alplan plan DIR` gives it: stop, continue "
                        "or switch, and the command that does it."),
    "source_file": ("A source's labels (CSV or Parquet: the pool's id column and label; or Label Studio JSON)",
                    "Labels from a vendor or a language model, measured against the campaign's human test labels "
                    "and trained on apart: the answer `alplan plan DIR` gives once `alplan campaign add DIR FILE "
                    "--source NAME` and `alplan campaign measure DIR` have kept them. Nothing is written to the "
                    "campaign: the commands that keep it are shown."),
    "source_label_column": ("Its label column", "The column of the source's labels (`campaign add --label-column`; "
                            "Label Studio JSON-MIN and CSV: the choices control's name)."),
    "source_name": ("Its source name", "Who labeled (`campaign add --source`): 1 to 40 letters, digits, '_', '-' "
                    "or '.', such as vendor-a or gpt-labels."),
    "steer": ("Upload the rounds measured so far: the next order to reach the target with the scenario in the sidebar "
              "(prices, turnaround, delay, pool), as `alplan replan`.", None),
    "vendor": ("Vendor", "Price, turnaround and label error come from the vendor table (editable on the page)."),
    "vendor_turnaround": ("Turnaround per batch (days, the vendor's)",
                          "Calendar days per batch, from the vendor table: edit it there."),
}


def not_offered_line(model: str, refused) -> str:
    """The strategies a learner cannot serve, why, and which learners can."""
    if set(refused) <= {"bald", "mc_entropy"}:
        return (f"Not offered with {model}: {', '.join(refused)} (they need MC-dropout samples; this learner has no "
                "dropout). Choose mlp or cnn for them.")
    return (f"Not offered with {model}: {', '.join(refused)} (they need gradients or MC-dropout samples, which a "
            "scikit-learn estimator lacks). Choose mlp or cnn for them (logreg serves all but bald and mc_entropy).")


#: The curves' notes the page shows under the metric ("Curves: ..."): how the metric was read, what the strategy is.
NOTE_KEYS = ("metric_note", "strategy_note")


def curve_notes(attrs, shown=()) -> list[str]:
    """The curves' notes (``DataFrame.attrs``, :data:`NOTE_KEYS`) not among those ``shown`` already."""
    return [attrs[k] for k in NOTE_KEYS if attrs.get(k) not in (None, "", *shown)]


def verdict_lines(d, view, setup, source: dict, curves) -> tuple[list[str], list[str]]:
    """The lines under the verdict's charts: (warnings: the verdict's and an AL path clearly cheaper,
    :func:`cheaper_al_line`; captions: what completing the scenario decided, what each strategy's labels were
    priced at when deciding in annotation cost, and the curves it rests on)."""
    warnings = [w for w in (*view.warnings, cheaper_al_line(d)) if w]
    return warnings, [*setup_lines(setup), *priced_lines(d, setup), curves_line(source, curves, d)]


def priced_lines(d, setup) -> list[str]:
    """What each strategy's labels were priced at when deciding in annotation cost (`alplan plan --in-cost`'s line,
    at each path's count), shown under the verdict and in the report; none when deciding in labels."""
    if getattr(setup, "in_cost", None) is None:
        return []
    from planner.present.cost_view import priced_facts, priced_line   # lazy: start-up time (pandas)

    return [priced_line(priced_facts(setup.in_cost, d))]


def sure_lines(view, curves_batch: int, your_batch) -> tuple[list[list[str]], list[str]]:
    """The "How sure is this?" section: (paragraphs, each its lines: the break-even and the price, then the budget,
    the pilot's and the track record's; captions: why a path is out of reach, a batch other than the curves', the
    rule, the notes)."""
    said = [[view.break_even, view.price], *([line] for line in (view.budget, view.pilot, view.track) if line)]
    small = [*view.reasons, batch_line(curves_batch, your_batch), view.rule, *(f"Note: {n}" for n in view.notes)]
    return said, [line for line in small if line]


def campaign_given(values) -> dict:
    """The steering inputs (:data:`planner.present.steering_view.CAMPAIGN_INPUTS`) as ``campaign_advice`` takes
    them: their keys without ``campaign_``, 0 where not given."""
    return {k.removeprefix("campaign_"): type(v)(values[k] or 0) for k, _, v, _, _ in CAMPAIGN_INPUTS}


def campaign_shape(values) -> frozenset:
    """The campaign-shaped fields the page's user set (pool size, AL batch size): a campaign's answer keeps them, as
    `alplan plan DIR` keeps --pool-size and --batch-size; the rest comes from the campaign."""
    return frozenset(k for k in ("pool_size", "batch_size") if values.get(k))


def campaign_asked(values) -> dict:
    """The keywords of a campaign's answer on the page (:func:`planner.campaign.page.page_campaign`) from the page's
    widget values: the confidence (the sidebar's, `plan DIR --confidence`), the metric, the campaign-shaped fields set (:func:`campaign_shape`),
    whether an AL premium is stated, and a source's name, label column, price (per label or per hour) and turnaround
    as typed (checked where used)."""
    return {"confidence": float(values["confidence"]), "metric": values["metric"],
            "given": campaign_shape(values), "premium_stated": values["al_label_premium"] != 1.0,
            "source": values.get("source_name") or "", "price": values.get("source_price"),
            "hourly": values.get("source_hourly"), "turnaround_days": values.get("source_turnaround"),
            "label_column": (values.get("source_label_column") or "").strip() or "label"}


#: What Streamlit's Markdown would read as markup: escaped by :func:`md`.
_MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:&^=])")


def md(text) -> str:
    """``text`` shown literally by Streamlit's Markdown (user strategy names, dollar amounts): every user text on the
    page goes through this or ``st.text``."""
    return _MARKUP.sub(r"\\\1", str(text))


def labelled(key: str) -> dict:
    """A widget's ``label`` and ``help`` from :data:`PAGE_TEXT` ``key``, as keywords."""
    label, text = PAGE_TEXT[key]
    return {"label": label, "help": text}


def metric_offer(curves, metric: str, source) -> tuple[list[str], str, object, str | None]:
    """The metrics the page offers on ``curves`` (:func:`planner.forecast.io.metric_choice`): (their names, the one
    planned on, the curves read on it, None); where none can be read, ``([metric], metric, curves, line)``: the metric
    kept and the one line that stands in for the verdict."""
    from planner.forecast.io import metric_choice   # lazy: start-up time (pandas)

    try:
        return (*metric_choice(curves, metric, source.kind), None)
    except (ValueError, OSError) as exc:
        return [metric], metric, curves, f"{source.name}: {_first_line(exc)}"


#: Where the page's curves, label price and engineering cost come from: its radios' choices, the first the default.
SOURCES = ("Simulate a proxy data set", "Upload a pilot learning curve", "Upload labeled pilot data")
PRICE_SOURCES, RATE_SOURCES = ("Price per label", "Vendor"), ("Day rate", "Yearly salary")


def page_defaults(*, quick: bool = False) -> dict:
    """The page's widget values before any is touched: the CLI's defaults
    (:data:`planner.decide.inputs.DEFAULTS`), 0 (not given) for the steering inputs, the first of each radio's
    choices; ``quick`` (``ALPLAN_APP_QUICK``): a smaller default simulation."""
    from planner.decide import inputs   # lazy: start-up time (pandas, scipy)

    quicker = dict(target=0.90, sim_strategies=["random", "margin"], sim_seeds=2, sim_rounds=8) if quick else {}
    return {**{key: type(step)(0) for key, _, step, _, _ in CAMPAIGN_INPUTS}, **inputs.DEFAULTS,
            "target": 0.95, "price_source": PRICE_SOURCES[0], "rate_source": RATE_SOURCES[0], "source": SOURCES[0],
            **quicker}


#: The page's chart tabs: each chart's section title (the report's heading, :func:`planner.present.report.build_charts`)
#: in a word or two, so the row of tabs fits a 1,024 px window (each chart's own title says the rest).
TAB_NAMES = {"Learning curves": "Curves", "Labels to target": "Labels to target", "Total cost vs target accuracy":
             "Cost by target", "Break-even map": "Break-even", "Vendor comparison": "Vendors",
             "Sensitivity of the savings": "Sensitivity"}


def tab_names(titles) -> list[str]:
    """The page's tab for each chart section title (:data:`TAB_NAMES`; a title it lacks as it is)."""
    return [TAB_NAMES.get(title, title) for title in titles]


def record_asked(asked: dict) -> dict:
    """:func:`campaign_asked`'s keywords that :func:`planner.campaign.page.page_answer` takes (no source's labels)."""
    return {k: asked[k] for k in ("confidence", "metric", "given", "premium_stated")}


def standin_title(name: str) -> str:
    """The stand-in's verdict's box where a campaign's answer leads the page."""
    return f"The stand-in's verdict (on {name}, not your campaign)"


def standin_rest(name: str) -> str:
    """The stand-in's table and evidence's box where a campaign's answer leads the page."""
    return f"The stand-in's table, costs and evidence (on {name}, not your campaign)"


#: The page's chart order: the trade-off a manager asks about first, the learning curves after it.
PAGE_ORDER = ("Total cost vs target accuracy", "Break-even map", "Labels to target", "Learning curves",
              "Vendor comparison", "Sensitivity of the savings")


def page_order(specs: dict) -> dict:
    """``specs`` (chart title -> spec) in :data:`PAGE_ORDER`, a title it lacks after those it lists."""
    rank = {t: i for i, t in enumerate(PAGE_ORDER)}
    return dict(sorted(specs.items(), key=lambda kv: rank.get(kv[0], len(rank))))
