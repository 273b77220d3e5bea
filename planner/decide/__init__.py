"""Draws and prices in, a verdict out: costs, scenario, vendors, the verdict, VOI, a running campaign, what-ifs.

``costs`` prices a path (labels, engineering, compute, time) under a
:class:`~planner.decide.costs.Scenario` that ``scenario`` builds from user
inputs and ``vendors`` reads; ``verdict`` turns joint draws and a scenario
into a :class:`~planner.decide.results.Decision` in one pipeline (the priced
``paths``, the ``rule``, its ``break_even`` quotes, the ``rows`` of each strategy,
with the ``summaries`` of per-draw numbers); ``whatif`` re-prices the draws into the
tables beside the verdict; ``voi`` values extending the pilot first;
``steer`` steers a campaign in flight from the same draws.
"""
