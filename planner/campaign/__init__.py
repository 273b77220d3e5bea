"""A campaign on the user's own unlabeled pool, run from files between labeling rounds (``alplan campaign``), and its
one answer (``alplan plan DIR``, ``replan DIR``, the page): the package that composes the simulator and the planner
(docs/campaign_engine.md). It imports ``simulations`` and the pure planner; neither imports it.

``pool.py`` reads the pool (ids and the features the model reads, never a
copy); ``labels.py`` reads the labels that come back (CSV, Parquet, Label
Studio's JSON export); ``state.py`` keeps the campaign's readable files;
``steps.py`` starts a campaign, picks the next batch with the simulator's own
pieces (:mod:`simulations.run.loop`, the strategy registry, the learners) and
adds labels; ``measuring.py`` measures the curve; ``commands.py`` is the CLI's side
of the steps. :func:`answer` (``service.py``) is the campaign's one answer to a
:class:`Question` at :class:`Prices`; ``forecast.py`` its forecast, ``page.py``
the page's views of it. Importing this package imports nothing but the standard
library.
"""

from planner.campaign.question import Prices, Question
from planner.campaign.service import answer

__all__ = ["Prices", "Question", "answer"]
