"""A verdict in, words, charts and a report out: what the CLI, the page and the HTML report show.

``views`` words a Decision (sentences, rows, number formats); ``charts`` draws
the what-if tables of :mod:`planner.decide.whatif` (Altair); ``report`` writes
the one-file HTML report; ``fit_summary`` is the table behind ``alplan fit``.
Nothing under :mod:`planner.decide` or :mod:`planner.forecast` imports this package.
"""
