"""A campaign on the user's own unlabeled pool, run from files between labeling rounds (``alplan campaign``).

``pool.py`` reads the pool (ids and the features the model reads, never a
copy); ``labels.py`` reads the labels that come back (CSV, Parquet, Label
Studio's JSON export); ``state.py`` keeps the campaign's readable files;
``steps.py`` starts a campaign, picks the next batch with the simulator's own
pieces (:mod:`simulations.run.loop`, the strategy registry, the learners),
adds labels and measures the curve; ``commands.py`` is the CLI's side.
Importing this package imports nothing but the standard library.
"""
