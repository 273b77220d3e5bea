"""A running campaign's decision: what its measurements say and what to do next.

``answer`` is the record every surface renders (:class:`CampaignAnswer`, built by ``answer_record``);
``next_step`` composes it from the stop rule (``stop_rule``: when a reading stops, how sure, when a target is
out of reach), the ways to settle an unsure reading (``settle``), the forecast from the labels in hand
(``redecide``, ``steer``), the measured reading (``measurement``), AL's paired advantage on the pool
(``advantage``), a source's own path (``source_path``), the question asked (``asked``) and the count to decide
again at (``counts``). Nothing here reads a campaign's folder: ``planner.campaign`` reads it and passes values in.
"""
