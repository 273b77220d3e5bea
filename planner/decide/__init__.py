"""Draws and prices in, a verdict out: costs, scenario, vendors, the verdict, VOI, a running campaign, what-ifs.

``costs`` prices a path (labels, engineering, compute, time) under a
:class:`~planner.decide.costs.Scenario` that ``scenario`` builds from user
inputs and ``vendors`` reads; ``verdict`` turns joint draws and a scenario
into a :class:`~planner.decide.results.Decision` (by the ``rule``, with the
``rows`` of each strategy and the ``summaries`` of per-draw numbers); ``whatif`` re-prices the draws into the
tables beside the verdict; ``voi`` values extending the pilot first;
``campaign`` steers a campaign in flight from the same draws.
"""
