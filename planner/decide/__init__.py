"""Draws and prices in, a verdict out: costs, scenario, vendors, the verdict, VOI and a running campaign.

``costs`` prices a path (labels, engineering, compute, time) under a
:class:`~planner.decide.costs.Scenario` that ``scenario`` builds from user
inputs and ``vendors`` reads; ``verdict`` turns joint draws and a scenario
into a :class:`~planner.decide.verdict.Decision`; ``voi`` values extending the
pilot first; ``campaign`` steers a campaign in flight from the same draws.
"""
