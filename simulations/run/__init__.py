"""Running the AL loop: what to run (config, grid), one run and lockstep groups, where (executors), how long (estimate).

``config`` and ``grid`` say what to simulate; ``loop`` runs one run (data,
learner, strategy, oracle round by round) and ``lockstep`` a group trained as
one; ``executors`` runs a grid here, on local processes or on Dask, and
``cores`` says on how many (the machine's usable cores, one thread a run);
``ceiling`` measures the whole-pool accuracy; ``stopping`` holds the agreement the
loop records as a stopping signal; ``estimate`` measures how long a simulation will take.
"""
