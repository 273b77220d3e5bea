"""Transfer: forecast AL on the user's task from a random-sampling pilot alone.

The user labels a small random pilot on their own data. On proxy data sets,
where every strategy was simulated, each AL strategy's *label-efficiency
ratio* is measured:

    ratio(f) = labels AL needs / labels random needs, to reach f x A,

where ``A`` is the reachable accuracy of random sampling on that proxy and
``f`` a fraction of it (measured range only, never extrapolated).

:func:`transfer` returns the pilot as a curves table carrying those ratios
(``attrs["transfer_ratios"]``). The planner then forecasts each AL strategy
*in every draw* as random's labels in that draw times a draw of the ratio
(:class:`planner.forecast.draws.TransferredDraws`): the spread across proxies, shrunk
towards a prior spread so that one proxy means a wide interval, is part of
every interval, and the transferred curves are labeled as transferred, never
as measured.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from planner.forecast.curves import fit_curve
from planner.forecast.draws import RANDOM
from planner.forecast.io import read_curves

__all__ = ["efficiency_ratios", "ratio_summary", "transfer"]

_FRACTIONS = 40


def _groups(curves: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    cols = {str(c).strip().lower(): c for c in curves.columns}
    keys = [cols[k] for k in ("dataset", "model") if k in cols]
    if not keys:
        return [("proxy", curves)]
    out = []
    for key, g in curves.groupby(keys, sort=True):
        key = key if isinstance(key, tuple) else (key,)
        out.append(("/".join(map(str, key)), g))
    return out


def _fit(rows: pd.DataFrame, seed: int):
    return fit_curve(
        rows["n_labels"].to_numpy(dtype=float),
        rows["accuracy"].to_numpy(dtype=float),
        seeds=rows["seed"].to_numpy() if "seed" in rows.columns else None,
        n_bootstrap=20,
        seed=seed,
    )


def efficiency_ratios(proxy_curves, *, strategies=None, seed: int = 0) -> pd.DataFrame:
    """Label-efficiency ratio of each AL strategy on each proxy, by fraction of reachable accuracy.

    Parameters
    ----------
    proxy_curves : DataFrame or path
        Curves of many proxies (``dataset`` [and ``model``] columns) x
        strategies, including ``random`` on every proxy used.
    strategies : sequence of str, optional
        AL strategies to measure (default: every non-random one).
    seed : int
        Seed of the curve fits.

    Returns
    -------
    DataFrame with columns ``proxy, strategy, fraction, target, labels_random,
    labels_strategy, ratio``: one row per measured fraction (where both curves
    reach ``fraction x A`` within the measured label range of the proxy).
    """
    df = read_curves(proxy_curves)
    rows = []
    used = 0
    for name, g in _groups(df):
        names = list(dict.fromkeys(g["strategy"].astype(str)))
        if RANDOM not in names:
            continue
        wanted = [s for s in names if s != RANDOM] if strategies is None else [s for s in strategies if s in names]
        if not wanted:
            continue
        used += 1
        fr = _fit(g[g["strategy"] == RANDOM], seed)
        reach = float(fr.asymptote)
        lo_acc = float(fr.predict([fr.n_min])[0])
        hi_acc = float(fr.predict([fr.n_max])[0])
        fractions = np.linspace(lo_acc / reach, hi_acc / reach, _FRACTIONS)
        for s in wanted:
            fs = _fit(g[g["strategy"] == s], seed)
            for f in fractions:
                t = float(f * reach)
                if not 0 < t < 1:
                    continue
                nr, ns = float(fr.labels_for(t)), float(fs.labels_for(t))
                if not (np.isfinite(nr) and np.isfinite(ns)):
                    continue
                if nr > fr.n_max or ns > fs.n_max:  # measured range only: no extrapolated ratios
                    continue
                rows.append({"proxy": name, "strategy": s, "fraction": float(f), "target": t,
                             "labels_random": nr, "labels_strategy": ns, "ratio": ns / nr})
    if used == 0:
        raise ValueError(
            "the proxy curves table has no data set with both 'random' and an AL strategy; "
            "simulate random and the AL strategies on each proxy"
        )
    out = pd.DataFrame(rows, columns=["proxy", "strategy", "fraction", "target", "labels_random",
                                      "labels_strategy", "ratio"])
    if strategies is not None:
        missing = [s for s in strategies if s not in set(out["strategy"])]
        if missing:
            raise ValueError(f"no proxy measures strategy {missing[0]!r} against random; simulate it on the proxies")
    return out


def ratio_summary(ratios: pd.DataFrame) -> pd.DataFrame:
    """Per strategy: median ratio and its spread across proxies (min / max of the proxy medians)."""
    per_proxy = ratios.groupby(["strategy", "proxy"])["ratio"].median().reset_index()
    g = per_proxy.groupby("strategy")["ratio"]
    return pd.DataFrame({
        "ratio": g.median(), "ratio_low": g.min(), "ratio_high": g.max(), "proxies": g.size(),
    }).reset_index()


def transfer(pilot, proxy_curves=None, *, ratios: pd.DataFrame | None = None, strategies=None,
             seed: int = 0) -> pd.DataFrame:
    """Forecast every AL strategy's curve on the user's task from a random pilot.

    Parameters
    ----------
    pilot : DataFrame or path
        The user's random-sampling pilot: ``n_labels, accuracy[, seed]``
        (a ``strategy`` column, if any, must say ``random`` only).
    proxy_curves : DataFrame or path
        Proxy curves (many data sets x strategies), see :func:`efficiency_ratios`.
    ratios : DataFrame, optional
        Already measured :func:`efficiency_ratios` (then ``proxy_curves`` is
        not needed): measure once, transfer to many pilots.
    strategies : sequence of str, optional
        AL strategies to forecast (default: every one the proxies measured).
    seed : int
        Seed of the fits.

    Returns
    -------
    DataFrame (a curves table)
        The pilot rows (``strategy`` random, ``source`` pilot).
        ``attrs["transfer_ratios"]`` holds the ratios (records) the planner
        draws from; ``attrs["transfer_note"]`` summarises them;
        ``attrs["ratios"]`` holds :func:`ratio_summary` as records.
    """
    pil = read_curves(pilot)
    names = sorted(set(pil["strategy"].astype(str)))
    others = [s for s in names if s != RANDOM]
    if others and RANDOM in names:
        raise ValueError(
            f"the pilot must hold random-sampling measurements only, found {', '.join(others)}; "
            "drop those rows or use them as proxies"
        )
    if len(others) > 1:
        raise ValueError(f"the pilot holds {', '.join(others)} and no random sampling: the proxies forecast random "
                         "sampling from one AL strategy's pilot; keep one strategy's rows (or measure random "
                         "sampling on your pool)")
    if others:
        return _reverse(pil, others[0], proxy_curves, ratios=ratios, seed=seed)
    if ratios is None:
        if proxy_curves is None:
            raise ValueError("give the proxy curves table (or ratios measured from it) to transfer from")
        ratios = efficiency_ratios(proxy_curves, strategies=strategies, seed=seed)
    elif strategies is not None:
        ratios = ratios[ratios["strategy"].isin(list(strategies))]
    if ratios.empty:
        raise ValueError("no proxy reaches a common accuracy with random and AL; measure longer proxy curves")
    forecast = pil.copy()
    if "dataset" not in forecast.columns:
        forecast.insert(0, "dataset", "pilot")
    forecast["source"] = "pilot"
    summary = ratio_summary(ratios)
    # one interval per ratio: the verdict's note for each strategy (TransferredDraws.describe) gives the
    # ratio with the spread its forecasts draw from; this note says only what was done
    names = ", ".join(str(s) for s in summary["strategy"])
    note = (f"AL curves transferred from proxies (not measured on this task): {names} = random's labels x each "
            "strategy's label-efficiency ratio on the proxies; fractions outside a proxy's measured range use "
            "its nearest ratio")
    forecast.attrs["transfer_note"] = note
    forecast.attrs["ratios"] = summary.to_dict("records")
    forecast.attrs["transfer_ratios"] = ratios.to_dict("records")
    return forecast


def _reverse(pilot: pd.DataFrame, strategy: str, proxy_curves, *, ratios: pd.DataFrame | None,
             seed: int) -> pd.DataFrame:
    """The reverse transfer: random sampling forecast from a pilot of one AL ``strategy`` (a campaign that picked
    with it), as that strategy's labels over its label-efficiency ratio on the proxies. The pilot's rows, with
    ``attrs["transfer_from"]`` naming the strategy the planner transfers from."""
    if ratios is None:
        if proxy_curves is None:
            raise ValueError("give the proxy curves table (or ratios measured from it) to transfer from")
        try:
            ratios = efficiency_ratios(proxy_curves, strategies=[strategy], seed=seed)
        except ValueError as exc:
            if "no data set with both" not in str(exc) and "no proxy measures" not in str(exc):
                raise
            raise ValueError(f"no proxy measures strategy {strategy!r} against random: simulate random and {strategy} "
                             f"on the proxies (the pilot is {strategy}'s: random sampling is forecast from "
                             f"{strategy}'s ratio)") from None
    ratios = ratios[ratios["strategy"].astype(str) == strategy]
    if ratios.empty:
        raise ValueError(f"no proxy reaches a common accuracy with random and {strategy}; measure longer proxy curves")
    forecast = pilot.copy()
    if "dataset" not in forecast.columns:
        forecast.insert(0, "dataset", "pilot")
    forecast["source"] = "pilot"
    summary = ratio_summary(ratios)
    forecast.attrs["transfer_note"] = (
        f"random sampling transferred from proxies (not measured on this task): {strategy}'s labels / its "
        "label-efficiency ratio on the proxies; fractions outside a proxy's measured range use its nearest ratio")
    forecast.attrs["ratios"] = summary.to_dict("records")
    forecast.attrs["transfer_ratios"] = ratios.to_dict("records")
    forecast.attrs["transfer_from"] = strategy
    return forecast
