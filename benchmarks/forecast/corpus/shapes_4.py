"""The corpus's generated shapes, part 4 of 4: one function per shape, ``(n, rng, params) -> (X, y)``."""

from __future__ import annotations

import numpy as np

from .registry import flip_binary, redraw_among, shape


@shape
def smoothie_blend(n, rng, params):
    # a blender at uniform on [1, 10] speed for uniform on [5, 60] seconds (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the speed
    X[:, :2] = X[:, :2] * [9.0, 55.0] + [1.0, 5.0]   # times the seconds: under 100 (0: chunky), under 250 (1:
    speed, seconds = X[:, :2].T   # smooth) or more (2: puree)
    return X, np.digitize(speed * seconds, [100.0, 250.0]).astype(np.int64)

@shape
def hairdryer_heat(n, rng, params):
    # a hairdryer of uniform on [600, 2000] W held uniform on [5, 40] cm away (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the W over
    X[:, :2] = X[:, :2] * [1400.0, 35.0] + [600.0, 5.0]   # the cm: under 40 (0: cool), under 90 (1: warm) or more
    watts, cm = X[:, :2].T   # (2: hot)
    return X, np.digitize(watts / cm, [40.0, 90.0]).astype(np.int64)

@shape
def rucksack_load(n, rng, params):
    # a rucksack of uniform on [2, 25] kg on a walker of uniform on [45, 110] kg (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [23.0, 65.0] + [2.0, 45.0]   # pack's % of the walker's kg: under 10 (0: light), under 18
    pack, walker = X[:, :2].T   # (1: fair), under 26 (2: heavy) or more (3: overloaded)
    return X, np.digitize(100 * pack / walker, [10.0, 18.0, 26.0]).astype(np.int64)

@shape
def stair_climb(n, rng, params):
    # uniform on [1, 20] floors of 18 steps climbed at uniform on [40, 120] steps a minute
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
    X[:, :2] = X[:, :2] * [19.0, 80.0] + [1.0, 40.0]   # the minutes, 18 times the floors over the steps a minute:
    floors, rate = X[:, :2].T   # under 1 (0), under 2 (1), under 3 (2), under 4.5 (3) or longer (4)
    return X, np.digitize(18 * floors / rate, [1.0, 2.0, 3.0, 4.5]).astype(np.int64)

@shape
def window_fog(n, rng, params):
    # a window uniform on [0, 20] C colder than a room of uniform on [30, 90] % humidity
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [20.0, 60.0] + [0.0, 30.0]   # C times the % over 100: under 4 (0: clear), under 9 (1:
    gap, humidity = X[:, :2].T   # misty) or more (2: streaming)
    return X, np.digitize(gap * humidity / 100, [4.0, 9.0]).astype(np.int64)

@shape
def anchor_drag(n, rng, params):
    # a boat of uniform on [1, 20] t at anchor in a wind of uniform on [2, 25] m/s (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the t
    X[:, :2] = X[:, :2] * [19.0, 23.0] + [1.0, 2.0]   # times the m/s squared over 100: under 5 (0: holds), under
    tonnes, wind = X[:, :2].T   # 20 (1: creeps), under 60 (2: drags) or more (3: breaks free)
    return X, np.digitize(tonnes * wind**2 / 100, [5.0, 20.0, 60.0]).astype(np.int64)

@shape
def rowing_pace(n, rng, params):
    # a rower at uniform on [18, 40] strokes a minute putting out uniform on [100, 400] W
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [22.0, 300.0] + [18.0, 100.0]   # rate's square root times the W's cube root: under 28
    rate, watts = X[:, :2].T   # (0: easy), under 33 (1: steady), under 38 (2: hard) or more (3: race)
    return X, np.digitize(np.sqrt(rate) * np.cbrt(watts), [28.0, 33.0, 38.0]).astype(np.int64)

@shape
def trampoline_bounce(n, rng, params):
    # a jumper of uniform on [20, 100] kg on a trampoline of uniform on [20, 100]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # springs (the other features uniform on [0,
    X[:, :2] = X[:, :2] * [80.0, 80.0] + [20.0, 20.0]   # 1]): the cm, 60 times the springs over the kg: under 50
    kg, springs = X[:, :2].T   # (0: low), under 100 (1: high) or more (2: soaring)
    return X, np.digitize(60 * springs / kg, [50.0, 100.0]).astype(np.int64)

