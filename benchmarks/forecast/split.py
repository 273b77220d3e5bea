"""The evaluation corpus's split by data set: calibration, selection, report.

Fixed before anything was fitted on the corpus (issue 18). A data set's part
is a pure function of its key, so every script and every later session
agrees without a stored list, and a data set added later falls into a part
that no one chose after looking at it:

    part(key) = PARTS[sha256(SALT + key) mod 10]
    digits 0-4 -> "calibration" (50%), 5-7 -> "selection" (30%), 8-9 -> "report" (20%)

Keys name a data set, never a learner or a strategy, so every curve of one
data set lies in one part: ``lcdb:<openmlid>`` for LCDB 1.0,
``skl:<name>`` for the independent scikit-learn AL truth
(``benchmarks/forecast/sk_truth.py``), ``sim:<name>`` for the simulator's
own curves. The LCDB ids of ``shared/lcdb_holdout.txt`` are in no part: they
are reserved for evaluation outside this project (:func:`part` refuses them
when given the holdout set).

A design changed after a look at the report part needs a new split: bump
``SALT`` and say so in RESULTS.md. Every reader computes a data set's part
from its key with :func:`part` at read time (a ``part`` column stored in a
table is ignored), so a bump re-splits every stored table at once.

History: ``-v1`` (issue 18's first design: regime rows; its report part was
looked at on 2026-11-22 21:39 UTC); ``-v2`` (from 2026-11-22 23:00 UTC: the
analog forecaster, a design changed after that look, so a fresh split; its report part was looked at
on 2026-11-22 23:34 UTC); ``-v3`` (from 2026-11-23 00:30 UTC: the decision's probability recalibrated and
the campaign's give-up revisited, designs changed after the ``-v2`` look, so a fresh split: every table
refitted on the new calibration part; its report part was looked at on 2026-11-23 01:29 UTC); ``-v4`` (from
2026-11-23 02:18 UTC: designs to be changed after the ``-v3`` look (the verdict's pilot extension, the
draws' spread per regime), so a fresh split; neither shipped; the scikit-learn truth grew by 14 data sets
whose parts follow this hash; its report part was looked at on 2026-11-23 03:40 UTC). From ``-v4`` on, the
data sets of :data:`REPORT_ONLY` (added to the scikit-learn truth after every earlier look, never in a
calibration or selection part) are always in the report part: the first data no design of this project has
been chosen on. ``-v5`` (from 2026-11-23 04:25 UTC: designs to be changed after the ``-v4`` look, so a fresh
split; the ``-v4`` report-only sets have been looked at and follow the hash like any other; 14 more data sets
join the scikit-learn truth by the hash, and 8 new ones (``v5_*``) are :data:`REPORT_ONLY`; the spread per
regime shipped; its report part was looked at on 2026-11-23 05:23 UTC); ``-v6`` (from 2026-11-23 06:10 UTC:
every table refitted on a larger scikit-learn truth after the ``-v5`` look, so a fresh split; the ``-v5``
report-only sets follow the hash; 20 more data sets join by the hash, and 8 new ones (``v6_*``) are
:data:`REPORT_ONLY`; no design knob was chosen in this round; its report part was looked at on 2026-11-23
06:47 UTC). Round 7 (from 2026-11-23 08:20 UTC) keeps the ``-v6`` salt: no table is refitted, so the
calibration part stays the one every shipped table was fitted on; a campaign candidate (the first
order's size) was tried on the ``-v6`` selection part (never replayed for the campaign before) and not
adopted. Its report is 8 new data sets (``v7_*``, :data:`REPORT_ONLY`, added before any look): a first
look at the shipped design, since the ``-v6`` report part has been looked at (on 2026-11-23 08:49 UTC).
``-v8`` (from 2026-11-23 11:55 UTC: a design to be changed after round 7's look (the neural learners' own
spread strata), so a fresh split: every table refitted on the new calibration part; the ``v6_*`` and ``v7_*``
sets follow the hash; 8 new sets (``v8_*``, each with the MLP) are :data:`REPORT_ONLY` and :data:`FRESH`).
Round 9 (2026-11-23) keeps the ``-v8`` salt: no table is refitted. The ``v8_*`` sets were looked at in round
8's report and stay :data:`REPORT_ONLY` (the shipped tables were not fitted on them); 8 new sets (``v9_*``,
each with the MLP, also :data:`REPORT_ONLY`) are :data:`FRESH`: round 9's report. Round 10 (from 2026-11-23
17:10 UTC) keeps the ``-v8`` salt, so the calibration part every shipped table was fitted on is unchanged; the
``v8_*`` and ``v9_*`` sets, looked at in rounds 8 and 9 and never fitted or chosen on, join the selection part
(:data:`SELECTION_ONLY`), and 8 new sets (``v10_*``, each with the MLP) are :data:`REPORT_ONLY` and
:data:`FRESH`: round 10's first report (the neural spread strata), looked at on 2026-11-23 17:47 UTC. For a
second design of the round (the verdict's rule), the ``v10_*`` join the selection part too and 8 new sets
(``v11_*``, added at 17:57 before any result of that design) are :data:`REPORT_ONLY` and :data:`FRESH`
(looked at on 2026-11-23 18:09 UTC). For a third (a floor under the neural strata's factors), the ``v11_*``
join the selection part and 8 new sets (``v12_*``, added at 18:29) are :data:`REPORT_ONLY` and :data:`FRESH`
(looked at on 2026-11-23 18:41 UTC). For a fourth (the young neural curves' floored strata), the ``v12_*``
join the selection part and 8 new sets (``v13_*``, added at 19:03) are :data:`REPORT_ONLY` and :data:`FRESH`
(looked at on 2026-11-23 19:21 UTC). Round 11 (from 2026-11-23 20:00 UTC) keeps the ``-v8`` salt; the ``v13_*``
join the selection part and 8 new sets (``v14_*``, added before any result of the round's designs) are
:data:`REPORT_ONLY` and :data:`FRESH` (looked at on 2026-11-23 20:21 UTC). For a second design of the round (P(AL
cheaper) recalibrated), the ``v14_*`` join the selection part and 8 new sets (``v15_*``, added at 20:31 before
any result of that design's code) are :data:`REPORT_ONLY` and :data:`FRESH` (looked at on 2026-11-23 20:45 UTC).
Round 12 (from 2026-11-23 22:04 UTC) keeps the ``-v8`` salt; the ``v15_*`` join the selection part and 8 new sets
(``v16_*``, added at 22:04 before any result of the round's design) are :data:`REPORT_ONLY` and :data:`FRESH`
(looked at on 2026-11-23 22:13 UTC). Round 13 (from 2026-11-23 23:43 UTC) keeps the ``-v8`` salt; the ``v16_*``
join the selection part and 8 new sets (``v17_*``, added at 23:50 before any result of the round's design) are
:data:`REPORT_ONLY` and :data:`FRESH` (looked at on 2026-11-23 23:59 UTC). For a second design of the round (the
pilot extension's value counted at a share), the ``v17_*`` join the selection part and 8 new sets (``v18_*``, added
at 00:28 before any result of that design) are :data:`REPORT_ONLY` and :data:`FRESH` (looked at on 2026-11-24 00:51
UTC: a next design needs new fresh sets, and the ``v18_*`` join the selection part). Round 14 (from 2026-11-24 01:34
UTC) keeps the ``-v8`` salt; the ``v18_*`` join the selection part and 8 new sets (``v19_*``, added at 01:45 before
any result of the round's designs) are :data:`REPORT_ONLY` and :data:`FRESH` (looked at on 2026-11-24 09:52 UTC, by
the next session, after its choice on the calibration and selection parts: a next design needs new fresh sets,
and the ``v19_*`` join the selection part then). Round 15 (from 2026-11-24 10:18 UTC) keeps the ``-v8``
salt; the ``v19_*`` join the selection part and 8 new sets (``v20_*``, added at 10:25 before any result of the round's
design) are :data:`REPORT_ONLY` and :data:`FRESH` (looked at on 2026-11-24 10:43 UTC, the report of the round's
design Y: a next design needs new fresh sets, and the ``v20_*`` join the selection part then). Round 16 (from
2026-11-24 11:10 UTC) keeps the ``-v8`` salt; the ``v20_*`` join the selection part, and 46 of the 104 looked-at
report-only sets (``v8_*`` to ``v20_*``, each with the MLP), chosen by a salted hash before any fit, move to the
calibration part (:data:`CALIBRATION_ADDED`: the neural spread strata had 12 MLP data sets to be fitted on);
8 new sets (``v21_*``, added at 11:15 before any result of the round's designs) are :data:`REPORT_ONLY` and
:data:`FRESH` (looked at on 2026-11-24 11:40 UTC, the report of the round, no design adopted: a next design needs
new fresh sets, and the ``v21_*`` join the selection part then). Round 17 (from 2026-11-24 11:47 UTC) keeps the
``-v8`` salt and round 16's calibration part (:data:`CALIBRATION_ADDED` draws from the ``v8_*`` to ``v20_*`` only);
the ``v21_*`` join the selection part, and 8 new sets (``v22_*``, added at 11:53 before any result of the round's
design) are :data:`REPORT_ONLY` and :data:`FRESH`. Round 17's design was not adopted; round 18 (from 12:08 UTC)
adopted round 16's N2 at a share of 0.5 and ran its report on the ``v22_*`` (looked at on 2026-11-24 12:13 UTC: a
next design needs new fresh sets, and the ``v22_*`` join the selection part then). Round 19 (from 12:51 UTC) moved the
``v22_*`` to the selection part, added 8 new sets (``v23_*``, at 12:55 before any full run of its design W) and ran
W's report on them (looked at on 2026-11-24 13:41 UTC); they joined the selection part, and 8 more (``v24_*``, at
14:05) are :data:`REPORT_ONLY` and :data:`FRESH` for a second report of the same design (looked at on 2026-11-24
14:10 UTC: a next design needs new fresh sets, and the ``v24_*`` join the selection part then). Round 20 (from 14:50
UTC) changed no design: the ``v24_*`` join the selection part and 16 new sets (``v25_*``, added at 14:51 UTC) are
:data:`REPORT_ONLY` and :data:`FRESH` for a third, larger report of round 19's design. The ``v25_*`` were looked at
on 2026-11-24 15:01 UTC (round 20's report, no design chosen on them); they joined the selection part and 16 more
(``v26_*``, added at 15:26 UTC) are :data:`REPORT_ONLY` and :data:`FRESH` for a second report of round 20 (round 19's
design unchanged; looked at on 2026-11-24 15:37 UTC: a next design needs new fresh sets, and the ``v26_*`` join the
selection part then). Round 21 (from 16:35 UTC; its rule in ``benchmarks/plans/round21.md`` at 16:37, before any run)
moved the ``v26_*`` to the selection part, and 16 new sets (``v27_*``, added at 16:40 UTC, before any result of the
round's designs) are :data:`REPORT_ONLY` and :data:`FRESH` for the report of its design R (looked at on 2026-11-24
17:11 UTC: a next design needs new fresh sets, and the ``v27_*`` join the selection part then). The ``v27_*``
joined the selection part for a second report of R, and 16 new sets (``v28_*``, added at 17:22 UTC, after the plan's
addendum at 17:21 UTC) are :data:`REPORT_ONLY` and :data:`FRESH` (looked at on 2026-11-24 17:37 UTC: a next design
needs new fresh sets, and the ``v28_*`` join the selection part then). The ``v28_*`` joined the selection part for a
third report of R, and 16 new sets (``v29_*``, added at 17:57 UTC, after the plan's second addendum at 17:54 UTC) are
:data:`REPORT_ONLY` and :data:`FRESH` (looked at on 2026-11-24 18:10 UTC: a next design needs new fresh sets, and
the ``v29_*`` join the selection part then). Round 22 (its plan in ``benchmarks/plans/round22.md``, committed at 18:47
UTC: no design change) moved the ``v29_*`` to the selection part, and 16 new sets (``v30_*``, added at 18:55 UTC, after
the plan) are :data:`REPORT_ONLY` and :data:`FRESH` for a fourth report of R (looked at on 2026-11-24 19:21 UTC: a
next design needs new fresh sets, and the ``v30_*`` join the selection part then). Round 23 (from 19:51 UTC: design
X, P(AL cheaper)'s map with where random's forecast lies in the pool; X failed its rule on the selection part and the
plan's addendum at 19:53 UTC put X2 in its place) moved the ``v30_*`` to the selection part, and 16 new sets
(``v31_*``, committed at 20:44 UTC, after the plan) are :data:`REPORT_ONLY` and :data:`FRESH` for the report of
X2 (looked at on 2026-11-24 21:08 UTC: a next design needs new fresh sets, and the ``v31_*`` join the selection part
then). Round 24 (its plan in ``benchmarks/plans/round24.md``, committed at 22:08 UTC) moved the ``v31_*``, looked
at on 2026-11-24 21:08 UTC (the report of round 23's X2), to the selection part, and 16 new sets (``v32_*``,
committed at 22:26 UTC, after the plan) are :data:`REPORT_ONLY` and :data:`FRESH` for round 24's report (X2's second).
Round 25 (its plan in ``benchmarks/plans/round25.md``, committed at 23:18 UTC) moved the ``v32_*``, looked at on
2026-11-24 22:37 UTC (round 24's second report of X2), to the selection part, and 16 new sets (``v33_*``, committed
after the plan) are :data:`REPORT_ONLY` and :data:`FRESH` for round 25's report (of M).
Round 26 (its plan in ``benchmarks/plans/round26.md``, committed at 00:11 UTC on 2026-11-25: no design change)
moved the ``v33_*``, looked at on 2026-11-24 23:39 UTC (round 25's report of M), to the selection part, and 24 new
sets (``v34_*``, committed after the plan) are :data:`REPORT_ONLY` and :data:`FRESH` for round 26's report (a report
of the shipped design).
Round 27 (its plan in ``benchmarks/plans/round27.md``, committed at 01:19 UTC on 2026-11-25: no design change)
moved the ``v34_*``, looked at on 2026-11-25 00:33 UTC (round 26's report of the shipped design), to the selection
part, and 24 new sets (``v35_*``, committed after the plan) are :data:`REPORT_ONLY` and :data:`FRESH` for round 27's
report (a report of the shipped design).
Round 28 (its plan in ``benchmarks/plans/round28.md``, committed at 03:11 UTC on 2026-11-25: no design change)
moved the ``v35_*``, looked at on 2026-11-25 02:18 UTC (round 27's report of the shipped design), to the selection
part, and 24 new sets (``v36_*``, committed after the plan) are :data:`REPORT_ONLY` and :data:`FRESH` for round 28's
report (a report of the shipped design).
Round 29 (its plan in ``benchmarks/plans/round29.md``, committed at 04:27 UTC on 2026-11-25: design G, a limit on
replan's order growth) moved the ``v36_*``, looked at on 2026-11-25 03:41 UTC (round 28's report of the shipped
design), to the selection part, and 24 new sets (``v37_*``, committed after the plan) are :data:`REPORT_ONLY` and
:data:`FRESH` for round 29's report (of G, run only if G is adopted). G was not adopted and round 29 spent no
report; round 30 (its plan in ``benchmarks/plans/round30.md``, committed at 05:13 UTC: no design change) ran the
``v37_*`` once, as a report of the shipped design, looked at on 2026-11-25 05:28 UTC. A next report needs new sets.
Round 31 (its plan in ``benchmarks/plans/round31.md``, committed at 06:15 UTC on 2026-11-25) moved the ``v37_*``,
looked at on 2026-11-25 05:28 UTC (round 30's report of the shipped design), to the selection part, and 24 new sets
(``v38_*``, committed after the plan) are :data:`REPORT_ONLY` and :data:`FRESH` for round 31's report. Its design (K,
the pilot extension for two contenders) was not adopted; the ``v38_*`` ran once (06:33-07:00 UTC), a report of the
shipped design, looked at on 2026-11-25 06:44 UTC. A next report needs new sets.
Round 32 (its plan in ``benchmarks/plans/round32.md``, committed at 07:34 UTC on 2026-11-25) moved the ``v38_*``,
looked at on 2026-11-25 06:44 UTC (round 31's report of the shipped design), to the selection part, and 24 new sets
(``v39_*``, committed after the plan) are :data:`REPORT_ONLY` and :data:`FRESH` for round 32's report.
Round 33 (its plan in ``benchmarks/plans/round33.md``, committed at 10:52 UTC on 2026-11-25) moved the ``v39_*``,
looked at on 2026-11-25 09:29 UTC (round 32's report of the shipped design), to the selection part, and 24 new sets
(``v40_*``, committed after the plan) are :data:`REPORT_ONLY` and :data:`FRESH` for round 33's report.
Round 34 (its plan in ``benchmarks/plans/round34.md``, committed at 12:35 UTC on 2026-11-25) moved the ``v40_*``,
looked at on 2026-11-25 11:45 UTC (round 33's report of the shipped design), to the selection part, and 24 new sets
(``v41_*``, committed after the plan) are :data:`REPORT_ONLY` and :data:`FRESH` for round 34's report.
Round 35 (its plan in ``benchmarks/plans/round35.md``, committed at 15:43 UTC on 2026-11-25) moved the ``v41_*``,
looked at on 2026-11-25 14:40 UTC (round 34's report of the shipped design), to the selection part, and 24 new sets
(``v42_*``, committed after the plan) are :data:`REPORT_ONLY` and :data:`FRESH` for round 35's report.
Round 36 (its plan in ``benchmarks/plans/round36.md``, committed at 16:37 UTC on 2026-11-25) moved the ``v42_*``,
looked at on 2026-11-25 16:25 UTC (round 35's report of the shipped design), to the selection part, and 24 new sets
(``v43_*``, committed after the plan) are :data:`REPORT_ONLY` and :data:`FRESH` for round 36's report.
Round 37 (its plan in ``benchmarks/plans/round37.md``, committed at 17:51 UTC on 2026-11-25, before any ``v44_*``
set existed) moved the ``v43_*``, looked at on 2026-11-25 17:09 UTC (round 36's report of the shipped design), to the
selection part, and 24 new sets (``v44_*``, committed after the plan) are :data:`REPORT_ONLY` and :data:`FRESH` for
round 37's report of P(AL cheaper)'s refitted map (its own fresh split: fit v39-v41, selection v42-v43, report v44).
Round 38 (its plan in ``benchmarks/plans/round38.md``, committed at 18:50 UTC on 2026-11-25, before any ``v45_*``
set existed) moved the ``v44_*``, looked at on 2026-11-25 18:35 UTC (round 37's report), to the selection part, and
24 new sets (``v45_*``, committed after the plan) are :data:`REPORT_ONLY` and :data:`FRESH` for round 38's report, a
second report of round 37's refitted P(AL cheaper) map with no design change.
Round 39 (its plan in ``benchmarks/plans/round39.md``, committed at 20:01 UTC on 2026-11-25, before any ``v46_*``
set existed; a fresh split of the stored rows: fit v39-v41, selection v42-v45) keeps the salt; the ``v45_*``, looked
at on 2026-11-25 19:34 UTC (round 38's report), join the selection part, and 24 new sets (``v46_*``, added before any
result of the round's design) are :data:`REPORT_ONLY` and :data:`FRESH` for round 39's report.
Round 40 (from 2026-11-25 21:15 UTC, its plan in ``benchmarks/plans/round40.md``; no design change: a report of round
39's family layer on learner configurations no part held) keeps the salt; the ``v46_*``, looked at on 2026-11-25
20:54 UTC (round 39's report), join the selection part, and 12 new sets (``v47_*``, added before any result of the
round) are :data:`REPORT_ONLY` and :data:`FRESH` for round 40's report.
Round 41 (its plan in ``benchmarks/plans/round41.md``, committed at 22:24 UTC on 2026-11-25, before any ``v48_*`` or
``v49_*`` set existed; a fresh split by data set and by learner configuration: fit part the stored L0 rows of
v39-v47, selection part the 24 ``v48_*`` sets with 12 configurations no stored row holds, report part 24 ``v49_*``
sets added after the selection) keeps the salt; the 24 new ``v48_*`` sets (added before any result of the round)
join :data:`SELECTION_ONLY`, never looked at by a report; the ``v47_*``, looked at on 2026-11-25 21:47 UTC (round
40's report), join the selection part, and 24 new sets (``v49_*``, added after the ``v48_*`` and before any result of
the round) are :data:`REPORT_ONLY` and :data:`FRESH` for round 41's report.
Round 42 (its plan in ``benchmarks/plans/round42.md``, committed at 23:37 UTC on 2026-11-25, before any ``v50_*`` set
existed; no fit: its candidates remove rows of the shipped family layer; selection part the stored rows of v46-v49,
report part 12 ``v50_*`` sets) keeps the salt; the ``v49_*``, looked at on 2026-11-25 23:35 UTC (round 41's report),
join the selection part beside the ``v48_*``, and 12 new sets (``v50_*``, added after the plan and before any result
of the round) are :data:`REPORT_ONLY` and :data:`FRESH` for round 42's report.
Round 43 (its plan in ``benchmarks/plans/round43.md``, committed at 00:06 UTC on 2026-11-26, before any ``v51_*`` set
existed; no fit: its candidate removes a row of the shipped family layer; selection part the stored rows of v46-v50,
report part 12 ``v51_*`` sets) keeps the salt; the ``v50_*``, looked at on 2026-11-25 23:57 UTC (round 42's report),
join the selection part beside the ``v49_*``, and 12 new sets (``v51_*``, added after the plan and before any result
of the round) are :data:`REPORT_ONLY` and :data:`FRESH` for round 43's report.
Round 44 (its plan in ``benchmarks/plans/round44.md``, committed at 01:05 UTC on 2026-11-26, before any ``v52_*`` set
existed; a layer per spread stratum refitted on the stored rows of v39-v45; selection part the stored rows of
v46-v51, report part 24 ``v52_*`` sets) keeps the salt; the ``v51_*``, looked at on 2026-11-26 00:32 UTC (round 43's
report), join the selection part beside the ``v50_*``, and 24 new sets (``v52_*``, added after the plan and before any
result of the round) are :data:`REPORT_ONLY` and :data:`FRESH` for round 44's report.
Round 45 (its plan in ``benchmarks/plans/round45.md``, committed at 01:45 UTC on 2026-11-26, before any ``v53_*`` set
existed; round 44's layer per spread stratum, no refit; selection part the stored rows of v46-v52, report part 24
``v53_*`` sets) keeps the salt; the ``v52_*``, looked at on 2026-11-26 01:31 UTC (round 44's report), join the
selection part beside the ``v51_*``, and 24 new sets (``v53_*``, added after the plan and before any result of the
round) are :data:`REPORT_ONLY` and :data:`FRESH` for round 45's report.
Round 46 (its plan in ``benchmarks/plans/round46.md``, committed at 03:22 UTC on 2026-11-26, before any ``v54_*`` set
existed; a pool-disagreement signal read on the stored rows of v39-v45 first, a candidate only if it passes; selection
part the stored rows of v46-v53, report part 24 ``v54_*`` sets) keeps the salt; the ``v53_*``, looked at on
2026-11-26 02:26 UTC (round 45's report), join the selection part beside the ``v52_*``, and 24 new sets (``v54_*``,
added after the plan and before any result of the round) are :data:`REPORT_ONLY` and :data:`FRESH` for round 46's
report.
Round 47 (its plan in ``benchmarks/plans/round47.md``, committed at 05:43 UTC on 2026-11-26, before any ``v55_*`` set
existed; the level layer's lower tail refitted (V4, V5) on the stored rows of v39-v45; selection part the stored rows
of v46-v54, report part 24 ``v55_*`` sets) keeps the salt; the ``v54_*``, looked at on 2026-11-26 04:21 UTC (round
46's report), join the selection part beside the ``v53_*``, and 24 new sets (``v55_*``, added after the plan and
before any result of the round) are :data:`REPORT_ONLY` and :data:`FRESH` for round 47's report.
Round 48 (its plan in ``benchmarks/plans/round48.md``, committed at 06:40 UTC on 2026-11-26, before any ``v56_*`` set
existed; round 47's V4 against the shipped V3 under a labels rule written after V4's readings, so a fresh split;
selection part the stored rows of v46-v55, report part 24 ``v56_*`` sets) keeps the salt; the ``v55_*``, looked at on
2026-11-26 06:18 UTC (round 47's report), join the selection part beside the ``v54_*``, and 24 new sets (``v56_*``,
added after the plan and before any result of the round) are :data:`REPORT_ONLY` and :data:`FRESH` for round 48's
report.
Round 49 (its plan in ``benchmarks/plans/round49.md``, committed at 07:58 UTC on 2026-11-26, before any ``v57_*`` set
existed; round 47's V5 against the shipped V4 under a rule fixed before any row; selection part the stored rows of
v46-v56, report part 24 ``v57_*`` sets) keeps the salt; the ``v56_*``, looked at on 2026-11-26 07:09 UTC (round 48's
report), join the selection part beside the ``v55_*``, and 24 new sets (``v57_*``, added after the plan and before any
result of the round) are :data:`REPORT_ONLY` and :data:`FRESH` for round 49's report.
Round 50 (its plan in ``benchmarks/plans/round50.md``, committed at 09:12 UTC on 2026-11-26, before any ``v58_*`` set
existed; no design change, a second report of the shipped V5, V4 beside; report part 24 ``v58_*`` sets) keeps the
salt; the ``v57_*``, looked at on 2026-11-26 08:39 UTC (round 49's report), join the selection part beside the
``v56_*``, and 24 new sets (``v58_*``, added after the plan and before any result of the round) are
:data:`REPORT_ONLY` and :data:`FRESH` for round 50's report.
Round 51 (its plan in ``benchmarks/plans/round51.md``, committed at 10:38 UTC on 2026-11-26 with an addendum at
10:45 UTC, before any ``v59_*`` set existed; a screen of the family and level layers on LCDB and the loop, report part
24 ``v59_*`` sets) keeps the salt; the ``v58_*``, looked at on 2026-11-26 09:48 UTC (round 50's report), join the
selection part beside the ``v57_*``, and 24 new sets (``v59_*``, added after the plan and before any result of the
round) are :data:`REPORT_ONLY` and :data:`FRESH` for round 51's report.
Round 52 (its plan in ``benchmarks/plans/round52.md``, committed at 13:01 UTC on 2026-11-26, before any ``v60_*``
set existed; a recalibration of replan's give-up probability, report part 24 ``v60_*`` sets) keeps the salt; the
``v59_*``, looked at on 2026-11-26 11:50 UTC (round 51's report), join the selection part beside the ``v58_*``, and
24 new sets (``v60_*``, added after the plan and before any result of the round) are :data:`REPORT_ONLY` and
:data:`FRESH` for round 52's report.
Round 53 (its plan in ``benchmarks/plans/round53.md``, committed at 14:13 UTC on 2026-11-26, before any ``v61_*``
set existed; replan's record rebuilt under the shipped forecast and give-up, report part 24 ``v61_*`` sets) keeps
the salt; the ``v60_*``, looked at on 2026-11-26 14:00 UTC (round 52's report), join the selection part beside the
``v59_*``, and 24 new sets (``v61_*``, added after the plan and before any result of the round) are
:data:`REPORT_ONLY` and :data:`FRESH` for round 53's report.

Usage::

    .venv/bin/python benchmarks/forecast/split.py lcdb:3 skl:wine sim:digits
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

SALT = "alplan-forecast-split-v8:"
#: The fresh report: the report-only sets of the latest report (the 24 ``v61_*``, committed for round 53's report,
#: after the ``v60_*`` were looked at on 2026-11-26 14:00 UTC (round 52's report) and the round's plan
#: (``benchmarks/plans/round53.md``) was committed at 14:13 UTC on 2026-11-26).
FRESH = frozenset({"skl:v61_digits_rowextent8", "skl:v61_digits_colextent8", "skl:v61_bc_perimfrac2",
                   "skl:v61_bc_worstareaconcav2_flip4", "skl:v61_wine_alkmag2", "skl:v61_wine_ashproan2_flip5",
                   "skl:v61_iris_crossgeoms2", "skl:v61_iris_partgeoms2_flip5", "skl:v61_trebuchet_launch",
                   "skl:v61_drawbridge_hoist", "skl:v61_boulder_tumble", "skl:v61_yogurt_culture3",
                   "skl:v61_pottery_glaze3", "skl:v61_earthquake_rumble4", "skl:v61_conveyor_haul5",
                   "skl:v61_tortoise_hibernate3", "skl:v61_sonar_ping4", "skl:v61_aurora_shimmer4",
                   "skl:v61_microscope_magnify3", "skl:v61_bean_germinate", "skl:v61_caramel_scorch3",
                   "skl:v61_naan_blister3", "skl:v61_billiard_sink", "skl:v61_levee_breach3"})
#: Data sets added after a report look and reserved for the report part (never fitted or chosen on): from round
#: 10 on, :data:`FRESH` alone. Earlier report-only sets (``v4_*`` to ``v7_*``) have been looked at and follow the
#: hash.
REPORT_ONLY = FRESH
#: Report-only sets of earlier reports that were looked at but never fitted or chosen on: from round 10 on they
#: are in the selection part (24 more data sets, each with the MLP, to choose among designs on), never in the
#: calibration part, so the shipped tables' calibration part is unchanged. The ``v8_*`` and ``v9_*`` (rounds 8
#: and 9), the ``v10_*`` to ``v13_*`` (round 10's four reports, looked at on 2026-11-23 17:47, 18:09, 18:41 and
#: 19:21 UTC), the ``v14_*`` and ``v15_*`` (round 11's reports, looked at on 2026-11-23 20:21 and 20:45 UTC), the
#: ``v16_*`` (round 12's, looked at on 2026-11-23 22:13 UTC), the ``v17_*`` (round 13's first, 23:59 UTC), the
#: ``v18_*`` (round 13's second, 2026-11-24 00:51 UTC), the ``v19_*`` (round 14's, 2026-11-24 09:52 UTC), the
#: ``v20_*`` (round 15's, 2026-11-24 10:43 UTC), the ``v21_*`` (round 16's, 2026-11-24 11:40 UTC), the ``v22_*``
#: (round 18's, 2026-11-24 12:13 UTC), the ``v23_*`` (round 19's, 2026-11-24 13:41 UTC), the ``v24_*`` (round 19's
#: second, 2026-11-24 14:10 UTC), the ``v25_*`` (round 20's, 2026-11-24 15:01 UTC), the ``v26_*`` (round 20's second,
#: 2026-11-24 15:37 UTC), the ``v27_*`` (round 21's, 2026-11-24 17:11 UTC), the ``v28_*`` (round 21's second,
#: 2026-11-24 17:37 UTC), the ``v29_*`` (round 21's third, 2026-11-24 18:10 UTC), the ``v30_*`` (round 22's fourth
#: report of R, 2026-11-24 19:21 UTC), the ``v31_*`` (round 23's report of X2, 2026-11-24 21:08 UTC), the ``v32_*``
#: (round 24's second report of X2, 2026-11-24 22:37 UTC), the ``v33_*`` (round 25's report of M, 2026-11-24 23:39
#: UTC), the ``v34_*`` (round 26's report of the shipped design, 2026-11-25 00:33 UTC), the ``v35_*`` (round 27's
#: report of the shipped design, 2026-11-25 02:18 UTC), the ``v36_*`` (round 28's report of the shipped design,
#: 2026-11-25 03:41 UTC), the ``v37_*`` (round 30's report of the shipped design, 2026-11-25 05:28 UTC), the
#: ``v38_*`` (round 31's report of the shipped design, 2026-11-25 06:44 UTC), the ``v39_*`` (round 32's report of
#: the shipped design, 2026-11-25 09:29 UTC), the ``v40_*`` (round 33's report of the shipped design, 2026-11-25
#: 11:45 UTC), the ``v41_*`` (round 34's report of the shipped design, 2026-11-25 14:40 UTC), the ``v42_*`` (round
#: 35's report of the shipped design, 2026-11-25 16:25 UTC), the ``v43_*`` (round 36's report of the shipped design,
#: 2026-11-25 17:09 UTC), the ``v44_*`` (round 37's report, 2026-11-25 18:35 UTC), the ``v45_*`` (round 38's report,
#: 2026-11-25 19:34 UTC), the ``v46_*`` (round 39's report, 2026-11-25 20:54 UTC), the ``v47_*`` (round 40's report,
#: 2026-11-25 21:47 UTC), the ``v49_*`` (round 41's report, 2026-11-25 23:35 UTC), the ``v50_*`` (round 42's report,
#: 2026-11-25 23:57 UTC), the ``v51_*`` (round 43's report, 2026-11-26 00:32 UTC), the ``v52_*`` (round 44's report,
#: 2026-11-26 01:31 UTC), the ``v53_*`` (round 45's report, 2026-11-26 02:26 UTC), the ``v54_*`` (round 46's report,
#: 2026-11-26 04:21 UTC), the ``v55_*`` (round 47's report, 2026-11-26 06:18 UTC), the ``v56_*`` (round 48's report,
#: 2026-11-26 07:09 UTC), the ``v57_*`` (round 49's report, 2026-11-26 08:39 UTC), the ``v58_*`` (round 50's report,
#: 2026-11-26 09:48 UTC), the ``v59_*`` (round 51's report, 2026-11-26 11:50 UTC), the ``v60_*`` (round 52's
#: report, 2026-11-26 14:00 UTC). From round 16 on, :data:`CALIBRATION_ADDED` of them are in the calibration part
#: instead.
#: Round 41 adds the ``v48_*`` here before any look (its plan, ``benchmarks/plans/round41.md``, makes them the
#: selection part of its fresh split).
SELECTION_ONLY = frozenset({
    "skl:v8_digits_left", "skl:v8_digits_5to9", "skl:v8_bc_even", "skl:v8_wine_classes12", "skl:v8_helix",
    "skl:v8_sparse_linear", "skl:v8_argmax5", "skl:v8_sectors6",
    "skl:v9_torus", "skl:v9_signs4", "skl:v9_hetero4", "skl:v9_parity_edge", "skl:v9_digits_centre",
    "skl:v9_digits_017_flip10", "skl:v9_bc_se", "skl:v9_wine_mult",
    "skl:v10_ellipses", "skl:v10_waves", "skl:v10_gauss_xor", "skl:v10_ordinal5", "skl:v10_digits_checker",
    "skl:v10_digits_2to6", "skl:v10_bc_worst", "skl:v10_wine_rank",
    "skl:v11_annulus_gap", "skl:v11_diag_bands", "skl:v11_cubic", "skl:v11_lognormal3", "skl:v11_digits_rows_odd",
    "skl:v11_digits_0369", "skl:v11_bc_log", "skl:v11_wine_flip5_even",
    "skl:v12_two_moons3d", "skl:v12_max_abs", "skl:v12_product_sign", "skl:v12_radial_bands",
    "skl:v12_digits_cols_mid", "skl:v12_digits_1478_flip5", "skl:v12_bc_sqrt_half", "skl:v12_wine_pairs",
    "skl:v13_sum_sines", "skl:v13_cross", "skl:v13_norm_ratio", "skl:v13_skew4", "skl:v13_digits_diag",
    "skl:v13_digits_2589", "skl:v13_bc_square", "skl:v13_wine_drop3",
    "skl:v14_bumps", "skl:v14_angle_bins", "skl:v14_heavy_tails", "skl:v14_interval", "skl:v14_digits_sums",
    "skl:v14_digits_1367", "skl:v14_bc_clip", "skl:v14_wine_odd_flip8",
    "skl:v15_quadratic_form", "skl:v15_two_logistics", "skl:v15_circle_count", "skl:v15_exp_margin",
    "skl:v15_digits_maxpool", "skl:v15_digits_0457", "skl:v15_bc_ratios", "skl:v15_wine_sqrt_flip6",
    "skl:v16_polar_checker", "skl:v16_min_threshold", "skl:v16_binary_weighted", "skl:v16_mixed_scales",
    "skl:v16_digits_corner", "skl:v16_digits_0168", "skl:v16_bc_pca5", "skl:v16_wine_products_flip4",
    "skl:v17_halfspaces_and", "skl:v17_feature_range", "skl:v17_prototypes", "skl:v17_abs_diff",
    "skl:v17_digits_topleft", "skl:v17_digits_2579", "skl:v17_bc_deciles", "skl:v17_wine_cbrt_flip5",
    "skl:v18_apollonius", "skl:v18_middle_of_three", "skl:v18_l1_ball", "skl:v18_majority",
    "skl:v18_digits_topright", "skl:v18_digits_3468", "skl:v18_bc_absz", "skl:v18_wine_signz_flip3",
    "skl:v19_cone", "skl:v19_count_above", "skl:v19_rotated_quadrants", "skl:v19_abs_compare",
    "skl:v19_digits_bottomleft", "skl:v19_digits_1258", "skl:v19_bc_quartiles", "skl:v19_wine_squarez_flip4",
    "skl:v20_segment", "skl:v20_product_compare", "skl:v20_staircase", "skl:v20_proj_argmax3",
    "skl:v20_digits_right", "skl:v20_digits_0359", "skl:v20_bc_worstgap", "skl:v20_wine_logratio_flip7",
    "skl:v21_spiral_arms3", "skl:v21_paraboloid", "skl:v21_square_rings", "skl:v21_l1_l2_ratio",
    "skl:v21_digits_midring", "skl:v21_digits_0248", "skl:v21_bc_serel", "skl:v21_wine_unitz_flip5",
    "skl:v22_two_slabs", "skl:v22_l1_anchors5", "skl:v22_sine_product3", "skl:v22_random_fourier",
    "skl:v22_digits_hgrad", "skl:v22_digits_1357", "skl:v22_bc_sortz", "skl:v22_wine_cumz_flip6",
    "skl:v23_ball_or_half", "skl:v23_quadratic_softmax3", "skl:v23_product_pairs4", "skl:v23_flower5",
    "skl:v23_digits_bin8", "skl:v23_digits_0689", "skl:v23_bc_rproj4", "skl:v23_wine_rowrank_flip8",
    "skl:v24_rank_of_first4", "skl:v24_covariances3", "skl:v24_mirrored_relu", "skl:v24_crescent",
    "skl:v24_digits_hfold", "skl:v24_digits_2467", "skl:v24_bc_diffz", "skl:v24_wine_recip_flip12",
    "skl:v25_pair_angle3", "skl:v25_hamming_ball", "skl:v25_cylinder", "skl:v25_logistic_interaction",
    "skl:v25_ascents4", "skl:v25_hex_cells3", "skl:v25_random_tree4", "skl:v25_random_dnf",
    "skl:v25_nearest_line5", "skl:v25_boxes5", "skl:v25_digits_vfold", "skl:v25_digits_laplace",
    "skl:v25_digits_3579", "skl:v25_bc_rbf6", "skl:v25_bc_statmean", "skl:v25_wine_softmaxz_flip9",
    "skl:v26_top_two6", "skl:v26_halfspace_vote", "skl:v26_twin_discs", "skl:v26_soft_voronoi4", "skl:v26_lp_star",
    "skl:v26_teacher_net3", "skl:v26_margin_gap", "skl:v26_triangle", "skl:v26_argmedian5", "skl:v26_poisson_counts4",
    "skl:v26_digits_profiles", "skl:v26_digits_dct4x4", "skl:v26_digits_1789", "skl:v26_bc_groupext",
    "skl:v26_wine_rotz_flip10", "skl:v26_iris_angles",
    "skl:v27_multiplexer6", "skl:v27_rule_list5", "skl:v27_longest_run", "skl:v27_bag_of_words4",
    "skl:v27_positive_count5", "skl:v27_islands", "skl:v27_patchy_noise", "skl:v27_bars3", "skl:v27_lemniscate",
    "skl:v27_farthest_centre3", "skl:v27_digits_moments", "skl:v27_digits_diagsums", "skl:v27_digits_3589",
    "skl:v27_bc_nosize", "skl:v27_wine_tanhz_flip7", "skl:v27_iris_crossprod",
    "skl:v28_count_mod3", "skl:v28_bilinear_sign", "skl:v28_max_projection3", "skl:v28_first_above4",
    "skl:v28_zipf_blobs4", "skl:v28_tail_event", "skl:v28_fuzzy_disc", "skl:v28_sine_band", "skl:v28_heart",
    "skl:v28_dominant_block3", "skl:v28_digits_oddgrid", "skl:v28_digits_transitions", "skl:v28_digits_2378",
    "skl:v28_bc_groupnorm", "skl:v28_wine_clr_flip6", "skl:v28_iris_areas",
    "skl:v29_order_of_extremes", "skl:v29_mod_sum3", "skl:v29_weighted_voronoi3", "skl:v29_switch_linear",
    "skl:v29_nested_shells3", "skl:v29_joint_exceedance", "skl:v29_graded_flips", "skl:v29_horseshoe",
    "skl:v29_cardioid", "skl:v29_parallel_cuts3", "skl:v29_digits_polarbins", "skl:v29_digits_hasym",
    "skl:v29_digits_1459", "skl:v29_bc_worstratio", "skl:v29_wine_cubez_flip5", "skl:v29_iris_petalratios",
    "skl:v30_perm_parity3", "skl:v30_hyperbolic_bands3", "skl:v30_nearest_circle3", "skl:v30_walk_crossing",
    "skl:v30_lead_gap", "skl:v30_simplex_peak4", "skl:v30_asymmetric_flips", "skl:v30_yin_yang", "skl:v30_pentagram",
    "skl:v30_bernoulli_classes3", "skl:v30_digits_hog4", "skl:v30_digits_autocorr", "skl:v30_digits_0236",
    "skl:v30_bc_roundness", "skl:v30_wine_sinz_flip6", "skl:v30_iris_hypots",
    "skl:v31_closest_pair", "skl:v31_coprime", "skl:v31_tone_frequency3", "skl:v31_carries5", "skl:v31_two_circles",
    "skl:v31_root_count", "skl:v31_same_moments", "skl:v31_mandelbrot", "skl:v31_voronoi_edges",
    "skl:v31_tilted_draws4", "skl:v31_digits_topology", "skl:v31_digits_inkneighbours", "skl:v31_digits_13579",
    "skl:v31_bc_mask30", "skl:v31_wine_zca_flip8", "skl:v31_iris_partgap",
    "skl:v32_least_factor4", "skl:v32_chirp3", "skl:v32_change_point5", "skl:v32_sierpinski",
    "skl:v32_convex_position", "skl:v32_paired_blobs6", "skl:v32_cyclic_confusion4", "skl:v32_line_of_sight",
    "skl:v32_triangle_kind3", "skl:v32_lissajous", "skl:v32_digits_jitter1", "skl:v32_digits_mod3",
    "skl:v32_digits_3457", "skl:v32_bc_thin25", "skl:v32_wine_polarz_flip6", "skl:v32_iris_wholecm",
    "skl:v33_koch_snowflake", "skl:v33_ar_process3", "skl:v33_duty_cycle4", "skl:v33_longest_increasing4",
    "skl:v33_det_sign", "skl:v33_winding3", "skl:v33_dominance3", "skl:v33_dirichlet_concentration3",
    "skl:v33_repeated_points", "skl:v33_polygon_sides6", "skl:v33_digits_turns", "skl:v33_digits_primes",
    "skl:v33_digits_389", "skl:v33_bc_spikes5", "skl:v33_wine_roundz_flip7", "skl:v33_iris_partsums",
    "skl:v34_records4", "skl:v34_incircle", "skl:v34_segments_cross", "skl:v34_damping3", "skl:v34_echo_lag6",
    "skl:v34_modulation3", "skl:v34_distinct_count4", "skl:v34_subset_sum", "skl:v34_queen_attack",
    "skl:v34_condorcet4", "skl:v34_graph_components3", "skl:v34_palindrome", "skl:v34_repeat_period7",
    "skl:v34_matrix_rank4", "skl:v34_nim_sum", "skl:v34_digits_dilate", "skl:v34_digits_rowsort",
    "skl:v34_digits_occlude3", "skl:v34_bc_oneway15", "skl:v34_bc_swaps10", "skl:v34_wine_junk13_flip5",
    "skl:v34_wine_blend30_flip4", "skl:v34_iris_swapparts", "skl:v34_iris_onehot3",
    "skl:v35_knight_moves4", "skl:v35_tictactoe4", "skl:v35_poker_hand4", "skl:v35_life_rule", "skl:v35_edf_feasible",
    "skl:v35_inertia4", "skl:v35_orbit_kind3", "skl:v35_projectile", "skl:v35_waveform5", "skl:v35_bipartite",
    "skl:v35_mendel_cross4", "skl:v35_blackjack3", "skl:v35_clock_hands6", "skl:v35_interval_depth4",
    "skl:v35_queue_wait", "skl:v35_digits_shear2", "skl:v35_digits_inkdistance", "skl:v35_digits_salt10",
    "skl:v35_bc_mnar10", "skl:v35_bc_edgeflip20", "skl:v35_wine_twolabs_flip5", "skl:v35_wine_permute4_flip6",
    "skl:v35_iris_zoom", "skl:v35_iris_pairflip20",
    "skl:v36_stack_sortable", "skl:v36_titration3", "skl:v36_bounce_count5", "skl:v36_thin_lens4",
    "skl:v36_total_reflection", "skl:v36_elastic_collision3", "skl:v36_percolation", "skl:v36_circuit_current3",
    "skl:v36_electoral_split4", "skl:v36_block_stack4", "skl:v36_ice_water3", "skl:v36_epidemic_size3",
    "skl:v36_loan_payoff4", "skl:v36_gamblers_ruin", "skl:v36_colour_names8", "skl:v36_digits_erode",
    "skl:v36_digits_gamma3", "skl:v36_digits_integral", "skl:v36_bc_floor25", "skl:v36_bc_cauchy5",
    "skl:v36_wine_expz_flip6", "skl:v36_wine_roll2_flip5", "skl:v36_iris_onemissing", "skl:v36_iris_prodsum",
    "skl:v37_balance_scale3", "skl:v37_yellow_light4", "skl:v37_bowling_score3", "skl:v37_buoyancy3",
    "skl:v37_coffee_cooling3", "skl:v37_ladder_slip", "skl:v37_incline_pulley3", "skl:v37_tank_fill3",
    "skl:v37_lift_trips", "skl:v37_dart_score3", "skl:v37_thermostat", "skl:v37_river_crossing3",
    "skl:v37_snakes_ladders3", "skl:v37_daylight", "skl:v37_sandpile3", "skl:v37_digits_blur3",
    "skl:v37_digits_shotnoise", "skl:v37_digits_fftabs", "skl:v37_bc_sigfig1", "skl:v37_bc_bootstrap",
    "skl:v37_wine_knnmean3_flip5", "skl:v37_wine_shrink1_flip7", "skl:v37_iris_pairdiffs", "skl:v37_iris_classshuffle",
    "skl:v38_body_mass4", "skl:v38_wind_chill3", "skl:v38_domino_run3", "skl:v38_noise_level", "skl:v38_harbour_tide",
    "skl:v38_change_coins3", "skl:v38_heart_zone4", "skl:v38_bike_gear3", "skl:v38_pendulum_clock3",
    "skl:v38_exposure3", "skl:v38_green_wave3", "skl:v38_parcel_size4", "skl:v38_tennis_game3", "skl:v38_dew_frost3",
    "skl:v38_shelf_sag3", "skl:v38_digits_haar", "skl:v38_digits_dither", "skl:v38_digits_singular",
    "skl:v38_bc_covnoise30", "skl:v38_bc_weakest10", "skl:v38_wine_topk4_flip6", "skl:v38_wine_baseline1_flip5",
    "skl:v38_iris_kmeans3", "skl:v38_iris_residuals",
    "skl:v39_sunburn3", "skl:v39_egg_boil3", "skl:v39_point_of_sail5", "skl:v39_rain_run3", "skl:v39_lake_ice4",
    "skl:v39_sleep_cycles4", "skl:v39_thunder_storm", "skl:v39_scuba_dive3", "skl:v39_stair_step3",
    "skl:v39_arch_bridge", "skl:v39_golf_putt3", "skl:v39_reading_glasses4", "skl:v39_ski_grade4",
    "skl:v39_clothing_size6", "skl:v39_beaufort8", "skl:v39_digits_median3", "skl:v39_digits_tilt15",
    "skl:v39_digits_lbp", "skl:v39_bc_yeojohnson", "skl:v39_bc_decorr90", "skl:v39_wine_cummax_flip6",
    "skl:v39_wine_wrap3_flip4", "skl:v39_iris_reflect", "skl:v39_iris_dpnoise30",
    "skl:v40_bread_rise3", "skl:v40_paint_tins6", "skl:v40_shower_mix4", "skl:v40_laundry_dry3", "skl:v40_tea_steep3",
    "skl:v40_parallel_park3", "skl:v40_pipe_corner3", "skl:v40_fuel_range3", "skl:v40_wifi_bars5",
    "skl:v40_marathon_finish4", "skl:v40_tyre_pressure4", "skl:v40_picture_wire", "skl:v40_phone_battery4",
    "skl:v40_hill_walk3", "skl:v40_quake_felt8", "skl:v40_digits_recentre", "skl:v40_digits_mirror",
    "skl:v40_digits_fillholes4", "skl:v40_bc_ci95", "skl:v40_bc_nopc2", "skl:v40_wine_rff16_flip5",
    "skl:v40_wine_hinges_flip7", "skl:v40_iris_spin", "skl:v40_iris_kpca2",
    "skl:v41_kettle_boil4", "skl:v41_roof_snow3", "skl:v41_candle_burn3", "skl:v41_pot_plant4", "skl:v41_balloon_lift3",
    "skl:v41_sledge_run4", "skl:v41_picnic_food3", "skl:v41_kite_fly", "skl:v41_toast_brown4", "skl:v41_fire_exit3",
    "skl:v41_bath_overflow3", "skl:v41_solar_roof3", "skl:v41_wind_turbine4", "skl:v41_cool_box3",
    "skl:v41_guitar_string5", "skl:v41_digits_sobel", "skl:v41_digits_negative", "skl:v41_digits_resize25",
    "skl:v41_bc_hash8", "skl:v41_bc_swapnoise20", "skl:v41_wine_simhash16_flip5", "skl:v41_wine_gaussbins3_flip6",
    "skl:v41_iris_hypersph", "skl:v41_iris_typos10",
    "skl:v42_bike_brake3", "skl:v42_ice_cream_melt3", "skl:v42_rain_barrel3", "skl:v42_garden_hose4",
    "skl:v42_sound_hear3", "skl:v42_shadow_length4", "skl:v42_torch_battery3", "skl:v42_egg_drop",
    "skl:v42_bucket_leak4", "skl:v42_cookie_bake3", "skl:v42_water_freeze3", "skl:v42_umbrella_wind3",
    "skl:v42_ladder_reach3", "skl:v42_snowball_roll4", "skl:v42_paper_fold5", "skl:v42_digits_transpose",
    "skl:v42_digits_posterize4", "skl:v42_digits_outline", "skl:v42_bc_rowl1", "skl:v42_bc_winsor5",
    "skl:v42_wine_rankgauss_flip5", "skl:v42_wine_asinh_flip6", "skl:v42_iris_ellipse", "skl:v42_iris_quarterinch",
    "skl:v43_bus_catch3", "skl:v43_pasta_cook3", "skl:v43_rubber_band3", "skl:v43_milk_sour3",
    "skl:v43_marble_ramp4", "skl:v43_jar_lid", "skl:v43_pizza_share3", "skl:v43_sand_castle3",
    "skl:v43_popcorn_pop4", "skl:v43_campfire_light3", "skl:v43_parachute_land3", "skl:v43_mirror_view3",
    "skl:v43_tug_of_war3", "skl:v43_lemonade_mix4", "skl:v43_bike_pump4", "skl:v43_digits_hadamard",
    "skl:v43_digits_inkruns", "skl:v43_digits_loops", "skl:v43_bc_trim3", "skl:v43_bc_stage",
    "skl:v43_wine_rowminmax_flip5", "skl:v43_wine_dilute_flip6", "skl:v43_iris_rowstats", "skl:v43_iris_decoys",
    "skl:v44_taxi_fare3", "skl:v44_jam_set3", "skl:v44_fridge_magnet3", "skl:v44_pool_chlorine3",
    "skl:v44_tree_fell4", "skl:v44_fuse_trip", "skl:v44_gutter_flow3", "skl:v44_stick_box3",
    "skl:v44_drone_flight4", "skl:v44_compost_heat3", "skl:v44_altitude_ill3", "skl:v44_sprinkler_arc3",
    "skl:v44_hay_fever3", "skl:v44_sprint_time4", "skl:v44_street_flood4", "skl:v44_digits_adjprod",
    "skl:v44_digits_inkcentres", "skl:v44_digits_letters", "skl:v44_bc_zhist6", "skl:v44_bc_benigntexture",
    "skl:v44_wine_phenolics_flip5", "skl:v44_wine_pairmax_flip6", "skl:v44_iris_widths", "skl:v44_iris_poly2",
    "skl:v45_noise_dose3", "skl:v45_espresso_shot3", "skl:v45_desk_lamp3", "skl:v45_caffeine_left3",
    "skl:v45_crane_load4", "skl:v45_freezer_cut", "skl:v45_snow_shoe3", "skl:v45_ring_toss3",
    "skl:v45_chimney_draw4", "skl:v45_heat_stress3", "skl:v45_wet_road3", "skl:v45_rug_fit3",
    "skl:v45_seed_sprout3", "skl:v45_zip_line4", "skl:v45_cliff_dive4", "skl:v45_digits_adjmin",
    "skl:v45_digits_inkspreads", "skl:v45_digits_sevenseg", "skl:v45_bc_concavity6", "skl:v45_bc_borderline",
    "skl:v45_wine_head5_flip5", "skl:v45_wine_noproline_flip6", "skl:v45_iris_lengths", "skl:v45_iris_interact3",
    "skl:v46_microwave_heat3", "skl:v46_star_gaze3", "skl:v46_seesaw_tilt3", "skl:v46_paint_dry3",
    "skl:v46_hammock_hang4", "skl:v46_canoe_tip", "skl:v46_ford_wade3", "skl:v46_key_hole3", "skl:v46_bike_climb4",
    "skl:v46_ev_charge3", "skl:v46_low_bridge3", "skl:v46_beach_shade3", "skl:v46_fruit_ripen3", "skl:v46_air_con4",
    "skl:v46_hail_dent4", "skl:v46_digits_rank2", "skl:v46_digits_blockstd", "skl:v46_digits_popcount",
    "skl:v46_bc_size9", "skl:v46_bc_atypical", "skl:v46_wine_colourhue_flip5", "skl:v46_wine_tripleprod_flip6",
    "skl:v46_iris_perimeters", "skl:v46_iris_rowcentre",
    "skl:v47_aquarium_stock3", "skl:v47_cheese_age3", "skl:v47_water_carry3", "skl:v47_coaster_loop",
    "skl:v47_printer_ink4", "skl:v47_speed_camera5", "skl:v47_camera_shake4", "skl:v47_lawn_mow3",
    "skl:v47_digits_rowcolmax", "skl:v47_bc_texture3", "skl:v47_wine_highproline_flip5", "skl:v47_iris_sepal2petal3",
    "skl:v48_tea_brew3", "skl:v48_tyre_grip3", "skl:v48_dough_proof4", "skl:v48_kite_lift",
    "skl:v48_digits_ringmeans", "skl:v48_digits_rowcolstd", "skl:v48_snow_melt3", "skl:v48_bc_smooth3",
    "skl:v48_battery_drain4", "skl:v48_bc_symfrac6", "skl:v48_ladder_foot", "skl:v48_pizza_bake3",
    "skl:v48_water_butt3", "skl:v48_gear_pick5", "skl:v48_ice_thick3", "skl:v48_wine_highalcohol_flip4",
    "skl:v48_noise_carry", "skl:v48_wine_ashmag_flip6", "skl:v48_plant_water4", "skl:v48_iris_nopetallen",
    "skl:v48_crowd_exit3", "skl:v48_jam_gel", "skl:v48_iris_colranks", "skl:v48_dew_point4",
    "skl:v49_boat_drift3", "skl:v49_digits_rowpeaks", "skl:v49_oven_preheat3", "skl:v49_wine_colourod_flip5",
    "skl:v49_parcel_post4", "skl:v49_bc_worst5", "skl:v49_fell_walk3", "skl:v49_iris_logscale", "skl:v49_fog_light",
    "skl:v49_till_queue3", "skl:v49_solar_panel4", "skl:v49_tent_wind3", "skl:v49_bath_fill3",
    "skl:v49_digits_quadink", "skl:v49_hose_reach", "skl:v49_mug_cool3", "skl:v49_bc_worstshape4",
    "skl:v49_wine_nocolour_flip4", "skl:v49_iris_sqrts", "skl:v49_tide_pool3", "skl:v49_dryer_load3",
    "skl:v49_ski_wax4", "skl:v49_wifi_signal3", "skl:v49_bc_errors5",
    "skl:v50_digits_diagpair", "skl:v50_bc_mean5", "skl:v50_wine_phenols4_flip3", "skl:v50_iris_ratios2",
    "skl:v50_jug_heat3", "skl:v50_river_ford3", "skl:v50_sail_reef", "skl:v50_wick_burn3", "skl:v50_paint_cover",
    "skl:v50_bus_late3", "skl:v50_pond_ice4", "skl:v50_wave_height5",
    "skl:v51_digits_colink", "skl:v51_bc_texsmooth2", "skl:v51_wine_alcmalic2_flip4", "skl:v51_iris_areas2",
    "skl:v51_sled_glide3", "skl:v51_loaf_rise", "skl:v51_brake_stop4", "skl:v51_fridge_spoil", "skl:v51_plank_bend3",
    "skl:v51_lamp_glare3", "skl:v51_rope_snap", "skl:v51_coffee_strength5",
    "skl:v52_digits_thirds9", "skl:v52_digits_rowcount8", "skl:v52_bc_worsttexsmooth2", "skl:v52_bc_compsym2_flip3",
    "skl:v52_wine_alcproline2", "skl:v52_wine_flavhue2_flip5", "skl:v52_iris_sums2", "skl:v52_iris_diffs2_flip4",
    "skl:v52_hike_pace", "skl:v52_hay_dry", "skl:v52_bird_feeder", "skl:v52_cake_rise3", "skl:v52_swim_lap3",
    "skl:v52_chess_clock5", "skl:v52_oil_change4", "skl:v52_rice_cook3", "skl:v52_bridge_sway4",
    "skl:v52_vine_frost3", "skl:v52_paddle_boat4", "skl:v52_roof_leak", "skl:v52_tyre_wear3",
    "skl:v52_ferry_delay3", "skl:v52_bee_forage", "skl:v52_flood_gate3",
    "skl:v53_digits_colcount8", "skl:v53_digits_ringcount4", "skl:v53_bc_worstradconc2", "skl:v53_bc_smoothfrac2_flip4",
    "skl:v53_wine_ashcolour2", "skl:v53_wine_magod2_flip4", "skl:v53_iris_slenpwid2", "skl:v53_iris_swidplen2_flip5",
    "skl:v53_bin_full", "skl:v53_fence_paint", "skl:v53_pan_sizzle", "skl:v53_tram_crowd3", "skl:v53_soup_salt3",
    "skl:v53_kiln_fire4", "skl:v53_parking_fee5", "skl:v53_hedge_trim3", "skl:v53_glacier_flow4", "skl:v53_drum_pitch4",
    "skl:v53_swing_arc3", "skl:v53_door_creak", "skl:v53_milk_froth3", "skl:v53_dam_spill3", "skl:v53_pipe_burst",
    "skl:v53_avalanche_risk3",
    "skl:v54_digits_rowasym8", "skl:v54_digits_inkheight8", "skl:v54_bc_perimconcav2",
    "skl:v54_bc_worstcompfrac2_flip5", "skl:v54_wine_alkphenols2", "skl:v54_wine_nonflavproan2_flip5",
    "skl:v54_iris_slenplen2", "skl:v54_iris_swidpwid2_flip4", "skl:v54_cup_spill", "skl:v54_bottle_float",
    "skl:v54_stool_wobble", "skl:v54_cork_pop3", "skl:v54_tap_drip3", "skl:v54_yoghurt_set4", "skl:v54_sand_timer5",
    "skl:v54_fan_cool3", "skl:v54_spring_stretch4", "skl:v54_tow_rope4", "skl:v54_bulb_glow3", "skl:v54_nail_hold",
    "skl:v54_radiator_warm3", "skl:v54_paper_plane3", "skl:v54_glass_crack", "skl:v54_cooker_valve3",
    "skl:v55_digits_colasym8", "skl:v55_digits_inkwidth8", "skl:v55_bc_areasym2", "skl:v55_bc_worstperimsmooth2_flip4",
    "skl:v55_wine_malicmag2", "skl:v55_wine_alkhue2_flip5", "skl:v55_iris_plenpwid2", "skl:v55_iris_slenswid2_flip4",
    "skl:v55_tent_peg", "skl:v55_iron_crease", "skl:v55_towel_dry", "skl:v55_smoothie_blend3",
    "skl:v55_hairdryer_heat3", "skl:v55_rucksack_load4", "skl:v55_stair_climb5", "skl:v55_window_fog3",
    "skl:v55_anchor_drag4", "skl:v55_rowing_pace4", "skl:v55_trampoline_bounce3", "skl:v55_sandbag_hold",
    "skl:v55_sauna_sweat3", "skl:v55_skate_glide3", "skl:v55_balloon_pop", "skl:v55_toaster_smoke3",
    "skl:v56_digits_rowtv8", "skl:v56_digits_coltv8", "skl:v56_bc_texconcpts2", "skl:v56_bc_worstareasym2_flip5",
    "skl:v56_wine_flavproline2", "skl:v56_wine_malicod2_flip4", "skl:v56_iris_slenplenpwid3",
    "skl:v56_iris_slenswidplen3_flip5", "skl:v56_stepladder_tip", "skl:v56_birdbath_freeze", "skl:v56_hosepipe_reach",
    "skl:v56_pancake_brown3", "skl:v56_greenhouse_warm3", "skl:v56_kayak_drift4", "skl:v56_scooter_brake5",
    "skl:v56_lolly_melt3", "skl:v56_zipline_speed4", "skl:v56_bobsled_run4", "skl:v56_swingball_spin3",
    "skl:v56_doormat_dry", "skl:v56_snowman_build3", "skl:v56_bonfire_smoke3", "skl:v56_mousetrap_snap",
    "skl:v56_pinata_burst3",
    "skl:v57_digits_rowjump8", "skl:v57_digits_coljump8", "skl:v57_bc_radfrac2", "skl:v57_bc_worstconcsym2_flip4",
    "skl:v57_wine_alcflav2", "skl:v57_wine_phenolscolour2_flip5", "skl:v57_iris_lenwidprods2",
    "skl:v57_iris_swidplenpwid3_flip4", "skl:v57_candle_drip", "skl:v57_puddle_jump", "skl:v57_wheelbarrow_tip",
    "skl:v57_teapot_steep3", "skl:v57_marmalade_set3", "skl:v57_canoe_glide4", "skl:v57_skateboard_stop5",
    "skl:v57_icecube_melt3", "skl:v57_hammock_sag4", "skl:v57_catapult_throw4", "skl:v57_yoyo_spin3",
    "skl:v57_gutter_clog", "skl:v57_sandcastle_stand3", "skl:v57_campfire_glow3", "skl:v57_fuse_blow",
    "skl:v57_popcorn_burn3",
    "skl:v58_digits_rowmedian8", "skl:v58_digits_colmedian8", "skl:v58_bc_areaconcav2",
    "skl:v58_bc_worsttexfrac2_flip5", "skl:v58_wine_hueproline2", "skl:v58_wine_malicash2_flip4",
    "skl:v58_iris_crossratios2", "skl:v58_iris_crosssums2_flip5", "skl:v58_kite_soar", "skl:v58_bucket_overflow",
    "skl:v58_sledge_slide", "skl:v58_dough_prove3", "skl:v58_varnish_cure3", "skl:v58_bicycle_climb4",
    "skl:v58_lantern_dim5", "skl:v58_soup_cool3", "skl:v58_glacier_creep4", "skl:v58_rocket_climb4",
    "skl:v58_drum_echo3", "skl:v58_kettle_fur", "skl:v58_orchard_ripen3", "skl:v58_flue_draw3", "skl:v58_tyre_burst",
    "skl:v58_volcano_erupt3",
    "skl:v59_digits_rowfaint8", "skl:v59_digits_colfaint8", "skl:v59_bc_radcomp2", "skl:v59_bc_worstradtex2_flip4",
    "skl:v59_wine_alccolour2", "skl:v59_wine_alkproan2_flip5", "skl:v59_iris_crossdiffs2",
    "skl:v59_iris_crosshypots2_flip5", "skl:v59_raft_float", "skl:v59_wheelchair_ramp", "skl:v59_bell_ring",
    "skl:v59_cider_ferment3", "skl:v59_toffee_harden3", "skl:v59_chilli_heat4", "skl:v59_motorway_flow5",
    "skl:v59_surf_break3", "skl:v59_waterfall_roar4", "skl:v59_meteor_glow4", "skl:v59_radar_spot3",
    "skl:v59_mould_grow", "skl:v59_honey_crystal3", "skl:v59_steak_sear3", "skl:v59_archery_gold",
    "skl:v59_landslide_slip3",
    "skl:v60_digits_rowcurve8", "skl:v60_digits_colcurve8", "skl:v60_bc_texsym2",
    "skl:v60_bc_worstsmoothconcpts2_flip5", "skl:v60_wine_magproline2", "skl:v60_wine_ashnonflav2_flip4",
    "skl:v60_iris_crossharms2", "skl:v60_iris_partharms2_flip4", "skl:v60_hurdle_clear", "skl:v60_geyser_spout",
    "skl:v60_windmill_grind", "skl:v60_custard_thicken3", "skl:v60_cement_stiffen3", "skl:v60_quarry_blast4",
    "skl:v60_harvester_reap5", "skl:v60_ember_fade3", "skl:v60_tsunami_surge4", "skl:v60_comet_flare4",
    "skl:v60_telescope_resolve3", "skl:v60_seedling_wilt", "skl:v60_butter_churn3", "skl:v60_asphalt_soften3",
    "skl:v60_basketball_swish", "skl:v60_hurricane_strike3"})
#: Round 16's salt for :data:`CALIBRATION_ADDED`.
CALIBRATION_SALT = "alplan-forecast-r16-calibration:"


def _hash(salt: str, key: str) -> int:
    return int(hashlib.sha256((salt + key).encode()).hexdigest(), 16)


#: The rounds whose looked-at sets :data:`CALIBRATION_ADDED` draws from (those in :data:`SELECTION_ONLY` at round 16).
CALIBRATION_ROUNDS = tuple(f"skl:v{r}_" for r in range(8, 21))
#: Round 16 (``benchmarks/plans/round16.md``): the :data:`SELECTION_ONLY` sets of :data:`CALIBRATION_ROUNDS` whose
#: hash under :data:`CALIBRATION_SALT` is even (46 of 104) are in the calibration part, the rest stay in the
#: selection part. Each carries the MLP: the calibration part held it on 12 data sets, too few for the neural
#: spread strata to be fitted per regime. Tables fitted before round 16 read the calibration part without them.
#: Later rounds' looked-at sets join the selection part only.
CALIBRATION_ADDED = frozenset(k for k in SELECTION_ONLY
                              if k.startswith(CALIBRATION_ROUNDS) and _hash(CALIBRATION_SALT, k) % 2 == 0)
PARTS = ("calibration",) * 5 + ("selection",) * 3 + ("report",) * 2
ROOT = Path(__file__).resolve().parents[2]
HOLDOUT_FILE = ROOT.parent / "shared" / "lcdb_holdout.txt"


def part(key: str) -> str:
    """``"calibration"``, ``"selection"`` or ``"report"`` for a data-set key such as ``lcdb:3``."""
    key = str(key)
    if key.startswith("lcdb:") and key[5:] in {str(i) for i in holdout_ids()}:
        raise ValueError(f"{key} is an LCDB holdout id (shared/lcdb_holdout.txt): never used here")
    if key in REPORT_ONLY:
        return "report"
    if key in SELECTION_ONLY:
        return "calibration" if key in CALIBRATION_ADDED else "selection"
    return PARTS[_hash(SALT, key) % 10]


def key_of(name: str, source: str) -> str:
    """The split key of a data-set name of ``source``: ``name`` itself when it already is ``source:...``."""
    name = str(name)
    return name if name.startswith(f"{source}:") else f"{source}:{name}"


def holdout_ids(path: Path = HOLDOUT_FILE) -> set[int]:
    """The LCDB ids reserved for independent evaluation (empty when the file is absent)."""
    if not path.exists():
        return set()
    out = set()
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(int(line))
    return out


if __name__ == "__main__":
    for k in sys.argv[1:]:
        print(k, part(k))
