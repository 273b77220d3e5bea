"""A verdict in, words, tables and charts out: what the CLI, the page and the HTML report show.

``views`` words a Decision (sentences, rows, number formats); ``dashboards``
re-prices a Plan's draws into the page's tables; ``charts`` draws them
(Altair); ``report`` writes the one-file HTML report; ``fit_summary`` is the
table behind ``alplan fit``.
"""