@shape
def sandbag_hold(n, rng, params):
    # a wall of uniform on [0, 40] sandbags against a flood of uniform on [0, 100] cm
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): it
    X[:, :2] = X[:, :2] * [40.0, 100.0]   # holds (1) when 2.5 cm a bag pass the flood's cm, ``flip`` of the labels
    bags, flood = X[:, :2].T   # at random
    y = (2.5 * bags > flood).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def sauna_sweat(n, rng, params):
    # a sauna at uniform on [60, 100] C sat in for uniform on [2, 20] minutes (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C above
    X[:, :2] = X[:, :2] * [40.0, 18.0] + [60.0, 2.0]   # 50 times the minutes: under 250 (0: dry), under 600 (1:
    temp, minutes = X[:, :2].T   # damp) or more (2: dripping), ``flip`` of the labels redrawn
    y = np.digitize((temp - 50) * minutes, [250.0, 600.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def skate_glide(n, rng, params):
    # a skater of uniform on [40, 100] kg on ice at uniform on [-20, 0] C (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the m a push
    X[:, :2] = X[:, :2] * [20.0, 60.0] + [-20.0, 40.0]   # glides, a tenth of the kg plus half the C: under 2 (0:
    ice, kg = X[:, :2].T   # short), under 5 (1: fair) or more (2: long), ``flip`` of the labels redrawn
    y = np.digitize(kg / 10 + ice / 2, [2.0, 5.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def balloon_pop(n, rng, params):
    # a balloon of uniform on [20, 40] cm blown with uniform on [5, 30] breaths (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it pops (1,
    X[:, :2] = X[:, :2] * [25.0, 20.0] + [5.0, 20.0]   # about a sixth) when the breaths pass 0.9 a cm
    breaths, size = X[:, :2].T
    return X, (breaths / size > 0.9).astype(np.int64)

@shape
def toaster_smoke(n, rng, params):
    # a toaster at uniform on [1, 6] setting for uniform on [1, 5] minutes (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the setting
    X[:, :2] = X[:, :2] * [5.0, 4.0] + [1.0, 1.0]   # times the minutes: under 8 (0: pale), under 20 (1: golden)
    setting, minutes = X[:, :2].T   # or more (2: smoking, rare)
    return X, np.digitize(setting * minutes, [8.0, 20.0]).astype(np.int64)

@shape
def stepladder_tip(n, rng, params):
    # a stepladder stood on at a step of uniform on [0.5, 2.5] m, leant uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0, 60] cm to one side (the other features
    X[:, :2] = X[:, :2] * [2.0, 60.0] + [0.5, 0.0]   # uniform on [0, 1]): it tips (1) when the m times the cm
    height, lean = X[:, :2].T   # pass 40
    return X, (height * lean > 40).astype(np.int64)

@shape
def birdbath_freeze(n, rng, params):
    # a night at uniform on [-12, 4] C for uniform on [2, 14] hours (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the birdbath
    X[:, :2] = X[:, :2] * [16.0, 12.0] + [-12.0, 2.0]   # ices over (1) when the C below 0 times the hours pass 20
    temp, hours = X[:, :2].T
    return X, (-temp * hours > 20).astype(np.int64)

@shape
def hosepipe_reach(n, rng, params):
    # a hosepipe of uniform on [5, 30] m and a bed uniform on [5, 35] m from the tap
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): it
    X[:, :2] = X[:, :2] * [25.0, 30.0] + [5.0, 5.0]   # reaches (1) when 1.1 times the hose's m plus 2 pass the
    hose, far = X[:, :2].T   # bed's m (the spray's 2 m and the slack)
    return X, (1.1 * hose + 2 > far).astype(np.int64)

@shape
def pancake_brown(n, rng, params):
    # a pan at uniform on [140, 240] C for uniform on [30, 180] seconds a side (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the C
    X[:, :2] = X[:, :2] * [100.0, 150.0] + [140.0, 30.0]   # above 120 times the seconds over 1000: under 5 (0:
    temp, seconds = X[:, :2].T   # pale), under 11 (1: golden) or more (2: burnt)
    return X, np.digitize((temp - 120) * seconds / 1000, [5.0, 11.0]).astype(np.int64)

@shape
def greenhouse_warm(n, rng, params):
    # a greenhouse in sun of uniform on [100, 900] W/m^2 with uniform on [0, 100] %
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of its vents open (the other features
    X[:, :2] = X[:, :2] * [800.0, 100.0] + [100.0, 0.0]   # uniform on [0, 1]): the C it gains, a twentieth of the
    sun, vents = X[:, :2].T   # W/m^2 times 1 less the % over 120: under 9 (0: cool), under 20 (1: warm) or more
    return X, np.digitize(sun * (1 - vents / 120) / 20, [9.0, 20.0]).astype(np.int64)   # (2: hot)

@shape
def kayak_drift(n, rng, params):
    # a kayak in a current of uniform on [0.2, 2] m/s and a wind of uniform on [0, 15] m/s
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [1.8, 15.0] + [0.2, 0.0]   # m it drifts a minute, 60 times the current plus twice the
    current, wind = X[:, :2].T   # wind: under 50 (0: slow), under 80 (1: steady), under 110 (2: fast) or more (3:
    return X, np.digitize(60 * current + 2 * wind, [50.0, 80.0, 110.0]).astype(np.int64)   # swept)

@shape
def scooter_brake(n, rng, params):
    # a scooter at uniform on [5, 30] km/h on a road of grip uniform on [0.2, 0.9] (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the m to
    X[:, :2] = X[:, :2] * [25.0, 0.7] + [5.0, 0.2]   # stop, the km/h squared over 254 times the grip: under 0.8
    speed, grip = X[:, :2].T   # (0), under 2 (1), under 3.5 (2), under 6 (3) or longer (4)
    return X, np.digitize(speed**2 / (254 * grip), [0.8, 2.0, 3.5, 6.0]).astype(np.int64)

@shape
def lolly_melt(n, rng, params):
    # an ice lolly in air of uniform on [15, 40] C for uniform on [1, 30] minutes (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the C
    X[:, :2] = X[:, :2] * [25.0, 29.0] + [15.0, 1.0]   # above 10 times the minutes: under 150 (0: firm), under
    temp, minutes = X[:, :2].T   # 400 (1: dripping) or more (2: melted)
    return X, np.digitize((temp - 10) * minutes, [150.0, 400.0]).astype(np.int64)

@shape
def zipline_speed(n, rng, params):
    # a rider of uniform on [30, 120] kg down a zipline of uniform on [5, 60] m of drop
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [90.0, 55.0] + [30.0, 5.0]   # drop's square root times the kg's fourth root: under 11
    kg, drop = X[:, :2].T   # (0: gentle), under 14.5 (1: brisk), under 18.5 (2: fast) or more (3: thrilling)
    return X, np.digitize(np.sqrt(drop) * kg**0.25, [11.0, 14.5, 18.5]).astype(np.int64)

@shape
def bobsled_run(n, rng, params):
    # a track of uniform on [800, 1600] m on ice at uniform on [-15, -1] C (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the seconds,
    X[:, :2] = X[:, :2] * [800.0, 14.0] + [800.0, -15.0]   # the m over 25 times 1 plus the C above -15 over 50:
    track, ice = X[:, :2].T   # under 42 (0), under 50 (1), under 60 (2) or slower (3)
    return X, np.digitize(track / 25 * (1 + (ice + 15) / 50), [42.0, 50.0, 60.0]).astype(np.int64)

@shape
def swingball_spin(n, rng, params):
    # a swingball hit with uniform on [10, 100] N on a cord of uniform on [0.5, 2] m
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [90.0, 1.5] + [10.0, 0.5]   # N over 10 times the m squared: under 2 (0: slow), under 8
    force, cord = X[:, :2].T   # (1: fast) or more (2: wild)
    return X, np.digitize(force / (10 * cord**2), [2.0, 8.0]).astype(np.int64)

@shape
def doormat_dry(n, rng, params):
    # a doormat uniform on [0, 24] hours after the rain, wiped by uniform on [0, 40]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # boots a day (the other features uniform on
    X[:, :2] = X[:, :2] * [24.0, 40.0]   # [0, 1]): it is dry (1) when the hours pass 0.4 a boot plus 6, ``flip``
    hours, boots = X[:, :2].T   # of the labels at random
    y = (hours > 0.4 * boots + 6).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def snowman_build(n, rng, params):
    # uniform on [2, 40] cm of snow and uniform on [1, 6] builders (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the snowman's cm, 8
    X[:, :2] = X[:, :2] * [38.0, 5.0] + [2.0, 1.0]   # times the square root of the cm times the builders: under 40
    snow, builders = X[:, :2].T   # (0: small), under 70 (1: tall) or more (2: towering), ``flip`` of the labels
    y = np.digitize(8 * np.sqrt(snow * builders), [40.0, 70.0]).astype(np.int64)   # redrawn
    return X, redraw_among(y, rng, 3, params)

@shape
def bonfire_smoke(n, rng, params):
    # a bonfire of uniform on [1, 12] logs of wood uniform on [0, 60] % damp (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the logs times
    X[:, :2] = X[:, :2] * [11.0, 60.0] + [1.0, 0.0]   # the %: under 80 (0: clear), under 250 (1: hazy) or more (2:
    logs, damp = X[:, :2].T   # choking), ``flip`` of the labels redrawn
    y = np.digitize(logs * damp, [80.0, 250.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def mousetrap_snap(n, rng, params):
    # a mouse of uniform on [10, 30] g on a trigger set to uniform on [5, 25] g (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): it
    X[:, :2] = X[:, :2] * [20.0, 20.0] + [10.0, 5.0]   # snaps (1, about a sixth) when the mouse's g pass the
    mouse, trigger = X[:, :2].T   # trigger's by 14
    return X, (mouse > trigger + 14).astype(np.int64)

@shape
def pinata_burst(n, rng, params):
    # a pinata hit uniform on [1, 20] times with a stick of uniform on [0.2, 1.5] kg (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the hits
    X[:, :2] = X[:, :2] * [19.0, 1.3] + [1.0, 0.2]   # times the kg: under 7 (0: whole), under 18 (1: cracked) or
    hits, stick = X[:, :2].T   # more (2: burst, rare)
    return X, np.digitize(hits * stick, [7.0, 18.0]).astype(np.int64)

@shape
def candle_drip(n, rng, params):
    # a candle of uniform on [1, 8] cm across in a draught of uniform on [0, 3] m/s (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): it
    X[:, :2] = X[:, :2] * [7.0, 3.0] + [1.0, 0.0]   # drips (1) when 10 times the m/s over the cm pass 4
    width, draught = X[:, :2].T
    return X, (10 * draught / width > 4).astype(np.int64)

@shape
def puddle_jump(n, rng, params):
    # a puddle of uniform on [0.2, 2] m across and a run-up of uniform on [1, 10] m (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [1.8, 9.0] + [0.2, 1.0]   # jump clears it (1) when a fifth of the run-up plus 0.2 m pass
    puddle, runup = X[:, :2].T   # the puddle's m
    return X, (0.2 * runup + 0.2 > puddle).astype(np.int64)

@shape
def wheelbarrow_tip(n, rng, params):
    # a load of uniform on [10, 120] kg set uniform on [0, 40] cm off the axle's line
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [110.0, 40.0] + [10.0, 0.0]   # barrow tips (1) when the kg times the cm pass 1200
    load, off = X[:, :2].T
    return X, (load * off > 1200).astype(np.int64)

@shape
def teapot_steep(n, rng, params):
    # water at uniform on [70, 100] C for uniform on [1, 8] minutes (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the C above 60 times the
    X[:, :2] = X[:, :2] * [30.0, 7.0] + [70.0, 1.0]   # minutes: under 60 (0: weak), under 150 (1: right) or more
    temp, minutes = X[:, :2].T   # (2: stewed)
    return X, np.digitize((temp - 60) * minutes, [60.0, 150.0]).astype(np.int64)

@shape
def marmalade_set(n, rng, params):
    # uniform on [40, 70] % of sugar boiled for uniform on [5, 30] minutes (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the % above 35
    X[:, :2] = X[:, :2] * [30.0, 25.0] + [40.0, 5.0]   # times the minutes: under 250 (0: runny), under 550 (1:
    sugar, minutes = X[:, :2].T   # set) or more (2: hard)
    return X, np.digitize((sugar - 35) * minutes, [250.0, 550.0]).astype(np.int64)

@shape
def canoe_glide(n, rng, params):
    # uniform on [1, 4] paddlers at uniform on [20, 60] strokes a minute (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the square root
    X[:, :2] = X[:, :2] * [3.0, 40.0] + [1.0, 20.0]   # of the paddlers times the strokes: under 45 (0: drifting),
    paddlers, strokes = X[:, :2].T   # under 65 (1: cruising), under 85 (2: brisk) or more (3: racing)
    return X, np.digitize(np.sqrt(paddlers) * strokes, [45.0, 65.0, 85.0]).astype(np.int64)

@shape
def skateboard_stop(n, rng, params):
    # a skateboard at uniform on [5, 25] km/h on ground of drag uniform on [0.3, 1]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [20.0, 0.7] + [5.0, 0.3]   # m to stop, the km/h squared over 100 times the drag: under 1
    speed, drag = X[:, :2].T   # (0), under 2 (1), under 3.5 (2), under 6 (3) or longer (4)
    return X, np.digitize(speed**2 / (100 * drag), [1.0, 2.0, 3.5, 6.0]).astype(np.int64)

@shape
def icecube_melt(n, rng, params):
    # an ice cube of uniform on [1, 4] cm in water at uniform on [5, 60] C (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]; the C first):
    X[:, :2] = X[:, :2] * [55.0, 3.0] + [5.0, 1.0]   # the minutes to melt, 60 times the cm squared over the C:
    temp, cube = X[:, :2].T   # under 5 (0), under 20 (1) or longer (2)
    return X, np.digitize(60 * cube**2 / temp, [5.0, 20.0]).astype(np.int64)

@shape
def hammock_sag(n, rng, params):
    # a sitter of uniform on [40, 120] kg in a hammock of uniform on [2, 5] m of span (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the kg
    X[:, :2] = X[:, :2] * [80.0, 3.0] + [40.0, 2.0]   # times the m squared over 100: under 5 (0: taut), under 9
    kg, span = X[:, :2].T   # (1: slack), under 14 (2: low) or more (3: on the ground)
    return X, np.digitize(kg * span**2 / 100, [5.0, 9.0, 14.0]).astype(np.int64)

@shape
def catapult_throw(n, rng, params):
    # a catapult's arm of uniform on [0.5, 2] m pulled with uniform on [5, 50] kg (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the m
    X[:, :2] = X[:, :2] * [1.5, 45.0] + [0.5, 5.0]   # times the kg's square root: under 4 (0: short), under 6.5
    arm, pull = X[:, :2].T   # (1: fair), under 9 (2: long) or more (3: over the wall)
    return X, np.digitize(arm * np.sqrt(pull), [4.0, 6.5, 9.0]).astype(np.int64)

@shape
def yoyo_spin(n, rng, params):
    # a yoyo thrown at uniform on [1, 6] m/s on a string of uniform on [40, 100] cm (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [5.0, 60.0] + [1.0, 40.0]   # seconds it spins, 100 times the m/s over the cm: under 3.5
    throw, string = X[:, :2].T   # (0), under 7 (1) or longer (2)
    return X, np.digitize(100 * throw / string, [3.5, 7.0]).astype(np.int64)

@shape
def gutter_clog(n, rng, params):
    # a gutter uniform on [0, 26] weeks after it was cleared with uniform on [0, 5] trees
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # beside it (the other features uniform on
    X[:, :2] = X[:, :2] * [26.0, 5.0]   # [0, 1]): it clogs (1) when the weeks times 1 plus the trees pass 40,
    weeks, trees = X[:, :2].T   # ``flip`` of the labels at random
    y = (weeks * (1 + trees) > 40).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def sandcastle_stand(n, rng, params):
    # sand of uniform on [0, 25] % water built into a tower of uniform on [10, 60] cm
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [25.0, 50.0] + [0.0, 10.0]   # cm times 1 plus the % away from 12 over 6 (too dry or too
    water, tower = X[:, :2].T   # wet): under 45 (0: stands), under 80 (1: leans) or more (2: falls), ``flip``
    y = np.digitize(tower * (1 + np.abs(water - 12) / 6), [45.0, 80.0]).astype(np.int64)   # of the labels redrawn
    return X, redraw_among(y, rng, 3, params)

@shape
def campfire_glow(n, rng, params):
    # a campfire of uniform on [1, 10] logs in a wind of uniform on [0, 10] m/s (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the logs
    X[:, :2] = X[:, :2] * [9.0, 10.0] + [1.0, 0.0]   # times 10 less the m/s: under 20 (0: embers), under 45 (1:
    logs, wind = X[:, :2].T   # glowing) or more (2: roaring), ``flip`` of the labels redrawn
    y = np.digitize(logs * (10 - wind), [20.0, 45.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def fuse_blow(n, rng, params):
    # uniform on [1, 15] amps drawn through a fuse rated uniform on [3, 13] amps (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it blows (1,
    X[:, :2] = X[:, :2] * [14.0, 10.0] + [1.0, 3.0]   # about a sixth) when the amps pass the rating by 5
    amps, rating = X[:, :2].T
    return X, (amps > rating + 5).astype(np.int64)

@shape
def popcorn_burn(n, rng, params):
    # a pan on a hob set uniform on [1, 10] for uniform on [1, 6] minutes (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the setting
    X[:, :2] = X[:, :2] * [9.0, 5.0] + [1.0, 1.0]   # times the minutes: under 10 (0: unpopped), under 38 (1:
    setting, minutes = X[:, :2].T   # popped) or more (2: burnt, rare)
    return X, np.digitize(setting * minutes, [10.0, 38.0]).astype(np.int64)

@shape
def kite_soar(n, rng, params):
    # a wind of uniform on [0, 12] m/s on a kite of uniform on [0.5, 3] square m (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it lifts (1)
    X[:, :2] = X[:, :2] * [12.0, 2.5] + [0.0, 0.5]   # when the m/s squared times the square m pass 60
    wind, area = X[:, :2].T
    return X, (wind**2 * area > 60).astype(np.int64)

@shape
def bucket_overflow(n, rng, params):
    # uniform on [0.5, 3] litres a minute poured for uniform on [1, 10] minutes (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [2.5, 9.0] + [0.5, 1.0]   # 8-litre bucket overflows (1) when the litres poured pass 8
    rate, minutes = X[:, :2].T
    return X, (rate * minutes > 8).astype(np.int64)

@shape
def sledge_slide(n, rng, params):
    # a slope of uniform on [5, 40] degrees under snow of friction uniform on [0.1, 0.7]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): a
    X[:, :2] = X[:, :2] * [35.0, 0.6] + [5.0, 0.1]   # sledge slides (1) when the slope's tangent passes the
    slope, friction = X[:, :2].T   # friction
    return X, (np.tan(np.radians(slope)) > friction).astype(np.int64)

@shape
def dough_prove(n, rng, params):
    # uniform on [2, 14] g of yeast for uniform on [20, 180] minutes (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the g times the
    X[:, :2] = X[:, :2] * [12.0, 160.0] + [2.0, 20.0]   # minutes: under 500 (0: flat), under 1300 (1: risen) or
    yeast, minutes = X[:, :2].T   # more (2: overproofed)
    return X, np.digitize(yeast * minutes, [500.0, 1300.0]).astype(np.int64)

@shape
def varnish_cure(n, rng, params):
    # a coat of uniform on [0.05, 0.5] mm in a room at uniform on [5, 30] C (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the hours to
    X[:, :2] = X[:, :2] * [0.45, 25.0] + [0.05, 5.0]   # dry, 100 times the mm over the C: under 1 (0), under 3
    coat, temp = X[:, :2].T   # (1) or longer (2)
    return X, np.digitize(100 * coat / temp, [1.0, 3.0]).astype(np.int64)

@shape
def bicycle_climb(n, rng, params):
    # a rider of uniform on [100, 400] watts up a slope of uniform on [0, 12] % (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [300.0, 12.0] + [100.0, 0.0]   # km/h, the watts over 8 plus 4 times the %: under 5 (0:
    watts, slope = X[:, :2].T   # crawling), under 10 (1: slow), under 18 (2: steady) or more (3: fast)
    return X, np.digitize(watts / (8 + 4 * slope), [5.0, 10.0, 18.0]).astype(np.int64)

@shape
def lantern_dim(n, rng, params):
    # a lantern's battery at uniform on [10, 100] % after uniform on [0, 12] hours on (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [90.0, 12.0] + [10.0, 0.0]   # brightness, the % over 1 plus a third of the hours: under
    battery, hours = X[:, :2].T   # 8 (0), under 16 (1), under 28 (2), under 48 (3) or more (4)
    return X, np.digitize(battery / (1 + hours / 3), [8.0, 16.0, 28.0, 48.0]).astype(np.int64)

@shape
def soup_cool(n, rng, params):
    # soup at uniform on [60, 100] C left uniform on [0, 30] minutes (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): its C, 20 plus the C
    X[:, :2] = X[:, :2] * [40.0, 30.0] + [60.0, 0.0]   # above 20 over 1 plus a tenth of the minutes: under 40 (0:
    temp, minutes = X[:, :2].T   # warm), under 60 (1: hot) or more (2: scalding)
    return X, np.digitize((temp - 20) / (1 + minutes / 10) + 20, [40.0, 60.0]).astype(np.int64)

@shape
def glacier_creep(n, rng, params):
    # ice of uniform on [50, 500] m on a slope of uniform on [1, 10] degrees (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the m a year,
    X[:, :2] = X[:, :2] * [450.0, 9.0] + [50.0, 1.0]   # the hundreds of m squared times the degrees: under 5 (0:
    ice, slope = X[:, :2].T   # stuck), under 20 (1: creeping), under 60 (2: flowing) or more (3: surging)
    return X, np.digitize((ice / 100) ** 2 * slope, [5.0, 20.0, 60.0]).astype(np.int64)

@shape
def rocket_climb(n, rng, params):
    # a rocket of uniform on [1, 10] tonnes of fuel on an engine of uniform on [50, 300]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # kN (the other features uniform on [0, 1]):
    X[:, :2] = X[:, :2] * [9.0, 250.0] + [1.0, 50.0]   # the kN over 10 times 2 plus the tonnes: under 1 (0:
    fuel, thrust = X[:, :2].T   # grounded), under 2 (1: hovering), under 4 (2: climbing) or more (3: soaring)
    return X, np.digitize(thrust / (10 * (2 + fuel)), [1.0, 2.0, 4.0]).astype(np.int64)

@shape
def drum_echo(n, rng, params):
    # a drum of uniform on [20, 80] cm across hit with uniform on [1, 10] N (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the cm times
    X[:, :2] = X[:, :2] * [60.0, 9.0] + [20.0, 1.0]   # the N's square root over 40: under 1.5 (0: short), under 3
    drum, hit = X[:, :2].T   # (1: ringing) or more (2: booming)
    return X, np.digitize(drum * np.sqrt(hit) / 40, [1.5, 3.0]).astype(np.int64)

@shape
def kettle_fur(n, rng, params):
    # water of uniform on [0, 300] mg/l of hardness boiled for uniform on [0, 24] months
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [300.0, 24.0]   # kettle furs (1) when the mg/l times the months pass 2000, ``flip`` of
    hardness, months = X[:, :2].T   # the labels at random
    y = (hardness * months > 2000).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def orchard_ripen(n, rng, params):
    # uniform on [2, 12] hours of sun a day for uniform on [30, 120] days (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the hours
    X[:, :2] = X[:, :2] * [10.0, 90.0] + [2.0, 30.0]   # times the days: under 400 (0: green), under 800 (1: ripe)
    sun, days = X[:, :2].T   # or more (2: overripe), ``flip`` of the labels redrawn
    y = np.digitize(sun * days, [400.0, 800.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def flue_draw(n, rng, params):
    # a flue of uniform on [3, 15] m on a day of uniform on [-10, 20] C (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the m times
    X[:, :2] = X[:, :2] * [12.0, 30.0] + [3.0, -10.0]   # 25 less the C over 10: under 10 (0: smoky), under 25 (1:
    height, outside = X[:, :2].T   # drawing) or more (2: roaring), ``flip`` of the labels redrawn
    y = np.digitize(height * (25 - outside) / 10, [10.0, 25.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def tyre_burst(n, rng, params):
    # a tyre at uniform on [1.5, 4] bar under a load of uniform on [200, 800] kg (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it bursts (1,
    X[:, :2] = X[:, :2] * [2.5, 600.0] + [1.5, 200.0]   # about a sixth) when the bar times the kg pass 2000
    bar, load = X[:, :2].T
    return X, (bar * load > 2000).astype(np.int64)

@shape
def volcano_erupt(n, rng, params):
    # magma at a pressure uniform on [0, 10] after uniform on [0, 100] years quiet (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [10.0, 100.0]   # pressure times the years: under 150 (0: quiet), under 600 (1: rumbling)
    pressure, years = X[:, :2].T   # or more (2: erupting, rare)
    return X, np.digitize(pressure * years, [150.0, 600.0]).astype(np.int64)

@shape
def raft_float(n, rng, params):
    # a load of uniform on [50, 650] kg on a raft of uniform on [0.5, 3] square m (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): it
    X[:, :2] = X[:, :2] * [600.0, 2.5] + [50.0, 0.5]   # floats (1) when the kg stay under 200 times the square m
    load, area = X[:, :2].T
    return X, (load < 200 * area).astype(np.int64)

@shape
def wheelchair_ramp(n, rng, params):
    # a ramp of uniform on [5, 55] cm of rise over uniform on [0.5, 6.5] m of run (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): a
    X[:, :2] = X[:, :2] * [50.0, 6.0] + [5.0, 0.5]   # wheelchair can climb it (1) when the cm stay under 8 a m of
    rise, run = X[:, :2].T   # run
    return X, (rise < 8 * run).astype(np.int64)

@shape
def bell_ring(n, rng, params):
    # a bell of uniform on [1, 20] kg struck with uniform on [5, 100] N (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): it is heard across the
    X[:, :2] = X[:, :2] * [19.0, 95.0] + [1.0, 5.0]   # square (1) when the N over the kg's square root pass 15
    bell, strike = X[:, :2].T
    return X, (strike / np.sqrt(bell) > 15).astype(np.int64)

@shape
def cider_ferment(n, rng, params):
    # juice of uniform on [50, 250] g/l of sugar fermented for uniform on [1, 30] days
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [200.0, 29.0] + [50.0, 1.0]   # g/l times the days: under 1500 (0: sweet), under 4000 (1:
    sugar, days = X[:, :2].T   # medium) or more (2: dry)
    return X, np.digitize(sugar * days, [1500.0, 4000.0]).astype(np.int64)

@shape
def toffee_harden(n, rng, params):
    # toffee poured at uniform on [110, 160] C cooled for uniform on [0, 30] minutes
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [50.0, 30.0] + [110.0, 0.0]   # C above 100 times 1 plus a tenth of the minutes: under
    temp, minutes = X[:, :2].T   # 60 (0: soft), under 120 (1: chewy) or more (2: hard)
    return X, np.digitize((temp - 100) * (1 + minutes / 10), [60.0, 120.0]).astype(np.int64)

@shape
def chilli_heat(n, rng, params):
    # a chilli of uniform on [1, 100] thousand Scoville units, uniform on [1, 20] g eaten
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [99.0, 19.0] + [1.0, 1.0]   # thousands times the g: under 100 (0: mild), under 400 (1:
    scoville, grams = X[:, :2].T   # warm), under 1000 (2: hot) or more (3: fiery)
    return X, np.digitize(scoville * grams, [100.0, 400.0, 1000.0]).astype(np.int64)

@shape
def motorway_flow(n, rng, params):
    # uniform on [10, 130] cars a minute on uniform on [1, 4] lanes (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the cars a minute a
    X[:, :2] = X[:, :2] * [120.0, 3.0] + [10.0, 1.0]   # lane: under 10 (0), under 18 (1), under 26 (2), under 36
    cars, lanes = X[:, :2].T   # (3) or more (4)
    return X, np.digitize(cars / lanes, [10.0, 18.0, 26.0, 36.0]).astype(np.int64)

@shape
def surf_break(n, rng, params):
    # a wave of uniform on [0.3, 4] m at a period of uniform on [4, 16] s (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): its power, the m
    X[:, :2] = X[:, :2] * [3.7, 12.0] + [0.3, 4.0]   # squared times the s: under 4 (0: flat), under 40 (1:
    height, period = X[:, :2].T   # surfable) or more (2: big)
    return X, np.digitize(height**2 * period, [4.0, 40.0]).astype(np.int64)

@shape
def waterfall_roar(n, rng, params):
    # uniform on [1, 50] m^3/s over a fall of uniform on [2, 60] m (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): its kW, 9.81 times the
    X[:, :2] = X[:, :2] * [49.0, 58.0] + [1.0, 2.0]   # m^3/s times the m: under 1000 (0: quiet), under 4000 (1:
    flow, drop = X[:, :2].T   # loud), under 12000 (2: roaring) or more (3: thunderous)
    return X, np.digitize(9.81 * flow * drop, [1000.0, 4000.0, 12000.0]).astype(np.int64)

@shape
def meteor_glow(n, rng, params):
    # a meteor of uniform on [0.1, 10] g at uniform on [11, 71] km/s (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the g times the tens of
    X[:, :2] = X[:, :2] * [9.9, 60.0] + [0.1, 11.0]   # km/s cubed: under 20 (0: faint), under 150 (1: bright),
    mass, speed = X[:, :2].T   # under 800 (2: a fireball) or more (3: a bolide)
    return X, np.digitize(mass * (speed / 10) ** 3, [20.0, 150.0, 800.0]).astype(np.int64)

@shape
def radar_spot(n, rng, params):
    # a plane of uniform on [1, 50] square m of radar cross-section at uniform on [10, 200]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # km (the other features uniform on [0, 1]):
    X[:, :2] = X[:, :2] * [49.0, 190.0] + [1.0, 10.0]   # the echo, the square m over the hundreds of km to the
    section, km = X[:, :2].T   # 4th: under 5 (0: unseen), under 100 (1: a blip) or more (2: clear)
    return X, np.digitize(section / (km / 100) ** 4, [5.0, 100.0]).astype(np.int64)

@shape
def mould_grow(n, rng, params):
    # air of uniform on [40, 100] % humidity for uniform on [0, 30] days (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): mould grows
    X[:, :2] = X[:, :2] * [60.0, 30.0] + [40.0, 0.0]   # (1) when the % above 60 times the days pass 300, ``flip``
    humidity, days = X[:, :2].T   # of the labels at random
    y = ((humidity - 60) * days > 300).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def honey_crystal(n, rng, params):
    # honey stored at uniform on [5, 30] C for uniform on [0, 12] months (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C under 30
    X[:, :2] = X[:, :2] * [25.0, 12.0] + [5.0, 0.0]   # times the months: under 40 (0: runny), under 120 (1:
    temp, months = X[:, :2].T   # cloudy) or more (2: set), ``flip`` of the labels redrawn
    y = np.digitize((30 - temp) * months, [40.0, 120.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def steak_sear(n, rng, params):
    # a steak in a pan at uniform on [150, 250] C for uniform on [1, 6] minutes a side (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the C
    X[:, :2] = X[:, :2] * [100.0, 5.0] + [150.0, 1.0]   # above 100 times the minutes: under 250 (0: rare), under
    temp, minutes = X[:, :2].T   # 500 (1: medium) or more (2: well done), ``flip`` of the labels redrawn
    y = np.digitize((temp - 100) * minutes, [250.0, 500.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def archery_gold(n, rng, params):
    # a target at uniform on [10, 90] m in a crosswind of uniform on [0, 10] m/s (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [80.0, 10.0] + [10.0, 0.0]   # arrow lands in the gold (1, about a sixth) when the m
    distance, wind = X[:, :2].T   # times 1 plus the m/s stay under 100
    return X, (distance * (1 + wind) < 100).astype(np.int64)

@shape
def landslide_slip(n, rng, params):
    # uniform on [0, 200] mm of rain on a slope of uniform on [5, 45] degrees (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the mm
    X[:, :2] = X[:, :2] * [200.0, 40.0] + [0.0, 5.0]   # times the degrees: under 2500 (0: stable), under 6000 (1:
    rain, slope = X[:, :2].T   # creeping) or more (2: slipping, rare)
    return X, np.digitize(rain * slope, [2500.0, 6000.0]).astype(np.int64)

@shape
def hurdle_clear(n, rng, params):
    # a hurdle of uniform on [60, 120] cm run at with uniform on [4, 10] m/s (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it is cleared
    X[:, :2] = X[:, :2] * [60.0, 6.0] + [60.0, 4.0]   # (1) when the cm stay under 10 a m/s plus 10
    height, speed = X[:, :2].T
    return X, (height < 10 * speed + 10).astype(np.int64)

@shape
def geyser_spout(n, rng, params):
    # a water column of uniform on [5, 50] m at uniform on [80, 130] C (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it spouts (1)
    X[:, :2] = X[:, :2] * [45.0, 50.0] + [5.0, 80.0]   # when the C pass 100 plus 0.6 a m (the boil at its depth)
    depth, temp = X[:, :2].T
    return X, (temp > 100 + 0.6 * depth).astype(np.int64)

@shape
def windmill_grind(n, rng, params):
    # wind of uniform on [2, 14] m/s on sails of uniform on [5, 15] m (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the mill
    X[:, :2] = X[:, :2] * [12.0, 10.0] + [2.0, 5.0]   # grinds (1) when the m/s squared times the m pass 600
    wind, sails = X[:, :2].T
    return X, (wind**2 * sails > 600).astype(np.int64)

@shape
def custard_thicken(n, rng, params):
    # milk at uniform on [60, 95] C stirred for uniform on [0, 20] minutes (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C above
    X[:, :2] = X[:, :2] * [35.0, 20.0] + [60.0, 0.0]   # 60 times the minutes: under 100 (0: thin), under 300 (1:
    temp, minutes = X[:, :2].T   # thick) or more (2: curdled)
    return X, np.digitize((temp - 60) * minutes, [100.0, 300.0]).astype(np.int64)

@shape
def cement_stiffen(n, rng, params):
    # cement of a water-cement ratio uniform on [0.3, 0.7] after uniform on [0, 48]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # hours (the other features uniform on [0,
    X[:, :2] = X[:, :2] * [0.4, 48.0] + [0.3, 0.0]   # 1]): the hours over the ratio: under 20 (0: soft), under 60
    ratio, hours = X[:, :2].T   # (1: firm) or more (2: hard)
    return X, np.digitize(hours / ratio, [20.0, 60.0]).astype(np.int64)

@shape
def quarry_blast(n, rng, params):
    # a charge of uniform on [1, 100] kg at uniform on [50, 500] m (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): 1000 times the kg's
    X[:, :2] = X[:, :2] * [99.0, 450.0] + [1.0, 50.0]   # square root over the m: under 15 (0: calm), under 30 (1:
    charge, distance = X[:, :2].T   # felt), under 60 (2: a tremor) or more (3: damage)
    return X, np.digitize(1000 * np.sqrt(charge) / distance, [15.0, 30.0, 60.0]).astype(np.int64)

@shape
def harvester_reap(n, rng, params):
    # a header of uniform on [2, 12] m at uniform on [2, 10] km/h (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the hectares an hour,
    X[:, :2] = X[:, :2] * [10.0, 8.0] + [2.0, 2.0]   # the m times the km/h over 10: under 2 (0), under 3.5 (1),
    width, speed = X[:, :2].T   # under 5 (2), under 7 (3) or more (4)
    return X, np.digitize(width * speed / 10, [2.0, 3.5, 5.0, 7.0]).astype(np.int64)

@shape
def ember_fade(n, rng, params):
    # a log of uniform on [1, 10] kg lit uniform on [0, 12] hours ago (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the hours over the kg:
    X[:, :2] = X[:, :2] * [9.0, 12.0] + [1.0, 0.0]   # under 0.5 (0: glowing), under 2 (1: smouldering) or more
    mass, hours = X[:, :2].T   # (2: cold)
    return X, np.digitize(hours / mass, [0.5, 2.0]).astype(np.int64)

@shape
def tsunami_surge(n, rng, params):
    # a wave of uniform on [0.5, 10] m at sea over a shelf of uniform on [10, 200] m of
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # depth (the other features uniform on [0,
    X[:, :2] = X[:, :2] * [9.5, 190.0] + [0.5, 10.0]   # 1]): its run-up, the m times 200 over the depth to the
    height, depth = X[:, :2].T   # 4th root: under 3 (0: minor), under 6 (1: moderate), under 10 (2: major) or
    return X, np.digitize(height * (200 / depth) ** 0.25, [3.0, 6.0, 10.0]).astype(np.int64)   # more (3: extreme)

@shape
def comet_flare(n, rng, params):
    # a nucleus of uniform on [1, 20] km at uniform on [0.3, 3] au from the sun (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the km
    X[:, :2] = X[:, :2] * [19.0, 2.7] + [1.0, 0.3]   # squared over the au to the 4th: under 1 (0: faint), under
    nucleus, au = X[:, :2].T   # 20 (1: visible), under 300 (2: bright) or more (3: great)
    return X, np.digitize(nucleus**2 / au**4, [1.0, 20.0, 300.0]).astype(np.int64)

@shape
def telescope_resolve(n, rng, params):
    # an aperture of uniform on [5, 50] cm on a pair uniform on [0.1, 3] arcseconds
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # apart (the other features uniform on [0,
    X[:, :2] = X[:, :2] * [45.0, 2.9] + [5.0, 0.1]   # 1]): the arcseconds over the Dawes limit (11.6 over the
    aperture, apart = X[:, :2].T   # cm): under 1.5 (0: one star), under 4 (1: elongated) or more (2: split)
    return X, np.digitize(apart * aperture / 11.6, [1.5, 4.0]).astype(np.int64)

@shape
def seedling_wilt(n, rng, params):
    # a seedling uniform on [0, 14] days without water at uniform on [10, 35] C (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): it wilts
    X[:, :2] = X[:, :2] * [14.0, 25.0] + [0.0, 10.0]   # (1) when the days times the C above 5 pass 150, ``flip``
    days, temp = X[:, :2].T   # of the labels at random
    y = (days * (temp - 5) > 150).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def butter_churn(n, rng, params):
    # cream at uniform on [8, 20] C churned for uniform on [0, 30] minutes (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C above 5
    X[:, :2] = X[:, :2] * [12.0, 30.0] + [8.0, 0.0]   # times the minutes: under 60 (0: cream), under 200 (1:
    temp, minutes = X[:, :2].T   # whipped) or more (2: butter), ``flip`` of the labels redrawn
    y = np.digitize((temp - 5) * minutes, [60.0, 200.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def asphalt_soften(n, rng, params):
    # air of uniform on [10, 45] C and uniform on [0, 12] hours of sun (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the surface's
    X[:, :2] = X[:, :2] * [35.0, 12.0] + [10.0, 0.0]   # C, the air's plus 2.5 an hour: under 40 (0: firm), under
    air, sun = X[:, :2].T   # 55 (1: soft) or more (2: sticky), ``flip`` of the labels redrawn
    y = np.digitize(air + 2.5 * sun, [40.0, 55.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def basketball_swish(n, rng, params):
    # a shot from uniform on [1, 9] m at an arc of uniform on [30, 60] degrees (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): a swish
    X[:, :2] = X[:, :2] * [8.0, 30.0] + [1.0, 30.0]   # (1, about a sixth) when the m times 1 plus a tenth of the
    distance, arc = X[:, :2].T   # degrees off 50 stay under 4
    return X, (distance * (1 + np.abs(arc - 50) / 10) < 4).astype(np.int64)

@shape
def hurricane_strike(n, rng, params):
    # a sea of uniform on [20, 32] C under a wind shear of uniform on [0, 30] m/s
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [12.0, 30.0] + [20.0, 0.0]   # C above 20 times the m/s under 30: under 100 (0: calm),
    sea, shear = X[:, :2].T   # under 230 (1: a storm) or more (2: a hurricane, rare)
    return X, np.digitize((sea - 20) * (30 - shear), [100.0, 230.0]).astype(np.int64)

@shape
def trebuchet_launch(n, rng, params):
    # a counterweight of uniform on [100, 1000] kg on an arm of uniform on [3, 12] m
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
    X[:, :2] = X[:, :2] * [900.0, 9.0] + [100.0, 3.0]   # the stone clears the wall (1) when the kg times the m
    weight, arm = X[:, :2].T   # pass 4000
    return X, (weight * arm > 4000).astype(np.int64)

@shape
def drawbridge_hoist(n, rng, params):
    # a bridge of uniform on [5, 50] tonnes on a winch of uniform on [2, 20] kW (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): it
    X[:, :2] = X[:, :2] * [45.0, 18.0] + [5.0, 2.0]   # rises (1) when 3 times the kW pass the tonnes
    tonnes, kw = X[:, :2].T
    return X, (3 * kw > tonnes).astype(np.int64)

@shape
def boulder_tumble(n, rng, params):
    # a boulder on a slope of uniform on [5, 40] degrees rolled uniform on [5, 100] m
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
    X[:, :2] = X[:, :2] * [35.0, 95.0] + [5.0, 5.0]   # it gathers pace (1) when the degrees times the m
    slope, metres = X[:, :2].T   # pass 1200
    return X, (slope * metres > 1200).astype(np.int64)

@shape
def yogurt_culture(n, rng, params):
    # milk at uniform on [30, 50] C for uniform on [0, 12] hours (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the C above 30 times
    X[:, :2] = X[:, :2] * [20.0, 12.0] + [30.0, 0.0]   # the hours: under 40 (0: runny), under 120 (1: set) or
    temp, hours = X[:, :2].T   # more (2: sour)
    return X, np.digitize((temp - 30) * hours, [40.0, 120.0]).astype(np.int64)

@shape
def pottery_glaze(n, rng, params):
    # a kiln at uniform on [900, 1300] C for uniform on [1, 10] hours (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C above
    X[:, :2] = X[:, :2] * [400.0, 9.0] + [900.0, 1.0]   # 900 times the hours over 100: under 8 (0: raw), under
    temp, hours = X[:, :2].T   # 20 (1: glazed) or more (2: crazed)
    return X, np.digitize((temp - 900) * hours / 100, [8.0, 20.0]).astype(np.int64)

@shape
def earthquake_rumble(n, rng, params):
    # a quake of magnitude uniform on [3, 8] at uniform on [10, 300] km (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the magnitude
    X[:, :2] = X[:, :2] * [5.0, 290.0] + [3.0, 10.0]   # less twice the km's log10: under 0.5 (0: unfelt), under 2
    magnitude, km = X[:, :2].T   # (1: light), under 3.5 (2: strong) or more (3: violent)
    return X, np.digitize(magnitude - 2 * np.log10(km), [0.5, 2.0, 3.5]).astype(np.int64)

@shape
def conveyor_haul(n, rng, params):
    # a belt of uniform on [0.5, 4] m/s carrying uniform on [5, 50] kg a m (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the tonnes an
    X[:, :2] = X[:, :2] * [3.5, 45.0] + [0.5, 5.0]   # hour, 3.6 times the m/s times the kg a m: under 60 (0),
    speed, load = X[:, :2].T   # under 150 (1), under 250 (2), under 400 (3) or more (4)
    return X, np.digitize(3.6 * speed * load, [60.0, 150.0, 250.0, 400.0]).astype(np.int64)

@shape
def tortoise_hibernate(n, rng, params):
    # air of uniform on [0, 20] C and uniform on [8, 16] hours of daylight (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the C
    X[:, :2] = X[:, :2] * [20.0, 8.0] + [0.0, 8.0]   # plus 1.5 an hour: under 20 (0: asleep), under 30 (1:
    temp, daylight = X[:, :2].T   # drowsy) or more (2: awake)
    return X, np.digitize(temp + 1.5 * daylight, [20.0, 30.0]).astype(np.int64)

@shape
def sonar_ping(n, rng, params):
    # a target uniform on [0.5, 20] km away and uniform on [5, 300] m long (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the echo's
    X[:, :2] = X[:, :2] * [19.5, 295.0] + [0.5, 5.0]   # dB, 10 log10 of the m less 20 log10 of the km: under 0
    km, length = X[:, :2].T   # (0: no echo), under 8 (1: faint), under 15 (2: clear) or more (3: strong)
    return X, np.digitize(10 * np.log10(length) - 20 * np.log10(km), [0.0, 8.0, 15.0]).astype(np.int64)

@shape
def aurora_shimmer(n, rng, params):
    # a solar wind of uniform on [300, 900] km/s at a latitude of uniform on [40, 80]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # degrees (the other features uniform on [0,
    X[:, :2] = X[:, :2] * [600.0, 40.0] + [300.0, 40.0]   # 1]): the km/s over 100 plus the degrees above 40 over
    wind, lat = X[:, :2].T   # 5: under 7 (0: none), under 10 (1: faint), under 13 (2: bright) or more (3: corona)
    return X, np.digitize(wind / 100 + (lat - 40) / 5, [7.0, 10.0, 13.0]).astype(np.int64)

@shape
def microscope_magnify(n, rng, params):
    # an objective of numerical aperture uniform on [0.1, 1.4] on a cell of
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0.2, 5] micrometres (the other
    X[:, :2] = X[:, :2] * [1.3, 4.8] + [0.1, 0.2]   # features uniform on [0, 1]): the micrometres times the
    aperture, size = X[:, :2].T   # aperture over 0.3: under 1 (0: a blur), under 4 (1: a shape) or more (2: detail)
    return X, np.digitize(size * aperture / 0.3, [1.0, 4.0]).astype(np.int64)

@shape
def bean_germinate(n, rng, params):
    # a bean in soil of uniform on [5, 35] C sown uniform on [0, 20] days ago (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): it
    X[:, :2] = X[:, :2] * [30.0, 20.0] + [5.0, 0.0]   # germinates (1) when the C above 8 times the days pass 100,
    temp, days = X[:, :2].T   # ``flip`` of the labels at random
    y = ((temp - 8) * days > 100).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def caramel_scorch(n, rng, params):
    # sugar at uniform on [140, 200] C for uniform on [0, 15] minutes (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C above
    X[:, :2] = X[:, :2] * [60.0, 15.0] + [140.0, 0.0]   # 140 times the minutes: under 150 (0: pale), under 450 (1:
    temp, minutes = X[:, :2].T   # amber) or more (2: scorched), ``flip`` of the labels redrawn
    y = np.digitize((temp - 140) * minutes, [150.0, 450.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def naan_blister(n, rng, params):
    # an oven at uniform on [250, 500] C for uniform on [1, 10] minutes (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C over 100
    # squared
    X[:, :2] = X[:, :2] * [250.0, 9.0] + [250.0, 1.0]   # times the minutes: under 40 (0: pale), under 100 (1:
    temp, minutes = X[:, :2].T   # done) or more (2: charred), ``flip`` of the labels redrawn
    y = np.digitize((temp / 100) ** 2 * minutes, [40.0, 100.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def billiard_sink(n, rng, params):
    # a cut of uniform on [0, 80] degrees with uniform on [0.2, 3] m to the pocket (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): potted
    X[:, :2] = X[:, :2] * [80.0, 2.8] + [0.0, 0.2]   # (1, about a sixth) when the m times 1 plus a twentieth of
    cut, metres = X[:, :2].T   # the degrees stay under 1.7
    return X, (metres * (1 + cut / 20) < 1.7).astype(np.int64)

@shape
def levee_breach(n, rng, params):
    # a river uniform on [0, 4] m over the flood mark on a levee of uniform on [0, 100]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # years (the other features uniform on [0,
    X[:, :2] = X[:, :2] * [4.0, 100.0] + [0.0, 0.0]   # 1]): the m times 1 plus a fiftieth of the years: under 3
    river, years = X[:, :2].T   # (0: holding), under 9 (1: seeping) or more (2: breached, rare)
    return X, np.digitize(river * (1 + years / 50), [3.0, 9.0]).astype(np.int64)

@shape
def checker(n, rng, params):
    X = rng.random((n, int(params["n_features"])))
    c = int(params["cells"])
    y = ((np.floor(X[:, 0] * c) + np.floor(X[:, 1] * c)) % 2).astype(np.int64)
    return X, y
