"""A verdict in, words, charts and a report out: what the CLI, the page and the HTML report show.

One module per answer the user reads, each reading one results object: ``verdict_view`` (the tiles, the table and
the lines of a Decision) with ``verdict_sentence`` (its sentences), ``budget_view`` (what a budget buys),
``steering_view`` (a running campaign's order and stop), ``fit_view`` (``alplan fit``), ``hybrid_view`` and
``redecide_view``; ``page_lines`` holds the page's own lines; ``words`` the number words every view shares.
``charts`` and ``whatif_charts`` draw the what-if tables of :mod:`planner.decide.whatif` (Altair); ``report``
writes the one-file HTML report; ``fit_summary`` is the table behind ``alplan fit``. Nothing under
:mod:`planner.decide` or :mod:`planner.forecast` imports this package.
"""
