"""More test ids for a campaign: ``alplan campaign next DIR --test N``.

A measured hit the stop rule is not sure of is settled by more training labels or by more test labels
(:mod:`planner.decide.campaign.settle`). :func:`more_test_ids` draws the test labels' ids: ``N`` ids uniformly at random from
the pool's ids never asked (neither test nor training ids, nor ids still out with the labelers), so the test split
stays a uniform random sample of the pool. They join the test split (``asked.csv``, role ``test``, at the campaign's
round, ranked after the test ids before them) and are written to label as ``batches/test-FIRST-LAST.csv`` (FIRST and
LAST: their ranks among the test ids) with its Label Studio tasks. ``campaign add`` takes their labels as test labels,
``campaign measure`` scores every round on the test labels in hand (each row's ``test_size``), and the stop rule reads
that count.

The draw is reproducible: its generator is seeded from the campaign's seed and every id asked so far, in the order
``asked.csv`` holds them, so the same folder gives the same ids. The training rounds' random streams are not touched.
The features are standardized with the statistics of the rows outside the test split (as every fit of the campaign),
so a round measured after the split grew is refitted on those statistics.

``--test`` draws test ids only: it picks no training batch, so it takes none of ``next``'s other flags.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pandas as pd

from planner.campaign.state import BATCHES, Campaign
from planner.campaign.steps import _asked_rows, _transaction, _whole, _write_batch, campaign_pool
from planner.campaign.words import plural
from simulations.run.config import MAX_LABELS

__all__ = ["more_test_ids", "more_test_paths", "ids_never_asked"]

#: The draw's own stream tag beside the campaign's seed ("test" in ASCII): no training stream reads it.
TEST_STREAM = 0x74657374


def more_test_paths(folder, first: int, last: int) -> tuple[Path, Path]:
    """(CSV, Label Studio tasks) of the test ids ranked ``first`` to ``last`` among the campaign's test ids."""
    stem = Path(folder) / BATCHES / f"test-{first}-{last}"
    return stem.with_suffix(".csv"), stem.with_suffix(".tasks.json")


def ids_never_asked(c: Campaign, pool) -> np.ndarray:
    """The pool's file rows whose ids the campaign ``c`` never asked (any role), ascending."""
    asked = pool.rows_of(c.asked["id"].to_numpy(dtype=object))
    never = np.ones(pool.n_rows, dtype=bool)
    never[asked[asked >= 0]] = False
    return np.flatnonzero(never)


def _draw_rng(c: Campaign) -> np.random.Generator:
    """The test draw's generator: the campaign's seed, the draw's stream tag, and every id asked so far in order."""
    h = hashlib.sha256()
    for value in c.asked["id"]:
        h.update(str(value).encode("utf-8", "surrogatepass") + b"\0")
    entropy = [int(c.settings["seed"]), TEST_STREAM, len(c.asked), int.from_bytes(h.digest()[:8], "big")]
    return np.random.default_rng(np.random.SeedSequence(entropy))


def more_test_ids(folder, n) -> tuple[Campaign, pd.DataFrame, tuple[Path, Path]]:
    """Draw ``n`` more test ids at random from the pool's ids never asked and add them to the test split (see the
    module docstring): (the campaign, the asked rows added, the batch's CSV and tasks paths).

    The batch's files are written first, then ``asked.csv`` (the commit point: ``campaign.json`` is unchanged), all
    under the folder's lock; a draw cut short leaves the test split as it was, and the same command run again draws
    the same ids into the same files.

    Raises
    ------
    ValueError, OSError
        One line, and nothing is written: ``n`` not a whole number >= 1, more ids than the pool has never asked.
    """
    return _draw(folder, _whole("--test", n, 1, MAX_LABELS))


@_transaction
def _draw(folder, n: int) -> tuple[Campaign, pd.DataFrame, tuple[Path, Path]]:
    c = Campaign.load(folder)
    pool = campaign_pool(c)
    never = ids_never_asked(c, pool)
    if n > never.shape[0]:
        left = (f"the pool has {plural(never.shape[0], 'id')} never asked: give --test {never.shape[0]:,} at most"
                if never.shape[0] else "the pool has no id left that was never asked: no more test ids can be drawn")
        raise ValueError(f"--test {n:,} is more test ids than the pool can give: {left}")
    picked = _draw_rng(c).choice(never, size=n, replace=False)
    test = c.asked[c.asked["role"] == "test"]
    first = int(test["rank"].max()) + 1 if len(test) else 1
    rows = _asked_rows(pool.text_ids(picked), c.round, "test")
    rows["rank"] = np.arange(first, first + n, dtype=np.int64)
    paths = more_test_paths(c.folder, first, first + n - 1)
    _write_batch(c, c.round, pool, rows, paths)
    c.asked = pd.concat([c.asked, rows], ignore_index=True)
    c.save(settings=False, labels=False)   # asked.csv: the commit point
    return c, rows, paths
