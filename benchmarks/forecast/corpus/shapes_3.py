"""The corpus's generated shapes, part 3 of 4: one function per shape, ``(n, rng, params) -> (X, y)``."""

from __future__ import annotations

import numpy as np

from .registry import flip_binary, redraw_among, shape


@shape
def marble_ramp(n, rng, params):
    # a marble let go uniform on [0.05, 0.5] m up a ramp rolls over a floor of rolling
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # resistance uniform on [0.01, 0.1] toward a
    X[:, :3] = X[:, :3] * [0.45, 0.09, 9.0] + [0.05, 0.01, 1.0]   # target uniform on [1, 10] m away (the other
    height, mu, target = X[:, :3].T   # features uniform on [0, 1]): a rolling ball keeps 5/7 of m g h as motion,
    rolls = 5 * height / (7 * mu)   # v^2 = 10 g h / 7, and stops after v^2 / (2 g mu): short of half the way (0),
    y = np.digitize(rolls / target, [0.5, 1.0]) + (rolls > target + 1)   # short of the target (1), within 1 m
    return X, y.astype(np.int64)   # past it (2) or further (3)

@shape
def jar_lid(n, rng, params):
    # a jar's lid of uniform on [4, 10] cm across held down by a vacuum of uniform on [10, 60]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # kPa, gripped with uniform on [50, 300] N,
    X[:, :3], X[:, 3] = X[:, :3] * [6.0, 50.0, 250.0] + [4.0, 10.0, 50.0], np.floor(2 * X[:, 3])   # with a
    cm, kpa, grip, towel = X[:, :4].T   # towel or not (1, 0; the other features uniform on [0, 1]): it opens (1)
    r = cm / 200   # when the hand's friction torque (0.4 of the grip, 0.8 with the towel, at the rim) beats the
    held = 0.3 * kpa * 1000 * np.pi * r**2 * r   # seal's (0.3 of the vacuum's force on the lid, at the rim)
    y = (grip * (0.4 + 0.4 * towel) * r > held).astype(np.int64)
    return X, flip_binary(y, rng, params)   # ``flip`` of the labels at random

@shape
def pizza_share(n, rng, params):
    # 1 to 4 pizzas of uniform on [25, 45] cm across shared by 2 to 8 people each wanting
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [300, 900] cm^2 (the other
    X[:, 0], X[:, 1] = X[:, 0] * 20 + 25, np.floor(4 * X[:, 1]) + 1   # features uniform on [0, 1]): the pizza
    X[:, 2], X[:, 3] = np.floor(7 * X[:, 2]) + 2, X[:, 3] * 600 + 300   # over the appetite, under 0.9 (0: still
    cm, pizzas, people, want = X[:, :4].T   # hungry), under 1.2 (1: just right) or more (2: leftovers)
    share = pizzas * np.pi * (cm / 2) ** 2 / (people * want)
    return X, np.digitize(share, [0.9, 1.2]).astype(np.int64)

@shape
def sand_castle(n, rng, params):
    # a tower of uniform on [5, 60] cm of sand of grains uniform on [0.1, 1] mm wetted
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # with a share uniform on [0, 0.3] of water
    X[:, :3] = X[:, :3] * [55.0, 0.9, 0.3] + [5.0, 0.1, 0.0]   # (the other features uniform on [0, 1]): the
    cm, grain, water = X[:, :3].T   # capillary bridges hold most at 15% water, none dry or soaked, finer sand more:
    tallest = 2000 * water * (0.3 - water) / np.sqrt(grain)   # the tallest tower 2000 w (0.3 - w) / sqrt(grain);
    y = (cm >= 0.7 * tallest).astype(np.int64) + (cm >= tallest)   # under 70% of it (0: stands), under it
    return X, y.astype(np.int64)   # (1: leans) or not (2: slumps)

@shape
def popcorn_pop(n, rng, params):
    # kernels of uniform on [8, 18]% moisture in a pan at uniform on [160, 260] C for
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [1, 6] minutes (the other
    X[:, :3] = X[:, :3] * [10.0, 100.0, 5.0] + [8.0, 160.0, 1.0]   # features uniform on [0, 1]): popping at
    moisture, temp, minutes = X[:, :3].T   # (T - 150) / 50 a minute, the kernels' best yield at 14% moisture:
    popped = (1 - np.exp(-(temp - 150) / 50 * minutes)) * np.exp(-(((moisture - 14) / 4) ** 2))   # the share
    y = np.digitize(popped, [0.3, 0.7])   # popped under 0.3 (0), under 0.7 (1) or more (2), burnt (3) past 400
    return X, np.where(minutes * (temp - 150) > 400, 3, y).astype(np.int64)   # degree-minutes over 150 C

@shape
def campfire_light(n, rng, params):
    # a campfire of uniform on [0, 500] g of kindling under logs of uniform on [3, 20]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # cm of wood of uniform on [5, 40]% moisture in
    X[:, :4] = X[:, :4] * [500.0, 17.0, 35.0, 10.0] + [0.0, 3.0, 5.0, 0.0]   # a wind of uniform on [0, 10] m/s
    grams, cm, moisture, wind = X[:, :4].T   # (the other features uniform on [0, 1]): the kindling's heat, less
    heat = grams * (1 - moisture / 45) / cm * np.exp(-(((wind - 3) / 5) ** 2))   # as the wood is wetter, over
    y = np.digitize(heat, [8.0, 20.0]).astype(np.int64)   # the logs' thickness, a breeze of 3 m/s best: under 8
    return X, redraw_among(y, rng, 3, params)   # (0: out), under 20 (1: smoulders) or more (2: burns), ``flip``

@shape
def parachute_land(n, rng, params):
    # a jumper of uniform on [50, 130] kg under a canopy of uniform on [15, 60] m^2
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # landing uniform on [0, 3000] m up (the
    X[:, :3] = X[:, :3] * [80.0, 45.0, 3000.0] + [50.0, 15.0, 0.0]   # other features uniform on [0, 1]): the
    kg, area, altitude = X[:, :3].T   # terminal speed sqrt(2 m g / (rho C_d A)), C_d 1.5, the air's density
    rho = 1.225 * np.exp(-altitude / 8500)   # 1.225 kg/m^3 thinning by e each 8.5 km: under 5 m/s (0: soft),
    speed = np.sqrt(2 * kg * 9.81 / (rho * 1.5 * area))   # under 7 (1: hard) or more (2: a sprain)
    return X, np.digitize(speed, [5.0, 7.0]).astype(np.int64)

@shape
def mirror_view(n, rng, params):
    # a person of uniform on [1.5, 2] m, the eyes uniform on [0.08, 0.14] m below the top
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of the head, before a wall mirror of
    X[:, :5] = X[:, :5] * [0.5, 0.06, 0.9, 0.8, 2.5] + [1.5, 0.08, 0.1, 0.4, 0.5]   # uniform on [0.4, 1.2] m
    tall, below, bottom, length, _ = X[:, :5].T   # whose bottom is uniform on [0.1, 1] m up, uniform on [0.5,
    eye = tall - below   # 3] m away (the other features uniform on [0, 1]): the mirror shows the body between
    top = np.minimum(tall, 2 * (bottom + length) - eye)   # twice its edges' heights less the eyes' (the law of
    seen = np.maximum(top - np.maximum(0.0, 2 * bottom - eye), 0.0) / tall   # reflection; the distance does not
    return X, np.digitize(seen, [0.5, 1.0]).astype(np.int64)   # matter): under half (0), under all (1), all (2)

@shape
def tug_of_war(n, rng, params):
    # two teams of uniform on [150, 400] kg pulling on shoes gripping at uniform on [0.3,
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 0.9] (the other features uniform on [0,
    X[:, :4] = X[:, :4] * [250.0, 250.0, 0.6, 0.6] + [150.0, 150.0, 0.3, 0.3]   # 1]): each team's pull at most
    kg_a, kg_b, mu_a, mu_b = X[:, :4].T   # its friction, mu m g: B's over 10% more (0: B wins), neither (1: a
    ratio = mu_a * kg_a / (mu_b * kg_b)   # stalemate) or A's over 10% more (2: A wins)
    y = np.digitize(ratio, [1 / 1.1, 1.1]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)   # ``flip`` of the labels redrawn

@shape
def lemonade_mix(n, rng, params):
    # lemonade of uniform on [0, 200] g of sugar and uniform on [20, 250] ml of lemon
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # juice in uniform on [0.5, 2] l of water (the
    X[:, :3] = X[:, :3] * [200.0, 230.0, 1.5] + [0.0, 20.0, 0.5]   # other features uniform on [0, 1]): sugar and
    sugar, juice, litres = X[:, :3].T   # juice a litre, both under 40 (0: weak), else the sugar's grams over the
    ratio = sugar / juice   # juice's ml under 0.6 (1: sour), under 1.5 (2: balanced) or more (3: sweet)
    y = np.where((sugar / litres < 40) & (juice / litres < 40), 0, 1 + np.digitize(ratio, [0.6, 1.5]))
    return X, redraw_among(y.astype(np.int64), rng, 4, params)   # ``flip`` of the labels redrawn

@shape
def bike_pump(n, rng, params):
    # a tyre of uniform on [0.5, 3] l at uniform on [0, 2] bar over the air's pumped to
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [2, 7] bar with a pump of
    X[:, :4] = X[:, :4] * [2.5, 2.0, 5.0, 300.0] + [0.5, 0.0, 2.0, 100.0]   # uniform on [100, 400] ml a stroke
    litres, start, target, ml = X[:, :4].T   # (the other features uniform on [0, 1]): Boyle's law, each stroke
    strokes = litres * (target - start) / (1.013 * ml / 1000)   # a pump of air at 1.013 bar: the
    return X, np.digitize(strokes, [10.0, 25.0, 50.0]).astype(np.int64)   # strokes, under 10 (0), 25 (1), 50

@shape
def taxi_fare(n, rng, params):
    # a taxi ride of uniform on [1, 30] km after uniform on [0, 20] minutes' waiting, by
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # night or day (1, 0; the other features
    X[:, :2], X[:, 2] = X[:, :2] * [29.0, 20.0] + [1.0, 0.0], np.floor(2 * X[:, 2])   # uniform on [0, 1]): 3
    km, wait, night = X[:, :3].T   # flag fall, 2.2 a km for the first 10 km and 1.4 a km after, 0.5 a minute
    fare = (3 + 2.2 * np.minimum(km, 10) + 1.4 * np.maximum(km - 10, 0) + 0.5 * wait) * (1 + 0.3 * night)
    y = np.digitize(fare, [30.0, 50.0]).astype(np.int64)   # waiting, 30% more by night: under 30 (0), under 50
    return X, redraw_among(y, rng, 3, params)   # (1) or more (2), ``flip`` of the labels redrawn

@shape
def jam_set(n, rng, params):
    # jam of uniform on [40, 70]% sugar boiled uniform on [2, 30] minutes with uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0, 10] g/kg of pectin (the other features
    X[:, :3] = X[:, :3] * [30.0, 28.0, 10.0] + [40.0, 2.0, 0.0]   # uniform on [0, 1]): the boil's temperature
    sugar, minutes, pectin = X[:, :3].T   # climbs toward 100 C plus 8 C at 65% sugar (in proportion) as
    temp = 100 + 8 * sugar / 65 * (1 - np.exp(-minutes / 10))   # 1 - exp(-minutes / 10); its firmness, the
    firm = temp - 102 + 0.3 * pectin   # degrees past 102 plus 0.3 a gram of pectin: under 3 (0: runny), under
    return X, np.digitize(firm, [3.0, 5.5]).astype(np.int64)   # 5.5 (1: set) or more (2: rubbery)

@shape
def fridge_magnet(n, rng, params):
    # a magnet pulling uniform on [1, 10] N at contact holds a picture of uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [5, 100] g through 0 to 20 sheets of paper
    X[:, 0], X[:, 1], X[:, 2] = X[:, 0] * 9 + 1, np.floor(21 * X[:, 1]), X[:, 2] * 95 + 5   # (the other
    pull, sheets, grams = X[:, :3].T   # features uniform on [0, 1]): the pull falls as (1 + sheets / 10)^-2, the
    hold = 0.5 * pull / (1 + sheets / 10) ** 2   # friction 0.5 of it, over the picture's weight: under 1 (0:
    ratio = hold / (grams * 9.81 / 1000)   # slides), under 2.5 (1: holds) or more (2: firm)
    return X, np.digitize(ratio, [1.0, 2.5]).astype(np.int64)

@shape
def pool_chlorine(n, rng, params):
    # a pool of uniform on [0, 5] ppm of chlorine at a pH uniform on [6.8, 8.2] after
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 10] hours of sun (the other
    X[:, :3] = X[:, :3] * [5.0, 1.4, 10.0] + [0.0, 6.8, 0.0]   # features uniform on [0, 1]): the active share,
    ppm, ph, sun = X[:, :3].T   # hypochlorous acid, 1 / (1 + 10^(pH - 7.5)), a tenth of it lost an hour of
    active = ppm / (1 + 10 ** (ph - 7.5)) * np.exp(-0.1 * sun)   # sun (e-folding): under 0.3 ppm (0: algae),
    return X, np.digitize(active, [0.3, 1.2]).astype(np.int64)   # under 1.2 (1: fine) or more (2: harsh)

@shape
def tree_fell(n, rng, params):
    # a tree of uniform on [5, 30] m felled uniform on [0, 90] degrees off a house's wall
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [5, 35] m away (the other
    X[:, :3] = X[:, :3] * [25.0, 30.0, 90.0] + [5.0, 5.0, 0.0]   # features uniform on [0, 1]): the tip's reach
    height, away, angle = X[:, :3].T   # toward the wall, H cos(angle), over its distance: under 0.5 (0: clear),
    reach = height * np.cos(np.radians(angle)) / away   # under 1 (1: short of it), under 1.5 (2: on the house)
    return X, np.digitize(reach, [0.5, 1.0, 1.5]).astype(np.int64)   # or more (3: over it)

@shape
def fuse_trip(n, rng, params):
    # a kettle of uniform on [0, 3000] W, a heater of uniform on [0, 2500] W and a microwave
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of uniform on [0, 1200] W on a 230 V
    X[:, :3], X[:, 3] = X[:, :3] * [3000.0, 2500.0, 1200.0], np.array([10.0, 13.0, 16.0])[np.floor(3 * X[:, 3])
                                                                                          .astype(np.int64)]
    kettle, heater, micro, amps = X[:, :4].T   # circuit fused at 10, 13 or 16 A (the other features uniform on
    y = ((kettle + heater + micro) / 230 > amps).astype(np.int64)   # [0, 1]): the fuse blows (1) when the
    return X, flip_binary(y, rng, params)   # current passes it, ``flip`` of the labels at random

@shape
def gutter_flow(n, rng, params):
    # a roof of uniform on [20, 150] m^2 in rain of uniform on [5, 80] mm/h drained by 1
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # to 4 downpipes along a gutter sloping
    X[:, 0], X[:, 1], X[:, 2] = X[:, 0] * 130 + 20, X[:, 1] * 75 + 5, np.floor(4 * X[:, 2]) + 1   # uniform on
    X[:, 3] = X[:, 3] * 0.9 + 0.1   # [0.1, 1]% (the other features uniform on [0, 1]): the rain's litres a
    area, rain, pipes, slope = X[:, :4].T   # second over the pipes' (0.5 + slope) l/s each: under 0.8 (0:
    load = area * rain / 3600 / (pipes * (0.5 + slope))   # copes), under 1 (1: brimming) or more (2:
    return X, np.digitize(load, [0.8, 1.0]).astype(np.int64)   # overflows)

@shape
def stick_box(n, rng, params):
    # a stick of uniform on [20, 100] cm laid in a tray of sides uniform on [20, 80] cm
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
    X[:, :3] = X[:, :3] * [80.0, 60.0, 60.0] + 20.0   # it lies along a side (0: no longer than the longer
    stick, a, b = X[:, :3].T   # side), only across the diagonal (1) or not at all (2)
    y = (stick > np.maximum(a, b)).astype(np.int64) + (stick > np.hypot(a, b))
    return X, y.astype(np.int64)

@shape
def drone_flight(n, rng, params):
    # a drone of uniform on [0.5, 3] kg on a battery of uniform on [20, 100] Wh in a
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # wind of uniform on [0, 12] m/s (the other
    X[:, :3] = X[:, :3] * [2.5, 80.0, 12.0] + [0.5, 20.0, 0.0]   # features uniform on [0, 1]): hovering takes 80
    kg, wh, wind = X[:, :3].T   # kg^1.5 W, times 1 + (wind / 10)^2; 80% of the battery used: the minutes
    minutes = 60 * 0.8 * wh / (80 * kg**1.5 * (1 + (wind / 10) ** 2))   # aloft under 8 (0), under 16 (1),
    return X, np.digitize(minutes, [8.0, 16.0, 30.0]).astype(np.int64)   # under 30 (2) or more (3)

@shape
def compost_heat(n, rng, params):
    # a heap of uniform on [0, 100] kg of greens and of browns at uniform on [20, 80]%
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # moisture, turned uniform on [0, 8] weeks
    X[:, :4] = X[:, :4] * [100.0, 100.0, 60.0, 8.0] + [0.0, 0.0, 20.0, 0.0]   # ago (the other features uniform
    greens, browns, moisture, weeks = X[:, :4].T   # on [0, 1]): its carbon to nitrogen ratio (browns 60,
    cn = (60 * browns + 15 * greens) / (browns + greens)   # greens 15) best at 30, its moisture at 55%, its
    heat = (greens + browns) / 100 * np.exp(-(((cn - 30) / 15) ** 2) - ((moisture - 55) / 20) ** 2 - weeks / 8)
    y = np.digitize(heat, [0.1, 0.3]).astype(np.int64)   # mass in hundreds of kg, e-folding 8 weeks after
    return X, redraw_among(y, rng, 3, params)   # turning: under 0.1 (0: cold), under 0.3 (1: warm) or more

@shape
def altitude_ill(n, rng, params):
    # a climb to uniform on [2000, 5500] m over uniform on [1, 10] days after uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0, 14] days of acclimatising (the other
    X[:, :3] = X[:, :3] * [3500.0, 9.0, 14.0] + [2000.0, 1.0, 0.0]   # features uniform on [0, 1]): the metres a
    altitude, days, acclim = X[:, :3].T   # day above 1500 m over a safe 300, less 1/28 each day acclimatised:
    strain = (altitude - 1500) / days / 300 * (1 - acclim / 28)   # under 0.75 (0: fine), under 1.5 (1: a
    return X, np.digitize(strain, [0.75, 1.5]).astype(np.int64)   # headache) or more (2: ill)

@shape
def sprinkler_arc(n, rng, params):
    # a flower bed uniform on [-8, 8] m east and north of a sprinkler throwing
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [3, 12] m over an arc of uniform
    X[:, :4] = X[:, :4] * [16.0, 16.0, 9.0, 210.0] + [-8.0, -8.0, 3.0, 90.0]   # on [90, 300] degrees centred
    east, north, reach, arc = X[:, :4].T   # on north (the other features uniform on [0, 1]): outside the arc or
    dist, bearing = np.hypot(east, north), np.degrees(np.abs(np.arctan2(east, north)))   # past 1.5 times the
    inside = bearing <= arc / 2   # reach (0: dry), past the reach (1: misted) or within it (2: soaked)
    y = np.where(inside & (dist <= reach), 2, np.where(inside & (dist <= 1.5 * reach), 1, 0))
    return X, y.astype(np.int64)

@shape
def hay_fever(n, rng, params):
    # uniform on [0, 200] grains/m^3 of pollen for someone of sensitivity uniform on [0.5,
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 2] uniform on [0, 24] hours after a tablet
    X[:, :3] = X[:, :3] * [200.0, 1.5, 24.0] + [0.0, 0.5, 0.0]   # (the other features uniform on [0, 1]): the
    pollen, sens, hours = X[:, :3].T   # tablet blocks 80%, fading by e each 12 hours: the load under 40 (0:
    load = pollen * sens * (1 - 0.8 * np.exp(-hours / 12))   # fine), under 100 (1: sneezing) or more (2:
    y = np.digitize(load, [40.0, 100.0]).astype(np.int64)   # streaming)
    return X, redraw_among(y, rng, 3, params)   # ``flip`` of the labels redrawn

@shape
def sprint_time(n, rng, params):
    # a 100 m sprint: a reaction of uniform on [0.12, 0.3] s, a top speed of uniform
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [7, 11] m/s reached at uniform on [3, 8]
    X[:, :3] = X[:, :3] * [0.18, 4.0, 5.0] + [0.12, 7.0, 3.0]   # m/s^2 (the other features uniform on [0, 1]): the
    react, top, accel = X[:, :3].T   # time, the reaction plus 100 / v + v / (2 a) (the speed reached within 20
    seconds = react + 100 / top + top / (2 * accel)   # m): under 11.5 (0), under 12.5 (1), under 13.5 (2) or
    y = np.digitize(seconds, [11.5, 12.5, 13.5]).astype(np.int64)   # more (3)
    return X, redraw_among(y, rng, 4, params)   # ``flip`` of the labels redrawn

@shape
def street_flood(n, rng, params):
    # uniform on [0, 150] mm of rain on soil uniform on [0, 1] wet with drains taking
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [10, 50] mm (the other features
    X[:, 0], X[:, 2] = X[:, 0] * 150, X[:, 2] * 40 + 10   # uniform on [0, 1]): the runoff, 30% of the rain on dry
    rain, wet, drains = X[:, :3].T   # soil to all of it on soaked, past the drains: none (0), under 30 mm (1:
    runoff = rain * (0.3 + 0.7 * wet) - drains   # puddles), under 70 (2: flooded) or more (3: deep)
    return X, np.digitize(runoff, [0.0, 30.0, 70.0], right=True).astype(np.int64)

@shape
def noise_dose(n, rng, params):
    # uniform on [70, 110] dB for uniform on [0.5, 8] hours through earplugs taking off
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 30] dB (the other features
    X[:, :3] = X[:, :3] * [40.0, 7.5, 30.0] + [70.0, 0.5, 0.0]   # uniform on [0, 1]): the day's noise dose,
    db, hours, plugs = X[:, :3].T   # hours over 8 at 85 dB, doubling each 3 dB more: under 0.1 (0: safe),
    dose = hours / 8 * 2 ** ((db - plugs - 85) / 3)   # under 1 (1: loud) or more (2: harmful), ``flip`` of the
    y = np.digitize(dose, [0.1, 1.0]).astype(np.int64)   # labels redrawn
    return X, redraw_among(y, rng, 3, params)

@shape
def espresso_shot(n, rng, params):
    # an espresso of a grind uniform on [200, 600] microns, a dose uniform on [14, 22] g
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # pulled uniform on [15, 40] s (the other
    X[:, :3] = X[:, :3] * [400.0, 8.0, 25.0] + [200.0, 14.0, 15.0]   # features uniform on [0, 1]): the
    grind, dose, secs = X[:, :3].T   # extraction, 20% at 400 microns, 18 g and 28 s, as the root of the time,
    extraction = 20 * np.sqrt(secs / 28) * (400 / grind) ** 0.7 * (18 / dose) ** 0.3   # the grind^-0.7 and
    return X, np.digitize(extraction, [18.0, 22.0]).astype(np.int64)   # the dose^-0.3: under 18% (0: sour),

@shape
def desk_lamp(n, rng, params):
    # a bulb of uniform on [200, 1600] lumens uniform on [0.3, 1.5] m from a page tilted
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 60] degrees off it (the
    X[:, :3] = X[:, :3] * [1400.0, 1.2, 60.0] + [200.0, 0.3, 0.0]   # other features uniform on [0, 1]): the
    lumens, metres, tilt = X[:, :3].T   # page's lux, lumens / (2 pi) times cos(tilt) over the distance squared:
    lux = lumens / (2 * np.pi) * np.cos(np.radians(tilt)) / metres**2   # under 80 (0: dim), under 250 (1:
    return X, np.digitize(lux, [80.0, 250.0]).astype(np.int64)   # reading) or more (2: bright)

@shape
def caffeine_left(n, rng, params):
    # uniform on [0, 400] mg of caffeine uniform on [0, 12] hours before bed with a
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # half-life uniform on [3, 7] hours (the
    X[:, :3] = X[:, :3] * [400.0, 12.0, 4.0] + [0.0, 0.0, 3.0]   # other features uniform on [0, 1]): the mg left
    mg, hours, half = X[:, :3].T   # at bedtime, mg / 2^(hours / half-life): under 50 (0: sleeps), under 120 (1:
    left = mg * 0.5 ** (hours / half)   # restless) or more (2: awake)
    return X, np.digitize(left, [50.0, 120.0]).astype(np.int64)

@shape
def crane_load(n, rng, params):
    # a crane's boom of uniform on [10, 40] m raised uniform on [20, 80] degrees lifting
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [1, 10] t (the other features
    X[:, :3] = X[:, :3] * [30.0, 60.0, 9.0] + [10.0, 20.0, 1.0]   # uniform on [0, 1]): the load's moment, t
    boom, angle, tonnes = X[:, :3].T   # times the boom's reach L cos(angle), over the crane's 120 t m: under
    share = tonnes * boom * np.cos(np.radians(angle)) / 120   # 0.4 (0), under 0.7 (1), under 1 (2: near the
    return X, np.digitize(share, [0.4, 0.7, 1.0]).astype(np.int64)   # limit) or more (3: tips)

@shape
def freezer_cut(n, rng, params):
    # a power cut of uniform on [0, 48] hours to a freezer uniform on [0, 1] full, its
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # door opened 0 to 5 times, in a room on
    X[:, 0], X[:, 2] = X[:, 0] * 48, np.floor(6 * X[:, 2])   # [15, 35] C (the other features uniform on [0,
    X[:, 3] = X[:, 3] * 20 + 15   # 1]): it holds (24 + 24 full) hours times 25 / the room's C, less 4 hours an
    hours, full, opened, room = X[:, :4].T   # opening; the food thaws (1) when the cut is longer, ``flip`` of the
    y = (hours > (24 + 24 * full) * 25 / room - 4 * opened).astype(np.int64)   # labels at random
    return X, flip_binary(y, rng, params)

@shape
def snow_shoe(n, rng, params):
    # a walker of uniform on [50, 120] kg with a pack of uniform on [0, 30] kg on shoes of
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0.05, 0.25] m^2 on snow bearing
    X[:, :4] = X[:, :4] * [70.0, 30.0, 0.2, 10.0] + [50.0, 0.0, 0.05, 5.0]   # uniform on [5, 15] kPa (the other
    kg, pack, area, bears = X[:, :4].T   # features uniform on [0, 1]): the pressure, (kg + pack) g / area in
    ratio = (kg + pack) * 9.81 / area / 1000 / bears   # kPa, over what the snow bears: under 1 (0: floats),
    return X, np.digitize(ratio, [1.0, 1.15]).astype(np.int64)   # under 1.15 (1: sinks) or more (2: postholes)

@shape
def ring_toss(n, rng, params):
    # a ring of radius uniform on [0.1, 0.3] m landing uniform on [-0.4, 0.4] m east and
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # north of a peg of radius 0.05 m (the other
    X[:, :3] = X[:, :3] * [0.8, 0.8, 0.2] + [-0.4, -0.4, 0.1]   # features uniform on [0, 1]): the peg wholly
    east, north, radius = X[:, :3].T   # inside the ring (2: a ringer), touching its rim (1: a leaner) or clear of
    dist = np.hypot(east, north)   # it (0: a miss)
    y = (dist <= radius + 0.05).astype(np.int64) + (dist < radius - 0.05)
    return X, y.astype(np.int64)

@shape
def chimney_draw(n, rng, params):
    # a chimney of uniform on [3, 15] m with flue gas of uniform on [50, 300] C on a day
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of uniform on [-10, 25] C (the other
    X[:, :3] = X[:, :3] * [12.0, 250.0, 35.0] + [3.0, 50.0, -10.0]   # features uniform on [0, 1]): the draft,
    height, flue, outside = X[:, :3].T   # 3460 Pa K/m times the height times 1/T outside less 1/T inside (in
    draft = 3460 * height * (1 / (outside + 273.15) - 1 / (flue + 273.15))   # kelvin): under 20 Pa (0), under
    return X, np.digitize(draft, [20.0, 35.0, 55.0]).astype(np.int64)   # 35 (1), under 55 (2) or more (3)

@shape
def heat_stress(n, rng, params):
    # a day of uniform on [20, 40] C at uniform on [10, 100]% humidity in a wind of
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 6] m/s (the other features
    X[:, :3] = X[:, :3] * [20.0, 90.0, 6.0] + [20.0, 10.0, 0.0]   # uniform on [0, 1]): the humidex, C plus
    temp, humid, wind = X[:, :3].T   # 0.5555 (e - 10) with e the vapour's hPa (Magnus), less 0.7 a m/s of wind:
    vapour = humid / 100 * 6.112 * np.exp(17.67 * temp / (temp + 243.5))   # under 30 (0: comfortable), under
    feel = temp + 0.5555 * (vapour - 10) - 0.7 * wind   # 40 (1: uncomfortable) or more (2: dangerous)
    y = np.digitize(feel, [30.0, 40.0]).astype(np.int64)   # ``flip`` of the labels redrawn
    return X, redraw_among(y, rng, 3, params)

@shape
def wet_road(n, rng, params):
    # a car at uniform on [40, 130] km/h on tyres of uniform on [1.6, 8] mm tread through
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 10] mm of water (the other
    X[:, :3] = X[:, :3] * [90.0, 6.4, 10.0] + [40.0, 1.6, 0.0]   # features uniform on [0, 1]): its speed past
    speed, tread, water = X[:, :3].T   # the critical 70 km/h plus 6 a mm of tread less 3 a mm of water: under
    margin = speed - (70 + 6 * tread - 3 * water)   # -10 (0: grips), under 10 (1: skims) or more (2:
    return X, np.digitize(margin, [-10.0, 10.0]).astype(np.int64)   # aquaplanes)

@shape
def rug_fit(n, rng, params):
    # a rug of sides uniform on [1, 4] m and a room of sides uniform on [1.5, 5] m (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the rug fits
    X[:, :4] = X[:, :4] * [3.0, 3.0, 3.5, 3.5] + [1.0, 1.0, 1.5, 1.5]   # as laid (0: its first side along the
    a, b, c, d = X[:, :4].T   # room's first), only turned a quarter (1) or not at all (2)
    laid, turned = (a <= c) & (b <= d), (b <= c) & (a <= d)
    return X, np.where(laid, 0, np.where(turned, 1, 2)).astype(np.int64)

@shape
def seed_sprout(n, rng, params):
    # a seed sown uniform on [0.5, 6] cm deep in soil of uniform on [0, 35] C and
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1] moisture (others uniform
    X[:, :3] = X[:, :3] * [5.5, 35.0, 1.0] + [0.5, 0.0, 0.0]   # on [0, 1]): its vigour, a bell at 22 C of width
    depth, temp, wet = X[:, :3].T   # 8, 4 w (1 - w) in the moisture and e^(-depth / 4): under 0.08 (0: fails),
    vigour = np.exp(-(((temp - 22) / 8) ** 2)) * 4 * wet * (1 - wet) * np.exp(-depth / 4)   # under 0.25 (1:
    y = np.digitize(vigour, [0.08, 0.25]).astype(np.int64)   # slow) or more (2: quick), ``flip`` of the labels
    return X, redraw_among(y, rng, 3, params)   # redrawn

@shape
def zip_line(n, rng, params):
    # a zip line of uniform on [50, 300] m dropping uniform on [3, 10]% with a rider of
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [30, 120] kg (the others uniform
    X[:, :3] = X[:, :3] * [250.0, 7.0, 90.0] + [50.0, 3.0, 30.0]   # on [0, 1]): the speed at its end under a
    length, slope, kg = X[:, :3].T   # drag of 0.3 v^2 N, v^2 = (kg g s / 0.3) (1 - e^(-0.6 L / kg)): under 27
    v2 = kg * 9.81 * slope / 100 / 0.3 * (1 - np.exp(-0.6 * length / kg))   # km/h (0), under 35 (1), under 43
    y = np.digitize(3.6 * np.sqrt(v2), [27.0, 35.0, 43.0]).astype(np.int64)   # (2) or more (3), ``flip`` of the
    return X, redraw_among(y, rng, 4, params)   # labels redrawn

@shape
def cliff_dive(n, rng, params):
    # a diver of uniform on [40, 110] kg jumping uniform on [2, 12] m into water uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [1, 6] m deep (the other features uniform
    X[:, :3] = X[:, :3] * [70.0, 10.0, 5.0] + [40.0, 2.0, 1.0]   # on [0, 1]): the depth over the depth it takes
    kg, height, depth = X[:, :3].T   # to stop, v^2 / (2 * 30) with v^2 = 2 g h, times (kg / 70)^(1/3): 1.5 or
    need = 2 * 9.81 * height / 60 * (kg / 70) ** (1 / 3)   # more (0: safe), 1 or more (1: touches), 0.6 or
    return X, np.digitize(-depth / need, [-1.5, -1.0, -0.6], right=True).astype(np.int64)   # more (2: hits the

@shape
def microwave_heat(n, rng, params):
    # a microwave of uniform on [600, 1200] W heating uniform on [80, 600] g of food
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # for uniform on [10, 180] s (the other
    X[:, :3] = X[:, :3] * [600.0, 520.0, 170.0] + [600.0, 80.0, 10.0]   # features uniform on [0, 1]): the
    watts, grams, secs = X[:, :3].T   # food's rise in C, 60% of the energy into water's 4.18 J per g and C:
    rise = 0.6 * watts * secs / (4.18 * grams)   # under 20 (0: lukewarm), under 50 (1: hot) or more (2:
    y = np.digitize(rise, [20.0, 50.0]).astype(np.int64)   # scalding), ``flip`` of the labels redrawn
    return X, redraw_among(y, rng, 3, params)

@shape
def star_gaze(n, rng, params):
    # a telescope of uniform on [10, 200] mm aperture on a star of magnitude uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [3, 14] under a sky of Bortle class
    X[:, :3] = X[:, :3] * [190.0, 11.0, 8.0] + [10.0, 3.0, 1.0]   # uniform on [1, 9] (the other features
    aperture, mag, bortle = X[:, :3].T   # uniform on [0, 1]): the faintest magnitude seen, 2.1 + 5 log10(mm)
    limit = 2.1 + 5 * np.log10(aperture) - 0.4 * (bortle - 1)   # less 0.4 a Bortle class past 1, less the
    return X, np.digitize(limit - mag, [0.0, 2.0]).astype(np.int64)   # star's: under 0 (0: unseen), under 2

@shape
def seesaw_tilt(n, rng, params):
    # a seesaw with a child of uniform on [20, 50] kg 1.5 m out on the left and one of
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [20, 50] kg uniform on [0.8,
    X[:, :3] = X[:, :3] * [30.0, 30.0, 1.4] + [20.0, 20.0, 0.8]   # 2.2] m out on the right (the other
    left, right, reach = X[:, :3].T   # features uniform on [0, 1]): the left's kg m less the right's: under
    turn = 1.5 * left - reach * right   # -10 (0: the right goes down), under 10 (1: about level) or more (2: the
    return X, np.digitize(turn, [-10.0, 10.0]).astype(np.int64)   # left goes down)

@shape
def paint_dry(n, rng, params):
    # a coat of paint of uniform on [50, 250] microns in air of uniform on [5, 30] C and
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [20, 90]% humidity (the other
    X[:, :3] = X[:, :3] * [200.0, 25.0, 70.0] + [50.0, 5.0, 20.0]   # features uniform on [0, 1]): the hours to
    microns, temp, humid = X[:, :3].T   # dry, 3 at 100 microns, 20 C and 40%, as the coat^1.5, doubling each
    hours = 3 * (microns / 100) ** 1.5 * 2 ** ((20 - temp) / 10) * 60 / (100 - humid)   # 10 C colder and as
    return X, np.digitize(hours, [4.0, 12.0]).astype(np.int64)   # 1 / (100 - the humidity): under 4 (0: the

@shape
def hammock_hang(n, rng, params):
    # a hammock's sitter of uniform on [40, 120] kg, its straps uniform on [10, 40]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # degrees below level, a bounce of uniform
    X[:, :3] = X[:, :3] * [80.0, 30.0, 1.0] + [40.0, 10.0, 1.0]   # on [1, 2] times the weight (the other
    kg, angle, bounce = X[:, :3].T   # features uniform on [0, 1]): each strap's kN, the weight times the bounce
    tension = kg * 9.81 * bounce / (2 * np.sin(np.radians(angle))) / 1000   # over 2 sin(angle): under 1 (0),
    return X, np.digitize(tension, [1.0, 1.6, 2.5]).astype(np.int64)   # under 1.6 (1), under 2.5 (2) or more

@shape
def canoe_tip(n, rng, params):
    # a paddler of uniform on [50, 110] kg in a canoe of beam uniform on [0.7, 1] m in
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # waves of uniform on [0, 0.6] m leaning
    X[:, :4] = X[:, :4] * [60.0, 0.3, 0.6, 25.0] + [50.0, 0.7, 0.0, 0.0]   # uniform on [0, 25] degrees (the
    kg, beam, waves, lean = X[:, :4].T   # other features uniform on [0, 1]): it tips (1) when the lean plus 40
    y = (lean + 40 * waves > 27 * (beam / 0.85) ** 3 - (kg - 80) / 4).astype(np.int64)   # a m of waves passes
    return X, flip_binary(y, rng, params)   # 27 (beam / 0.85)^3 less a degree each 4 kg past 80, ``flip`` of

@shape
def ford_wade(n, rng, params):
    # a river of uniform on [0.1, 1] m deep running uniform on [0.2, 2.5] m/s waded by a
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # walker uniform on [1.2, 1.9] m tall (the
    X[:, :3] = X[:, :3] * [0.9, 2.3, 0.7] + [0.1, 0.2, 1.2]   # other features uniform on [0, 1]): the hazard,
    depth, current, height = X[:, :3].T   # the depth times (the current + 0.5) by 1.7 m over the walker's
    hazard = depth * (current + 0.5) * 1.7 / height   # height: under 1.4 (0: wades across), under 1.6 (1:
    return X, np.digitize(hazard, [1.4, 1.6]).astype(np.int64)   # stumbles) or more (2: swept off)

@shape
def key_hole(n, rng, params):
    # a key's tip landing uniform on [-0.45, 0.45] east and north of the centre of a lock's
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # plate whose keyhole is of size uniform
    X[:, :3] = X[:, :3] * [0.9, 0.9, 0.4] + [-0.45, -0.45, 0.6]   # on [0.6, 1] (the other features uniform on
    east, north, size = X[:, :3].T   # [0, 1]): the keyhole a disc of radius 0.3 size about (0, 0.15 size) over
    disc = np.hypot(east, north - 0.15 * size) < 0.3 * size   # a slot 0.4 size wide from -0.7 size up to the
    slot = (np.abs(east) < 0.2 * size) & (north > -0.7 * size) & (north < 0.15 * size)   # disc's centre: in
    return X, np.where(disc, 2, np.where(slot, 1, 0)).astype(np.int64)   # the disc (2), in the slot alone (1)

@shape
def bike_climb(n, rng, params):
    # a cyclist of uniform on [100, 400] W, rider and bike of uniform on [60, 120] kg,
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # up a road of uniform on [2, 12]% (the
    X[:, :3] = X[:, :3] * [300.0, 60.0, 10.0] + [100.0, 60.0, 2.0]   # other features uniform on [0, 1]): the
    watts, kg, grade = X[:, :3].T   # km/h the watts hold against the climb and a rolling resistance of 0.005
    speed = 3.6 * watts / (kg * 9.81 * (grade / 100 + 0.005))   # (no air): under 9 (0), under 13 (1), under
    return X, np.digitize(speed, [9.0, 13.0, 19.0]).astype(np.int64)   # 19 (2) or more (3)

@shape
def ev_charge(n, rng, params):
    # an electric car's battery of uniform on [40, 100] kWh at 20% on a charger of uniform
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [7, 150] kW for uniform on [5, 60]
    X[:, :3] = X[:, :3] * [60.0, 143.0, 55.0] + [40.0, 7.0, 5.0]   # minutes (the other features uniform on [0,
    kwh, kw, minutes = X[:, :3].T   # 1]): the charge after, 20% plus 90% of the kWh drawn over the battery's:
    charge = 0.2 + 0.9 * kw * minutes / 60 / kwh   # under 0.5 (0), under 0.8 (1) or more (2), ``flip`` of the
    y = np.digitize(charge, [0.5, 0.8]).astype(np.int64)   # labels redrawn
    return X, redraw_among(y, rng, 3, params)

@shape
def low_bridge(n, rng, params):
    # a van of uniform on [2, 4.2] m under a bridge of uniform on [3, 4.8] m with a load
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of uniform on [0, 0.8] m on its roof (the
    X[:, :3] = X[:, :3] * [2.2, 1.8, 0.8] + [2.0, 3.0, 0.0]   # other feature uniform on [0, 1]): the bridge
    van, bridge, load = X[:, :3].T   # less the van and the load: under 0 (0: hits), under 0.4 (1: tight) or more
    return X, np.digitize(bridge - van - load, [0.0, 0.4]).astype(np.int64)   # (2: clears)

@shape
def beach_shade(n, rng, params):
    # a spot uniform on [-2, 2] m east and north of a beach umbrella's pole, its canopy
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of radius uniform on [0.8, 1.4] m 2 m up,
    X[:, :4] = X[:, :4] * [4.0, 4.0, 0.6, 50.0] + [-2.0, -2.0, 0.8, 30.0]   # the sun uniform on [30, 80]
    east, north, radius, sun = X[:, :4].T   # degrees up in the south (the other features uniform on [0, 1]):
    off = np.hypot(east, north - 2 / np.tan(np.radians(sun)))   # the shadow a disc of the canopy's radius 2 /
    y = np.where(off < radius, 2, np.where(off < radius + 0.5, 1, 0))   # tan(sun) m north of the pole: the
    return X, y.astype(np.int64)   # spot in it (2: shade), within 0.5 m of it (1: its edge) or not (0: sun)

@shape
def fruit_ripen(n, rng, params):
    # fruit picked uniform on [0, 14] days ago kept at uniform on [4, 28] C near
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1] of a bowl of bananas'
    X[:, :3] = X[:, :3] * [14.0, 24.0, 1.0] + [0.0, 4.0, 0.0]   # ethylene (the other features uniform on [0,
    days, temp, ethylene = X[:, :3].T   # 1]): its ripening, the days doubled each 10 C past 20 and times 1 +
    ripening = days * 2 ** ((temp - 20) / 10) * (1 + 1.5 * ethylene)   # 1.5 the ethylene: under 4 (0: green),
    y = np.digitize(ripening, [4.0, 10.0]).astype(np.int64)   # under 10 (1: ripe) or more (2: overripe),
    return X, redraw_among(y, rng, 3, params)   # ``flip`` of the labels redrawn

@shape
def air_con(n, rng, params):
    # a room of uniform on [10, 50] m^2 with an air conditioner of uniform on [1.5, 7] kW
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on a day of uniform on [26, 42] C (the
    X[:, :3] = X[:, :3] * [40.0, 5.5, 16.0] + [10.0, 1.5, 26.0]   # other features uniform on [0, 1]): the
    area, kw, outside = X[:, :3].T   # room's C, the day's less the kW over the room's 0.02 kW per C and m^2 of
    room = outside - kw / (0.02 * area)   # loss: under 22 (0: cold), under 25 (1: comfortable), under 28 (2:
    y = np.digitize(room, [22.0, 25.0, 28.0]).astype(np.int64)   # warm) or more (3: hot), ``flip`` of the
    return X, redraw_among(y, rng, 4, params)   # labels redrawn

@shape
def hail_dent(n, rng, params):
    # hailstones of uniform on [5, 50] mm in a wind of uniform on [0, 25] m/s on a car's
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # panel of uniform on [0.6, 1] mm (the
    X[:, :3] = X[:, :3] * [45.0, 25.0, 0.4] + [5.0, 0.0, 0.6]   # other feature uniform on [0, 1]): a stone's
    mm, wind, panel = X[:, :3].T   # energy, its kg (ice of 900 kg/m^3) times its fall speed squared (81 m^2/s^2
    kg = 900 * np.pi / 6 * (mm / 1000) ** 3   # a cm) plus the wind's over 2, over (the panel / 0.8 mm)^2:
    energy = kg * (81 * mm / 10 + wind**2) / 2 / (panel / 0.8) ** 2   # under 1.5 J (0: none), under 6 (1: small
    return X, np.digitize(energy, [1.5, 6.0, 15.0]).astype(np.int64)   # dents), under 15 (2: dents) or more

@shape
def aquarium_stock(n, rng, params):
    # an aquarium of uniform on [40, 300] L holding fish of uniform on [5, 120] cm in
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # all with a filter of uniform on [100,
    X[:, :3] = X[:, :3] * [260.0, 115.0, 1100.0] + [40.0, 5.0, 100.0]   # 1200] L/h (the other features uniform
    litres, fish, flow = X[:, :3].T   # on [0, 1]): its load, the fish's cm over half the litres, times the root
    load = fish / (litres / 2) * np.sqrt(4 * litres / flow)   # of 4 turnovers an hour over the filter's: under
    return X, np.digitize(load, [0.8, 1.3]).astype(np.int64)   # 0.8 (0: room), under 1.3 (1: full) or more (2:

@shape
def cheese_age(n, rng, params):
    # a cheese aged uniform on [1, 24] months in a cellar of uniform on [6, 16] C at
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [70, 95]% humidity (the other
    X[:, :3] = X[:, :3] * [23.0, 10.0, 25.0] + [1.0, 6.0, 70.0]   # features uniform on [0, 1]): its ripeness,
    months, temp, humid = X[:, :3].T   # the months doubled each 6 C past 11, times the humidity over 85%: under
    ripe = months * 2 ** ((temp - 11) / 6) * humid / 85   # 4 (0: mild), under 12 (1: mature) or more (2: extra
    y = np.digitize(ripe, [4.0, 12.0]).astype(np.int64)   # mature), ``flip`` of the labels redrawn
    return X, redraw_among(y, rng, 3, params)

@shape
def water_carry(n, rng, params):
    # a hike of uniform on [1, 10] hours on a day of uniform on [10, 38] C carrying
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0.5, 4] L (the other feature
    X[:, :3] = X[:, :3] * [9.0, 28.0, 3.5] + [1.0, 10.0, 0.5]   # uniform on [0, 1]): the litres over the need,
    hours, temp, litres = X[:, :3].T   # 0.3 L an hour and 0.025 more a degree past 15 C: 1.1 or more (0:
    share = litres / (hours * (0.3 + 0.025 * np.maximum(temp - 15, 0)))   # enough), 0.9 or more (1: tight) or
    return X, np.where(share >= 1.1, 0, np.where(share >= 0.9, 1, 2)).astype(np.int64)   # less (2: runs out)

@shape
def coaster_loop(n, rng, params):
    # a coaster dropping uniform on [10, 60] m into a loop of radius uniform on [5, 25] m
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # losing uniform on [0, 0.3] of its energy
    X[:, :3] = X[:, :3] * [50.0, 20.0, 0.3] + [10.0, 5.0, 0.0]   # to friction (the other features uniform on
    drop, radius, loss = X[:, :3].T   # [0, 1]): it makes the loop (1) when the drop kept past friction passes 2.5
    y = (drop * (1 - loss) > 2.5 * radius).astype(np.int64)   # radii (the top's speed at least sqrt(g r)),
    return X, flip_binary(y, rng, params)   # ``flip`` of the labels at random

@shape
def printer_ink(n, rng, params):
    # a cartridge of uniform on [5, 30] ml printing uniform on [50, 1000] pages at a cover
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of uniform on [2, 20]% (the other features
    X[:, :3] = X[:, :3] * [25.0, 950.0, 18.0] + [5.0, 50.0, 2.0]   # uniform on [0, 1]): the ink left, 1 less the
    ml, pages, cover = X[:, :3].T   # ml used (1 a 100 pages at 5%) over the cartridge's: under 0 (0: ran out),
    left = 1 - pages * cover / 500 / ml   # under 0.25 (1: low), under 0.6 (2: half) or more (3: plenty)
    return X, np.digitize(left, [0.0, 0.25, 0.6]).astype(np.int64)

@shape
def speed_camera(n, rng, params):
    # a road's limit uniform on [30, 120] km/h, a car at uniform on [0.8, 1.6] times
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # it (the other features uniform on [0, 1]):
    X[:, 0] = 30 + 90 * X[:, 0]   # the excess over the limit, under 5% (0: nothing), under 10% (1: a warning),
    X[:, 1] = X[:, 0] * (0.8 + 0.8 * X[:, 1])   # under 25% (2: a fine), under 50% (3: points) or more (4: a ban)
    excess = X[:, 1] / X[:, 0] - 1
    return X, np.digitize(excess, [0.05, 0.10, 0.25, 0.50]).astype(np.int64)

@shape
def camera_shake(n, rng, params):
    # a photo at a shutter of 0.001 * 250^u s (log-uniform on [1/1000, 1/4]) through a
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # lens of uniform on [15, 300] mm with
    X[:, 0] = 0.001 * 250.0 ** X[:, 0]   # uniform on [0, 4] stops of stabilisation (the other features uniform on
    X[:, 1:3] = X[:, 1:3] * [285.0, 4.0] + [15.0, 0.0]   # [0, 1]): the shake, the seconds times the mm over 2^stops
    secs, mm, stops = X[:, :3].T   # (the rule of one over the focal length): under 0.5 (0: sharp), under 1 (1:
    shake = secs * mm / 2**stops   # acceptable), under 2.5 (2: soft) or more (3: blurred)
    return X, np.digitize(shake, [0.5, 1.0, 2.5]).astype(np.int64)

@shape
def lawn_mow(n, rng, params):
    # a lawn mown uniform on [2, 21] days ago after uniform on [0, 50] mm of rain a week at
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [5, 30] C (the other features
    X[:, :3] = X[:, :3] * [19.0, 50.0, 25.0] + [2.0, 0.0, 5.0]   # uniform on [0, 1]): the grass's mm, the days
    days, rain, temp = X[:, :3].T   # times 0.5 + 0.04 the rain times a tenth of the C past 5: under 10 (0: fine),
    grown = days * (0.5 + 0.04 * rain) * (temp - 5) / 10   # under 25 (1: due) or more (2: overgrown), ``flip``
    y = np.digitize(grown, [10.0, 25.0]).astype(np.int64)   # of the labels redrawn
    return X, redraw_among(y, rng, 3, params)

@shape
def tea_brew(n, rng, params):
    # tea steeped uniform on [1, 8] minutes in water of uniform on [70, 100] C with uniform
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [1, 5] g of leaves (the other features
    X[:, :3] = X[:, :3] * [7.0, 30.0, 4.0] + [1.0, 70.0, 1.0]   # uniform on [0, 1]): its strength, the minutes
    minutes, temp, grams = X[:, :3].T   # times the grams times the C past 60 over 40: under 4 (0: weak), under
    strength = minutes * grams * (temp - 60) / 40   # 12 (1: right) or more (2: bitter)
    return X, np.digitize(strength, [4.0, 12.0]).astype(np.int64)

@shape
def tyre_grip(n, rng, params):
    # a tyre of uniform on [1.5, 8] mm tread in uniform on [0, 20] mm/h of rain at uniform
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [30, 130] km/h (the other features
    X[:, :3] = X[:, :3] * [6.5, 20.0, 100.0] + [1.5, 0.0, 30.0]   # uniform on [0, 1]): the risk, the km/h over
    tread, rain, speed = X[:, :3].T   # 100 times the rain over twice the tread: under 0.4 (0: grips), under 1.2
    risk = speed / 100 * rain / (2 * tread)   # (1: caution) or more (2: aquaplanes), ``flip`` of the labels
    y = np.digitize(risk, [0.4, 1.2]).astype(np.int64)   # redrawn
    return X, redraw_among(y, rng, 3, params)

@shape
def dough_proof(n, rng, params):
    # dough with uniform on [2, 14] g of yeast rising at uniform on [15, 35] C for uniform
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [0.5, 4] hours (the other features
    X[:, :3] = X[:, :3] * [12.0, 20.0, 3.5] + [2.0, 15.0, 0.5]   # uniform on [0, 1]): the rise, the yeast over 7
    yeast, temp, hours = X[:, :3].T   # g times the hours, doubled each 10 C past 25: under 0.6 (0: flat), under
    rise = yeast / 7 * hours * 2 ** ((temp - 25) / 10)   # 1.2 (1: under-proofed), under 2.4 (2: proofed) or
    return X, np.digitize(rise, [0.6, 1.2, 2.4]).astype(np.int64)   # more (3: over-proofed)

@shape
def kite_lift(n, rng, params):
    # a kite of uniform on [0.5, 4] m^2 and uniform on [0.1, 1.5] kg in a wind of uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0, 15] m/s (the other features uniform
    X[:, :3] = X[:, :3] * [15.0, 3.5, 1.4] + [0.0, 0.5, 0.1]   # on [0, 1]): it flies (1) when the lift, half the
    wind, area, mass = X[:, :3].T   # air's 1.2 kg/m^3 times the wind squared times the area times a lift
    lift = 0.5 * 1.2 * wind**2 * area * 0.8   # coefficient of 0.8, passes its weight (9.81 N a kg)
    return X, (lift > 9.81 * mass).astype(np.int64)

@shape
def snow_melt(n, rng, params):
    # snow of uniform on [5, 100] cm in air of uniform on [-10, 10] C with uniform on [0,
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 10] hours of sun (the other features uniform
    X[:, :3] = X[:, :3] * [95.0, 20.0, 10.0] + [5.0, -10.0, 0.0]   # on [0, 1]): the days to melt, the cm over a
    depth, temp, sun = X[:, :3].T   # day's melt (0.5 cm a degree above 0, 0.3 an hour of sun and 0.1): under 3
    days = depth / (0.5 * np.maximum(temp, 0) + 0.3 * sun + 0.1)   # (0: gone), under 20 (1: melting) or more
    return X, np.digitize(days, [3.0, 20.0]).astype(np.int64)   # (2: stays)

@shape
def battery_drain(n, rng, params):
    # a phone of uniform on [1000, 5000] mAh whose screen is on uniform on [0.5, 10]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # hours at a brightness of uniform on [0.1,
    X[:, :3] = X[:, :3] * [4000.0, 9.5, 0.9] + [1000.0, 0.5, 0.1]   # 1] (the other features uniform on [0, 1]):
    mah, hours, bright = X[:, :3].T   # the charge left, 1 less the hours times 150 mA and 250 more at full
    left = 1 - hours * (150 + 250 * bright) / mah   # brightness over the mAh: under 0 (0: dead), under 0.2 (1:
    return X, np.digitize(left, [0.0, 0.2, 0.5]).astype(np.int64)   # low), under 0.5 (2: half) or more (3: plenty)

@shape
def ladder_foot(n, rng, params):
    # a ladder at uniform on [50, 85] degrees on a floor of friction uniform on [0.2, 0.8]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # with its climber uniform on [0, 1] of the
    X[:, :2] = X[:, :2] * [35.0, 0.6] + [50.0, 0.2]   # way up (the other features uniform on [0, 1]): it slips (1)
    angle, friction, share = X[:, :3].T   # when the friction times the angle's tangent is under 0.5 plus the
    y = (friction * np.tan(np.radians(angle)) < 0.5 + share).astype(np.int64)   # climber's share, ``flip`` of the
    return X, flip_binary(y, rng, params)   # labels at random

@shape
def pizza_bake(n, rng, params):
    # a pizza of uniform on [3, 15] mm dough baked uniform on [4, 20] minutes in an oven of
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [180, 300] C (the other features
    X[:, :3] = X[:, :3] * [120.0, 16.0, 12.0] + [180.0, 4.0, 3.0]   # uniform on [0, 1]): the bake, the minutes
    temp, minutes, dough = X[:, :3].T   # times the C past 150 over 10 times the mm: under 8 (0: raw), under 20 (1:
    bake = minutes * (temp - 150) / (10 * dough)   # done) or more (2: burnt)
    return X, np.digitize(bake, [8.0, 20.0]).astype(np.int64)

@shape
def water_butt(n, rng, params):
    # a roof of uniform on [10, 100] m^2 in a rain of uniform on [0, 30] mm filling a
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # barrel of uniform on [100, 500] L (the other
    X[:, :3] = X[:, :3] * [90.0, 30.0, 400.0] + [10.0, 0.0, 100.0]   # feature uniform on [0, 1]): the fill, 0.8
    roof, rain, barrel = X[:, :3].T   # of the L the roof catches over the barrel's: under 0.6 (0: room), under 0.8
    fill = 0.8 * roof * rain / barrel   # (1: nearly full) or more (2: overflows)
    return X, np.digitize(fill, [0.6, 0.8]).astype(np.int64)

@shape
def gear_pick(n, rng, params):
    # a cyclist at uniform on [8, 35] km/h up a grade of uniform on [0, 12]% (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the gear, by
    X[:, :2] = X[:, :2] * [27.0, 12.0] + [8.0, 0.0]   # the km/h over 1 plus a third of the grade: under 5 (0),
    speed, grade = X[:, :2].T   # under 8 (1), under 11 (2), under 16 (3) or more (4)
    return X, np.digitize(speed / (1 + grade / 3), [5.0, 8.0, 11.0, 16.0]).astype(np.int64)

@shape
def ice_thick(n, rng, params):
    # a lake after uniform on [0, 60] days at a mean of uniform on [-25, 0] C under uniform
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [0, 40] cm of snow (the other features
    X[:, :3] = X[:, :3] * [60.0, 25.0, 40.0] + [0.0, -25.0, 0.0]   # uniform on [0, 1]): the ice's cm, 2.5 times
    days, temp, snow = X[:, :3].T   # the root of the degree-days of frost over 1 plus the snow's twentieth: under
    ice = 2.5 * np.sqrt(days * -temp) / (1 + snow / 20)   # 10 (0: unsafe), under 20 (1: walk) or more (2: drive)
    return X, np.digitize(ice, [10.0, 20.0]).astype(np.int64)

@shape
def noise_carry(n, rng, params):
    # a sound of uniform on [40, 120] dB at a distance of 10^u m (log-uniform on [1, 500];
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # the other features uniform on [0, 1]): it
    X[:, 0] = 40 + 80 * X[:, 0]   # is heard (1) when the dB less 20 log10 of the distance pass 30 (the
    X[:, 1] = 500.0 ** X[:, 1]   # background)
    return X, (X[:, 0] - 20 * np.log10(X[:, 1]) > 30).astype(np.int64)

@shape
def plant_water(n, rng, params):
    # a pot of uniform on [1, 20] L watered uniform on [0, 14] days ago at uniform on [10,
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 35] C (the other features uniform on [0,
    X[:, :3] = X[:, :3] * [19.0, 14.0, 25.0] + [1.0, 0.0, 10.0]   # 1]): the dryness, the days times a twentieth of
    pot, days, temp = X[:, :3].T   # the C over the root of the L: under 0.7 (0: wet), under 1.5 (1: moist), under
    dry = days * temp / 20 / np.sqrt(pot)   # 3 (2: dry) or more (3: wilting), ``flip`` of the labels redrawn
    y = np.digitize(dry, [0.7, 1.5, 3.0]).astype(np.int64)
    return X, redraw_among(y, rng, 4, params)

@shape
def crowd_exit(n, rng, params):
    # a crowd of uniform on [50, 2000] leaving by uniform on [1, 8] doors of uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0.8, 2] m (the other features uniform on [0,
    X[:, :3] = X[:, :3] * [1950.0, 7.0, 1.2] + [50.0, 1.0, 0.8]   # 1]; the doors a real number): the minutes,
    people, doors, width = X[:, :3].T   # 80 a minute through each m of door: under 1.5 (0: quick), under 4 (1:
    minutes = people / (80 * doors * width)   # slow) or more (2: unsafe)
    return X, np.digitize(minutes, [1.5, 4.0]).astype(np.int64)

@shape
def jam_gel(n, rng, params):
    # jam of a sugar share uniform on [0.3, 0.7] with uniform on [0, 15] g/kg of pectin boiled
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [2, 20] minutes (the other
    X[:, :3] = X[:, :3] * [0.4, 15.0, 18.0] + [0.3, 0.0, 2.0]   # features uniform on [0, 1]): it sets (1) when 10
    sugar, pectin, boil = X[:, :3].T   # times the sugar, 0.4 the pectin and 0.15 the minutes pass 9.5
    return X, (10 * sugar + 0.4 * pectin + 0.15 * boil > 9.5).astype(np.int64)

@shape
def dew_point(n, rng, params):
    # air of uniform on [0, 35] C at uniform on [20, 100]% humidity (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the C above the dew
    X[:, :2] = X[:, :2] * [35.0, 80.0] + [0.0, 20.0]   # point (Magnus: 243.12 g / (17.62 - g), g the log of the
    temp, humid = X[:, :2].T   # humidity's share plus 17.62 C / (243.12 + C)): under 2 (0: fog), under 5 (1:
    g = np.log(humid / 100) + 17.62 * temp / (243.12 + temp)   # damp), under 10 (2: fresh) or more (3: dry)
    spread = temp - 243.12 * g / (17.62 - g)
    return X, np.digitize(spread, [2.0, 5.0, 10.0]).astype(np.int64)

@shape
def boat_drift(n, rng, params):
    # a boat on an anchor of uniform on [2, 30] kg in a wind of uniform on [0, 20] m/s and
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # a current of uniform on [0, 2] m/s (the other
    X[:, :3] = X[:, :3] * [28.0, 20.0, 2.0] + [2.0, 0.0, 0.0]   # features uniform on [0, 1]): the pull, 0.05 the
    anchor, wind, current = X[:, :3].T   # wind squared and 20 the current squared, over the anchor's kg: under 0.5
    pull = (0.05 * wind**2 + 20 * current**2) / anchor   # (0: holds), under 1.2 (1: drags) or more (2: adrift)
    return X, np.digitize(pull, [0.5, 1.2]).astype(np.int64)

@shape
def oven_preheat(n, rng, params):
    # an oven of uniform on [1, 4] kW heating to uniform on [150, 250] C for uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [2, 20] minutes (the other features
    X[:, :3] = X[:, :3] * [3.0, 100.0, 18.0] + [1.0, 150.0, 2.0]   # uniform on [0, 1]): the share of the heat
    kw, target, minutes = X[:, :3].T   # reached, 12 C a kW-minute over the target's C past 20: under 0.7 (0:
    share = minutes * kw * 12 / (target - 20)   # cold), under 1 (1: nearly) or more (2: ready)
    return X, np.digitize(share, [0.7, 1.0]).astype(np.int64)

@shape
def parcel_post(n, rng, params):
    # a parcel of uniform on [0.1, 20] kg whose longest side is uniform on [10, 120] cm
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
    X[:, :2] = X[:, :2] * [19.9, 110.0] + [0.1, 10.0]   # its size, the larger of half the kg and a thirtieth of
    kg, cm = X[:, :2].T   # the cm: under 2 (0: small), under 4 (1: medium), under 7 (2: large) or more (3:
    size = np.maximum(kg / 2, cm / 30)   # oversize)
    return X, np.digitize(size, [2.0, 4.0, 7.0]).astype(np.int64)

@shape
def fell_walk(n, rng, params):
    # a walk of uniform on [2, 25] km climbing uniform on [0, 1500] m (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): Naismith's hours, a
    X[:, :2] = X[:, :2] * [23.0, 1500.0] + [2.0, 0.0]   # fifth of the km and a 600th of the m: under 3 (0:
    km, climb = X[:, :2].T   # short), under 6 (1: half a day) or more (2: a full day)
    return X, np.digitize(km / 5 + climb / 600, [3.0, 6.0]).astype(np.int64)

@shape
def fog_light(n, rng, params):
    # a car at uniform on [20, 100] km/h in fog of uniform on [20, 500] m visibility (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): its
    X[:, :2] = X[:, :2] * [80.0, 480.0] + [20.0, 20.0]   # fog lights are needed (1) when the visibility is under
    speed, seen = X[:, :2].T   # twice the km/h, ``flip`` of the labels at random
    y = (seen < 2 * speed).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def till_queue(n, rng, params):
    # uniform on [0, 40] people with uniform on [1, 30] items each at uniform on [1, 6]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # open tills (the other feature uniform on
    X[:, :3] = X[:, :3] * [40.0, 29.0, 5.0] + [0.0, 1.0, 1.0]   # [0, 1]; the tills a real number): the wait's
    people, items, tills = X[:, :3].T   # minutes, the people times half a minute and 0.1 an item over the tills:
    wait = people * (0.5 + 0.1 * items) / tills   # under 10 (0: short), under 25 (1: long) or more (2: leave)
    return X, np.digitize(wait, [10.0, 25.0]).astype(np.int64)

@shape
def solar_panel(n, rng, params):
    # uniform on [1, 10] m^2 of panel in uniform on [0, 10] hours of sun tilted uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0, 60] degrees off the sun (the other
    X[:, :3] = X[:, :3] * [9.0, 10.0, 60.0] + [1.0, 0.0, 0.0]   # features uniform on [0, 1]): the day's kWh, 0.2
    area, sun, tilt = X[:, :3].T   # a m^2 an hour times the tilt's cosine: under 1 (0: low), under 3 (1: some),
    kwh = 0.2 * area * sun * np.cos(np.radians(tilt))   # under 6 (2: good) or more (3: plenty)
    return X, np.digitize(kwh, [1.0, 3.0, 6.0]).astype(np.int64)

@shape
def tent_wind(n, rng, params):
    # a tent in a wind of uniform on [0, 80] km/h held by uniform on [4, 16] pegs and
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 8] guy lines (the other
    X[:, :3] = X[:, :3] * [80.0, 12.0, 8.0] + [0.0, 4.0, 0.0]   # features uniform on [0, 1]; pegs and lines real
    wind, pegs, lines = X[:, :3].T   # numbers): the load, 0.05 the wind squared, over 10 a peg and 15 a line: under
    load = 0.05 * wind**2 / (10 * pegs + 15 * lines)   # 0.5 (0: fine), under 1 (1: flaps) or more (2: collapses)
    return X, np.digitize(load, [0.5, 1.0]).astype(np.int64)

@shape
def bath_fill(n, rng, params):
    # a bath of uniform on [100, 250] L filled at uniform on [5, 20] L/min for uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [2, 15] minutes (the other features uniform
    X[:, :3] = X[:, :3] * [150.0, 15.0, 13.0] + [100.0, 5.0, 2.0]   # on [0, 1]): the share filled: under 0.5 (0:
    bath, flow, minutes = X[:, :3].T   # shallow), under 0.9 (1: right) or more (2: overflowing)
    return X, np.digitize(flow * minutes / bath, [0.5, 0.9]).astype(np.int64)

@shape
def hose_reach(n, rng, params):
    # a hose at uniform on [1, 6] bar aimed uniform on [10, 60] degrees up at a bed uniform
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [5, 50] m away (the other feature
    X[:, :3] = X[:, :3] * [5.0, 50.0, 45.0] + [1.0, 10.0, 5.0]   # uniform on [0, 1]): it reaches (1) when 10 m a
    bar, angle, far = X[:, :3].T   # bar times the sine of twice the angle passes the distance
    return X, (10 * bar * np.sin(np.radians(2 * angle)) > far).astype(np.int64)

@shape
def mug_cool(n, rng, params):
    # a drink poured at uniform on [70, 95] C left uniform on [0, 30] minutes in a room of
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [15, 30] C (the other features
    X[:, :3] = X[:, :3] * [25.0, 30.0, 15.0] + [70.0, 0.0, 15.0]   # uniform on [0, 1]): its C by Newton's
    start, minutes, room = X[:, :3].T   # cooling, a time constant of 20 minutes: under 50 (0: cold), under 65 (1:
    temp = room + (start - room) * np.exp(-minutes / 20)   # drinkable) or more (2: hot)
    return X, np.digitize(temp, [50.0, 65.0]).astype(np.int64)

@shape
def tide_pool(n, rng, params):
    # a rock pool uniform on [0, 3] m up the shore at a tide of uniform on [0, 4] m (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the sea
    X[:, :2] = X[:, :2] * [3.0, 4.0]   # over the pool, the tide less its height: under 0 (0: dry), under 0.3 (1:
    height, tide = X[:, :2].T   # awash) or more (2: covered)
    return X, np.digitize(tide - height, [0.0, 0.3]).astype(np.int64)

@shape
def dryer_load(n, rng, params):
    # a dryer with uniform on [1, 8] kg of washing run uniform on [20, 120] minutes at a
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # heat of uniform on [1, 3] (the other features
    X[:, :3] = X[:, :3] * [7.0, 100.0, 2.0] + [1.0, 20.0, 1.0]   # uniform on [0, 1]): the dryness, the minutes
    kg, minutes, heat = X[:, :3].T   # times the heat over 25 a kg: under 1 (0: damp), under 2 (1: dry) or more (2:
    y = np.digitize(minutes * heat / (25 * kg), [1.0, 2.0]).astype(np.int64)   # overdried), ``flip`` of the labels
    return X, redraw_among(y, rng, 3, params)   # redrawn

@shape
def ski_wax(n, rng, params):
    # snow at uniform on [-25, 0] C in air of uniform on [30, 100]% humidity (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the wax, by the
    X[:, :2] = X[:, :2] * [25.0, 70.0] + [-25.0, 30.0]   # C plus a twentieth of the humidity: under -15 (0: green),
    temp, humid = X[:, :2].T   # under -8 (1: blue), under -3 (2: violet) or more (3: red)
    return X, np.digitize(temp + humid / 20, [-15.0, -8.0, -3.0]).astype(np.int64)

@shape
def wifi_signal(n, rng, params):
    # a laptop uniform on [1, 40] m from a router of uniform on [15, 25] dBm through
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 4] walls (the other features
    X[:, :3] = X[:, :3] * [39.0, 10.0, 4.0] + [1.0, 15.0, 0.0]   # uniform on [0, 1]; the walls a real number): the
    metres, dbm, walls = X[:, :3].T   # dBm received, less 40 and 20 log10 of the m and 5 a wall: under -65 (0:
    rssi = dbm - 40 - 20 * np.log10(metres) - 5 * walls   # weak), under -50 (1: fair) or more (2: strong)
    return X, np.digitize(rssi, [-65.0, -50.0]).astype(np.int64)

@shape
def jug_heat(n, rng, params):
    # a kettle of uniform on [0.5, 1.7] L at uniform on [1, 3] kW on for uniform on [0, 6]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # minutes (the other features uniform on
    X[:, :3] = X[:, :3] * [1.2, 2.0, 6.0] + [0.5, 1.0, 0.0]   # [0, 1]): the heat given over the 80 C a boil needs
    litres, kw, minutes = X[:, :3].T   # (4.2 kJ a L and C): under 0.6 (0: cold), under 1 (1: hot) or more (2:
    share = kw * 60 * minutes / (4.2 * 80 * litres)   # boiling)
    return X, np.digitize(share, [0.6, 1.0]).astype(np.int64)

@shape
def river_ford(n, rng, params):
    # a river uniform on [0, 1.5] m deep with a current of uniform on [0, 3] m/s (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [1.5, 3.0]   # depth times the current: under 0.3 (0: safe), under 0.8 (1: risky) or
    depth, current = X[:, :2].T   # more (2: impassable)
    return X, np.digitize(depth * current, [0.3, 0.8]).astype(np.int64)

@shape
def sail_reef(n, rng, params):
    # a wind of uniform on [0, 35] knots on a sail of uniform on [10, 40] m^2 (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): reef (1) when
    X[:, :2] = X[:, :2] * [35.0, 30.0] + [0.0, 10.0]   # the wind squared times the sail passes 12,000
    wind, sail = X[:, :2].T
    return X, (wind**2 * sail > 12000).astype(np.int64)

@shape
def wick_burn(n, rng, params):
    # a candle uniform on [5, 30] cm tall and [2, 8] cm wide lit uniform on [0, 40] hours
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
    X[:, :3] = X[:, :3] * [25.0, 6.0, 40.0] + [5.0, 2.0, 0.0]   # the cm left, burning 2 over its width an hour:
    tall, wide, hours = X[:, :3].T   # under 0 (0: out), under 5 (1: low) or more (2: fine), ``flip`` of the
    y = np.digitize(tall - 2 * hours / wide, [0.0, 5.0]).astype(np.int64)   # labels redrawn
    return X, redraw_among(y, rng, 3, params)

@shape
def paint_cover(n, rng, params):
    # a wall of uniform on [5, 60] m^2, uniform on [1, 10] L of paint and uniform on [1,
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 3] coats (the other features uniform on
    X[:, :3] = X[:, :3] * [55.0, 9.0, 2.0] + [5.0, 1.0, 1.0]   # [0, 1]; the coats a real number): it covers (1)
    area, litres, coats = X[:, :3].T   # when 10 m^2 a L reach the area times the coats, ``flip`` of the labels at
    y = (10 * litres >= area * coats).astype(np.int64)   # random
    return X, flip_binary(y, rng, params)

@shape
def bus_late(n, rng, params):
    # a route of uniform on [1, 20] km in traffic of uniform on [0, 1] with uniform on [0,
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 30] stops (the other features uniform on
    X[:, :3] = X[:, :3] * [19.0, 1.0, 30.0] + [1.0, 0.0, 0.0]   # [0, 1]): the minutes late, 2 a km in full
    km, traffic, stops = X[:, :3].T   # traffic and 0.3 a stop: under 18 (0: on time), under 30 (1: late) or more
    late = 2 * km * traffic + 0.3 * stops   # (2: very late)
    return X, np.digitize(late, [18.0, 30.0]).astype(np.int64)

@shape
def pond_ice(n, rng, params):
    # uniform on [0, 60] days of frost at a mean of uniform on [-20, 0] C under uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0, 40] cm of snow (the other features
    X[:, :3] = X[:, :3] * [60.0, 20.0, 40.0] + [0.0, -20.0, 0.0]   # uniform on [0, 1]): the ice's cm, 2.7 the
    days, temp, snow = X[:, :3].T   # root of the degree-days over 1 and a 20th of the snow: under 5 (0: unsafe),
    ice = 2.7 * np.sqrt(-days * temp) / (1 + snow / 20)   # under 10 (1: walk), under 20 (2: skate) or more (3:
    return X, np.digitize(ice, [5.0, 10.0, 20.0]).astype(np.int64)   # drive)

@shape
def wave_height(n, rng, params):
    # a wind of uniform on [0, 25] m/s over a fetch of uniform on [1, 200] km (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the waves' m,
    X[:, :2] = X[:, :2] * [25.0, 199.0] + [0.0, 1.0]   # 0.02 the wind times the root of the fetch: under 0.5 (0:
    wind, fetch = X[:, :2].T   # calm), under 1 (1: small), under 2 (2: moderate), under 3 (3: rough) or more (4:
    height = 0.02 * wind * np.sqrt(fetch)   # high)
    return X, np.digitize(height, [0.5, 1.0, 2.0, 3.0]).astype(np.int64)

@shape
def sled_glide(n, rng, params):
    # a slope of uniform on [0, 30] degrees under uniform on [0, 50] cm of fresh snow
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
    X[:, :2] = X[:, :2] * [30.0, 50.0]   # the degrees less a fifth of the snow: under 0 (0: stuck), under 10 (1:
    slope, snow = X[:, :2].T   # slow) or more (2: fast)
    return X, np.digitize(slope - 0.2 * snow, [0.0, 10.0]).astype(np.int64)

@shape
def loaf_rise(n, rng, params):
    # uniform on [1, 10] g of yeast proved uniform on [10, 120] minutes (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it rises (1)
    X[:, :2] = X[:, :2] * [9.0, 110.0] + [1.0, 10.0]   # when the g times the minutes pass 300
    yeast, minutes = X[:, :2].T
    return X, (yeast * minutes > 300).astype(np.int64)

@shape
def brake_stop(n, rng, params):
    # a car at uniform on [20, 120] km/h on a road of grip uniform on [0.2, 1] (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the m to stop,
    X[:, :2] = X[:, :2] * [100.0, 0.8] + [20.0, 0.2]   # the m/s squared over 2 g the grip: under 20 (0: short),
    kmh, grip = X[:, :2].T   # under 50 (1: medium), under 100 (2: long) or more (3: too long)
    metres = (kmh / 3.6) ** 2 / (2 * 9.8 * grip)
    return X, np.digitize(metres, [20.0, 50.0, 100.0]).astype(np.int64)

@shape
def fridge_spoil(n, rng, params):
    # food kept at uniform on [0, 12] C for uniform on [0, 10] days (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): it spoils (1) when the
    X[:, :2] = X[:, :2] * [12.0, 10.0]   # C times the days pass 30, ``flip`` of the labels at random
    temp, days = X[:, :2].T
    y = (temp * days > 30).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def plank_bend(n, rng, params):
    # a load of uniform on [0, 50] kg on a plank of uniform on [0.3, 1.5] m of span (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the kg
    X[:, :2] = X[:, :2] * [50.0, 1.2] + [0.0, 0.3]   # times the span cubed: under 5 (0: firm), under 30 (1:
    load, span = X[:, :2].T   # bends) or more (2: sags), ``flip`` of the labels redrawn
    y = np.digitize(load * span**3, [5.0, 30.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def lamp_glare(n, rng, params):
    # a lamp of uniform on [100, 2000] lumens at uniform on [0.5, 5] m (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the lux, the lumens
    X[:, :2] = X[:, :2] * [1900.0, 4.5] + [100.0, 0.5]   # over the m squared: under 500 (0: dim), under 2,000
    lumens, metres = X[:, :2].T   # (1: fine) or more (2: glare, rare)
    return X, np.digitize(lumens / metres**2, [500.0, 2000.0]).astype(np.int64)

@shape
def rope_snap(n, rng, params):
    # a load of uniform on [0, 400] kg on a rope of uniform on [4, 12] mm across (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it snaps (1,
    X[:, :2] = X[:, :2] * [400.0, 8.0] + [0.0, 4.0]   # about a fifth) when the kg pass 6 the mm squared
    load, mm = X[:, :2].T
    return X, (load > 6 * mm**2).astype(np.int64)

@shape
def coffee_strength(n, rng, params):
    # uniform on [5, 25] g of coffee in uniform on [100, 400] ml of water (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the g a 100
    X[:, :2] = X[:, :2] * [20.0, 300.0] + [5.0, 100.0]   # ml: under 3 (0: very weak), under 5 (1: weak), under 7
    grams, ml = X[:, :2].T   # (2: fine), under 10 (3: strong) or more (4: very strong)
    return X, np.digitize(100 * grams / ml, [3.0, 5.0, 7.0, 10.0]).astype(np.int64)

@shape
def hike_pace(n, rng, params):
    # a walk of uniform on [2, 20] km in uniform on [1, 8] hours (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): brisk (1) when the
    X[:, :2] = X[:, :2] * [18.0, 7.0] + [2.0, 1.0]   # km/h pass 3
    km, hours = X[:, :2].T
    return X, (km / hours > 3).astype(np.int64)

@shape
def hay_dry(n, rng, params):
    # uniform on [0, 12] hours of sun in uniform on [20, 100] % humidity (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the hay dries (1) when
    X[:, :2] = X[:, :2] * [12.0, 80.0] + [0.0, 20.0]   # the hours times the dry air's % pass 300
    sun, humidity = X[:, :2].T
    return X, (sun * (100 - humidity) > 300).astype(np.int64)

@shape
def bird_feeder(n, rng, params):
    # uniform on [0, 500] g of seed for uniform on [0, 40] birds (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): it runs out (1) when
    X[:, :2] = X[:, :2] * [500.0, 40.0]   # the g are under 10 a bird
    seed, birds = X[:, :2].T
    return X, (seed < 10 * birds).astype(np.int64)

@shape
def cake_rise(n, rng, params):
    # an oven at uniform on [150, 220] C for uniform on [10, 50] minutes (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C times
    X[:, :2] = X[:, :2] * [70.0, 40.0] + [150.0, 10.0]   # the minutes over 1,000: under 3.5 (0: raw), under
    temp, minutes = X[:, :2].T   # 6.5 (1: done) or more (2: burnt)
    return X, np.digitize(temp * minutes / 1000, [3.5, 6.5]).astype(np.int64)

@shape
def swim_lap(n, rng, params):
    # uniform on [20, 60] strokes a minute of uniform on [1, 2.5] m (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the m/s: under 0.9
    X[:, :2] = X[:, :2] * [40.0, 1.5] + [20.0, 1.0]   # (0: slow), under 1.5 (1: steady) or more (2: fast)
    rate, stroke = X[:, :2].T
    return X, np.digitize(rate * stroke / 60, [0.9, 1.5]).astype(np.int64)

@shape
def chess_clock(n, rng, params):
    # uniform on [1, 40] moves to play in uniform on [0, 60] minutes (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the seconds a move:
    X[:, :2] = X[:, :2] * [39.0, 60.0] + [1.0, 0.0]   # under 15 (0: blitz), under 40 (1: hurried), under 90 (2:
    moves, minutes = X[:, :2].T   # steady), under 240 (3: calm) or more (4: ample)
    return X, np.digitize(60 * minutes / moves, [15.0, 40.0, 90.0, 240.0]).astype(np.int64)

@shape
def oil_change(n, rng, params):
    # uniform on [0, 15,000] km since the last change in an engine of uniform on [0, 15]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # years (the other features uniform on
    X[:, :2] = X[:, :2] * [15000.0, 15.0]   # [0, 1]): the thousands of km plus half the years: under 5 (0:
    km, years = X[:, :2].T   # fine), under 9 (1: soon), under 13 (2: due) or more (3: overdue)
    return X, np.digitize(km / 1000 + years / 2, [5.0, 9.0, 13.0]).astype(np.int64)

@shape
def rice_cook(n, rng, params):
    # uniform on [100, 250] ml of water a 100 g of rice for uniform on [5, 25] minutes (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the ml
    X[:, :2] = X[:, :2] * [150.0, 20.0] + [100.0, 5.0]   # times the minutes over 1,000: under 2.5 (0: crunchy),
    water, minutes = X[:, :2].T   # under 4 (1: cooked) or more (2: mushy)
    return X, np.digitize(water * minutes / 1000, [2.5, 4.0]).astype(np.int64)

@shape
def bridge_sway(n, rng, params):
    # a wind of uniform on [0, 30] m/s on a span of uniform on [50, 500] m (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the m/s
    X[:, :2] = X[:, :2] * [30.0, 450.0] + [0.0, 50.0]   # squared times the m over 10,000: under 2 (0: still),
    wind, span = X[:, :2].T   # under 8 (1: sways), under 20 (2: swings) or more (3: closed)
    return X, np.digitize(wind**2 * span / 1e4, [2.0, 8.0, 20.0]).astype(np.int64)

@shape
def vine_frost(n, rng, params):
    # a night's lowest of uniform on [-8, 6] C under a wind of uniform on [0, 10] m/s (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the C
    X[:, :2] = X[:, :2] * [14.0, 10.0] + [-8.0, 0.0]   # under 2 over 1 plus a fifth of the wind (a wind stirs
    temp, wind = X[:, :2].T   # the frost away): under 2 (0: no damage), under 5 (1: some) or more (2: heavy)
    return X, np.digitize((2 - temp) / (1 + wind / 5), [2.0, 5.0]).astype(np.int64)

@shape
def paddle_boat(n, rng, params):
    # uniform on [1, 6] paddlers against a current of uniform on [0, 2] m/s (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): 1.2 the
    X[:, :2] = X[:, :2] * [5.0, 2.0] + [1.0, 0.0]   # paddlers' square root less the current: under 0 (0:
    paddlers, current = X[:, :2].T   # drifts back), under 0.8 (1: holds), under 1.6 (2: slow) or more (3: fast)
    return X, np.digitize(1.2 * np.sqrt(paddlers) - current, [0.0, 0.8, 1.6]).astype(np.int64)

@shape
def roof_leak(n, rng, params):
    # uniform on [0, 50] mm/h of rain on a roof of uniform on [0, 40] years (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it leaks (1)
    X[:, :2] = X[:, :2] * [50.0, 40.0]   # when the mm/h times the years pass 600, ``flip`` of the labels at random
    rain, years = X[:, :2].T
    y = (rain * years > 600).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def tyre_wear(n, rng, params):
    # uniform on [0, 60,000] km on roads of roughness uniform on [0.5, 2] (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the km times
    X[:, :2] = X[:, :2] * [60000.0, 1.5] + [0.0, 0.5]   # the roughness over 1,000: under 20 (0: new), under 50
    km, rough = X[:, :2].T   # (1: worn) or more (2: bald), ``flip`` of the labels redrawn
    y = np.digitize(km * rough / 1000, [20.0, 50.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def ferry_delay(n, rng, params):
    # waves of uniform on [0, 4] m in a wind of uniform on [0, 25] m/s (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): twice the m
    X[:, :2] = X[:, :2] * [4.0, 25.0]   # plus a fifth of the m/s: under 4 (0: on time), under 8 (1: late) or more
    waves, wind = X[:, :2].T   # (2: cancelled), ``flip`` of the labels redrawn
    y = np.digitize(2 * waves + wind / 5, [4.0, 8.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def bee_forage(n, rng, params):
    # uniform on [0, 100] flowers a m^2 at uniform on [5, 35] C (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the bees forage (1,
    X[:, :2] = X[:, :2] * [100.0, 30.0] + [0.0, 5.0]   # about a seventh) when the flowers times the C above 10
    flowers, temp = X[:, :2].T   # pass 1,200
    return X, (flowers * (temp - 10) > 1200).astype(np.int64)

@shape
def flood_gate(n, rng, params):
    # a river of uniform on [0, 5] m after uniform on [0, 100] mm of rain (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the m plus
    X[:, :2] = X[:, :2] * [5.0, 100.0]   # the mm over 40: under 4.5 (0: open), under 6 (1: alert) or more (2:
    level, rain = X[:, :2].T   # closed, rare)
    return X, np.digitize(level + rain / 40, [4.5, 6.0]).astype(np.int64)

@shape
def bin_full(n, rng, params):
    # uniform on [1, 6] people for uniform on [1, 14] days since the bin was emptied (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): it
    X[:, :2] = X[:, :2] * [5.0, 13.0] + [1.0, 1.0]   # overflows (1) when the people times the days pass 30
    people, days = X[:, :2].T
    return X, (people * days > 30).astype(np.int64)

@shape
def fence_paint(n, rng, params):
    # a fence of uniform on [10, 100] m and uniform on [1, 12] litres of paint (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): enough (1)
    X[:, :2] = X[:, :2] * [90.0, 11.0] + [10.0, 1.0]   # when 8 m a litre pass the fence's m
    metres, litres = X[:, :2].T
    return X, (8 * litres > metres).astype(np.int64)

@shape
def pan_sizzle(n, rng, params):
    # a pan at uniform on [60, 260] C with uniform on [5, 50] ml of oil (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it sizzles
    X[:, :2] = X[:, :2] * [200.0, 45.0] + [60.0, 5.0]   # (1) when the C less twice the ml pass 120
    temp, oil = X[:, :2].T
    return X, (temp - 2 * oil > 120).astype(np.int64)

@shape
def tram_crowd(n, rng, params):
    # uniform on [0, 400] passengers in uniform on [1, 5] carriages (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the passengers a
    X[:, :2] = X[:, :2] * [400.0, 4.0] + [0.0, 1.0]   # carriage: under 40 (0: seats), under 80 (1: standing) or
    passengers, carriages = X[:, :2].T   # more (2: packed)
    return X, np.digitize(passengers / carriages, [40.0, 80.0]).astype(np.int64)

@shape
def soup_salt(n, rng, params):
    # uniform on [0, 30] g of salt in uniform on [0.5, 4] litres of soup (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the g a litre: under
    X[:, :2] = X[:, :2] * [30.0, 3.5] + [0.0, 0.5]   # 4 (0: bland), under 9 (1: fine) or more (2: salty)
    salt, litres = X[:, :2].T
    return X, np.digitize(salt / litres, [4.0, 9.0]).astype(np.int64)

@shape
def kiln_fire(n, rng, params):
    # a kiln at uniform on [600, 1300] C for uniform on [1, 12] hours (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the C times the hours'
    X[:, :2] = X[:, :2] * [700.0, 11.0] + [600.0, 1.0]   # square root over 1,000: under 1.5 (0: raw), under 2.5
    temp, hours = X[:, :2].T   # (1: bisque), under 3.5 (2: glaze) or more (3: cracked)
    return X, np.digitize(temp * np.sqrt(hours) / 1000, [1.5, 2.5, 3.5]).astype(np.int64)

@shape
def parking_fee(n, rng, params):
    # uniform on [0, 10] hours parked at uniform on [0.5, 4] an hour (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the fee: under 2 (0:
    X[:, :2] = X[:, :2] * [10.0, 3.5] + [0.0, 0.5]   # free), under 5 (1: cheap), under 10 (2: fair), under 20 (3:
    hours, rate = X[:, :2].T   # dear) or more (4: steep)
    return X, np.digitize(hours * rate, [2.0, 5.0, 10.0, 20.0]).astype(np.int64)

@shape
def hedge_trim(n, rng, params):
    # uniform on [0, 16] weeks since the trim with uniform on [0, 40] mm of rain a week (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the cm
    X[:, :2] = X[:, :2] * [16.0, 40.0]   # grown, the weeks times 1 plus a twentieth of the mm: under 8 (0: neat),
    weeks, rain = X[:, :2].T   # under 20 (1: shaggy) or more (2: overgrown)
    return X, np.digitize(weeks * (1 + rain / 20), [8.0, 20.0]).astype(np.int64)

@shape
def glacier_flow(n, rng, params):
    # a slope of uniform on [1, 30] degrees under uniform on [20, 400] m of ice (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [29.0, 380.0] + [1.0, 20.0]   # slope's sine times the m: under 10 (0: still), under 30
    slope, ice = X[:, :2].T   # (1: creeps), under 70 (2: flows) or more (3: surges)
    return X, np.digitize(np.sin(np.radians(slope)) * ice, [10.0, 30.0, 70.0]).astype(np.int64)

@shape
def drum_pitch(n, rng, params):
    # a skin at uniform on [50, 1000] N of tension, uniform on [0.2, 0.8] m across (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [950.0, 0.6] + [50.0, 0.2]   # tension's square root over the m: under 25 (0: low),
    tension, across = X[:, :2].T   # under 45 (1: mid), under 70 (2: high) or more (3: very high)
    return X, np.digitize(np.sqrt(tension) / across, [25.0, 45.0, 70.0]).astype(np.int64)

@shape
def swing_arc(n, rng, params):
    # a rope of uniform on [0.5, 4] m pushed to uniform on [5, 80] degrees (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the m/s at
    X[:, :2] = X[:, :2] * [3.5, 75.0] + [0.5, 5.0]   # the bottom, sqrt(2 g L (1 - cos a)): under 1.5 (0:
    rope, angle = X[:, :2].T   # gentle), under 3.5 (1: lively) or more (2: wild)
    speed = np.sqrt(2 * 9.81 * rope * (1 - np.cos(np.radians(angle))))
    return X, np.digitize(speed, [1.5, 3.5]).astype(np.int64)

@shape
def door_creak(n, rng, params):
    # a door of uniform on [0, 30] years in uniform on [20, 95] % humidity (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it creaks
    X[:, :2] = X[:, :2] * [30.0, 75.0] + [0.0, 20.0]   # (1) when the years times the % pass 1,200, ``flip`` of
    years, humidity = X[:, :2].T   # the labels at random
    y = (years * humidity > 1200).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def milk_froth(n, rng, params):
    # milk at uniform on [2, 20] C steamed uniform on [5, 60] s (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the C at the end,
    X[:, :2] = X[:, :2] * [18.0, 55.0] + [2.0, 5.0]   # 1.2 C a second: under 45 (0: flat), under 68 (1: silky)
    start, seconds = X[:, :2].T   # or more (2: scalded), ``flip`` of the labels redrawn
    y = np.digitize(start + 1.2 * seconds, [45.0, 68.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def dam_spill(n, rng, params):
    # a reservoir uniform on [40, 100] % full with an inflow of uniform on [0, 500] m^3/s
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
    X[:, :2] = X[:, :2] * [60.0, 500.0] + [40.0, 0.0]   # the % plus a twentieth of the inflow: under 85 (0:
    full, inflow = X[:, :2].T   # hold), under 105 (1: release) or more (2: spill), ``flip`` of the labels redrawn
    y = np.digitize(full + inflow / 20, [85.0, 105.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def pipe_burst(n, rng, params):
    # uniform on [0, 48] hours of frost on a pipe of uniform on [0, 60] years (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it bursts (1,
    X[:, :2] = X[:, :2] * [48.0, 60.0]   # about a seventh) when the hours times the years pass 1,400
    frost, years = X[:, :2].T
    return X, (frost * years > 1400).astype(np.int64)

@shape
def avalanche_risk(n, rng, params):
    # uniform on [0, 100] cm of new snow on a slope of uniform on [10, 50] degrees
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): a
    X[:, :2] = X[:, :2] * [100.0, 40.0] + [0.0, 10.0]   # twentieth of the cm plus a fifth of the degrees above
    snow, slope = X[:, :2].T   # 30: under 2.5 (0: low), under 7 (1: high) or more (2: extreme, rare)
    return X, np.digitize(snow / 20 + (slope - 30) / 5, [2.5, 7.0]).astype(np.int64)

@shape
def cup_spill(n, rng, params):
    # a cup uniform on [50, 100] % full carried at uniform on [0.3, 2.5] m/s (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it spills (1)
    X[:, :2] = X[:, :2] * [50.0, 2.2] + [50.0, 0.3]   # when the % plus 20 times the m/s pass 105
    full, speed = X[:, :2].T
    return X, (full + 20 * speed > 105).astype(np.int64)

@shape
def bottle_float(n, rng, params):
    # a bottle of uniform on [0.2, 2] litres holding uniform on [0, 2000] g of ballast
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
    X[:, :2] = X[:, :2] * [1.8, 2000.0] + [0.2, 0.0]   # it floats (1) when the g stay under 800 a litre
    litres, ballast = X[:, :2].T
    return X, (ballast < 800 * litres).astype(np.int64)

@shape
def stool_wobble(n, rng, params):
    # one leg uniform on [0, 10] mm short on a floor uniform on [0, 10] mm uneven (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): it
    X[:, :2] = X[:, :2] * [10.0, 10.0]   # wobbles (1) when the two mm together pass 9
    short, uneven = X[:, :2].T
    return X, (short + uneven > 9).astype(np.int64)

@shape
def cork_pop(n, rng, params):
    # a bottle filled to uniform on [1, 6] bar at 4 C, warmed to uniform on [4, 40] C (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the bar
    X[:, :2] = X[:, :2] * [5.0, 36.0] + [1.0, 4.0]   # times 1 plus a thirtieth of the C above 4: under 3.5 (0:
    bar, temp = X[:, :2].T   # still), under 6.5 (1: fizzes) or more (2: pops)
    return X, np.digitize(bar * (1 + (temp - 4) / 30), [3.5, 6.5]).astype(np.int64)

@shape
def tap_drip(n, rng, params):
    # a washer of uniform on [0, 20] years at uniform on [1, 6] bar of mains pressure (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
    X[:, :2] = X[:, :2] * [20.0, 5.0] + [0.0, 1.0]   # years times the bar: under 20 (0: dry), under 50 (1: drips)
    years, bar = X[:, :2].T   # or more (2: runs)
    return X, np.digitize(years * bar, [20.0, 50.0]).astype(np.int64)

@shape
def yoghurt_set(n, rng, params):
    # milk held at uniform on [25, 50] C for uniform on [2, 14] hours (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the C above 20 times
    X[:, :2] = X[:, :2] * [25.0, 12.0] + [25.0, 2.0]   # the hours: under 50 (0: runny), under 120 (1: soft),
    temp, hours = X[:, :2].T   # under 220 (2: set) or more (3: sour)
    return X, np.digitize((temp - 20) * hours, [50.0, 120.0, 220.0]).astype(np.int64)

@shape
def sand_timer(n, rng, params):
    # an hourglass of uniform on [50, 500] g of sand through a neck of uniform on [1, 5] mm
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
    X[:, :2] = X[:, :2] * [450.0, 4.0] + [50.0, 1.0]   # the minutes, the g over 4 times the mm squared: under 3
    sand, neck = X[:, :2].T   # (0), under 6 (1), under 12 (2), under 24 (3) or longer (4)
    return X, np.digitize(sand / (4 * neck**2), [3.0, 6.0, 12.0, 24.0]).astype(np.int64)

@shape
def fan_cool(n, rng, params):
    # a room at uniform on [20, 36] C under a fan at uniform on [0, 3] speed (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C felt,
    X[:, :2] = X[:, :2] * [16.0, 3.0] + [20.0, 0.0]   # the room's less 3 times the speed's square root: under 24
    room, speed = X[:, :2].T   # (0: cool), under 29 (1: comfortable) or more (2: hot)
    return X, np.digitize(room - 3 * np.sqrt(speed), [24.0, 29.0]).astype(np.int64)

@shape
def spring_stretch(n, rng, params):
    # a spring of uniform on [50, 500] N/m with uniform on [0.5, 10] kg hung on it (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the cm
    X[:, :2] = X[:, :2] * [450.0, 9.5] + [50.0, 0.5]   # it stretches, 100 m g / k: under 5 (0: taut), under 15
    stiffness, kg = X[:, :2].T   # (1: stretched), under 40 (2: long) or more (3: overstretched)
    return X, np.digitize(100 * kg * 9.81 / stiffness, [5.0, 15.0, 40.0]).astype(np.int64)

@shape
def tow_rope(n, rng, params):
    # a car of uniform on [0.8, 3] t towed up uniform on [0, 20] degrees (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the rope's kN, m g
    X[:, :2] = X[:, :2] * [2.2, 20.0] + [0.8, 0.0]   # (sin a + 0.015 cos a): under 1.5 (0: slack), under 3.5 (1:
    tonnes, slope = X[:, :2].T   # light), under 6 (2: firm) or more (3: straining)
    pull = tonnes * 9.81 * (np.sin(np.radians(slope)) + 0.015 * np.cos(np.radians(slope)))
    return X, np.digitize(pull, [1.5, 3.5, 6.0]).astype(np.int64)

@shape
def bulb_glow(n, rng, params):
    # uniform on [1, 12] V across a filament of uniform on [2, 40] ohms (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the watts, V^2 / R:
    X[:, :2] = X[:, :2] * [11.0, 38.0] + [1.0, 2.0]   # under 1.5 (0: dim), under 6 (1: bright) or more (2:
    volts, ohms = X[:, :2].T   # dazzling)
    return X, np.digitize(volts**2 / ohms, [1.5, 6.0]).astype(np.int64)

@shape
def nail_hold(n, rng, params):
    # a nail of uniform on [20, 100] mm in wood of uniform on [300, 900] kg/m^3 (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it holds (1)
    X[:, :2] = X[:, :2] * [80.0, 600.0] + [20.0, 300.0]   # when the mm times the kg/m^3 pass 36,000, ``flip`` of
    mm, density = X[:, :2].T   # the labels at random
    y = (mm * density > 36000).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def radiator_warm(n, rng, params):
    # a valve uniform on [0, 4] turns open on a boiler at uniform on [40, 80] C (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the C
    X[:, :2] = X[:, :2] * [4.0, 40.0] + [0.0, 40.0]   # above a room's 20, a quarter of the turns times the
    turns, boiler = X[:, :2].T   # boiler's C above 20: under 12 (0: cold), under 28 (1: warm) or more (2: hot),
    y = np.digitize(turns / 4 * (boiler - 20), [12.0, 28.0]).astype(np.int64)   # ``flip`` of the labels redrawn
    return X, redraw_among(y, rng, 3, params)

@shape
def paper_plane(n, rng, params):
    # wings of uniform on [5, 30] cm thrown at uniform on [2, 15] m/s (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the m it glides, the
    X[:, :2] = X[:, :2] * [25.0, 13.0] + [5.0, 2.0]   # cm times the m/s over 10: under 8 (0: short), under 18 (1:
    span, speed = X[:, :2].T   # fair) or more (2: far), ``flip`` of the labels redrawn
    y = np.digitize(span * speed / 10, [8.0, 18.0]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def glass_crack(n, rng, params):
    # water uniform on [20, 100] C hotter than a glass of uniform on [2, 8] mm (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it cracks (1,
    X[:, :2] = X[:, :2] * [80.0, 6.0] + [20.0, 2.0]   # about a seventh) when the C over the mm pass 22
    jump, mm = X[:, :2].T
    return X, (jump / mm > 22).astype(np.int64)

@shape
def cooker_valve(n, rng, params):
    # a pressure cooker on uniform on [0.5, 3] kW for uniform on [0, 30] minutes (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the kW
    X[:, :2] = X[:, :2] * [2.5, 30.0] + [0.5, 0.0]   # times the minutes over 30: under 0.8 (0: low), under 2 (1:
    kw, minutes = X[:, :2].T   # cooking) or more (2: hissing, rare)
    return X, np.digitize(kw * minutes / 30, [0.8, 2.0]).astype(np.int64)

@shape
def tent_peg(n, rng, params):
    # a peg driven uniform on [5, 30] cm into the ground in a wind of uniform on [0, 20] m/s
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): it
    X[:, :2] = X[:, :2] * [25.0, 20.0] + [5.0, 0.0]   # holds (1) when the cm pass 1.2 times the m/s plus 4
    depth, wind = X[:, :2].T
    return X, (depth > 1.2 * wind + 4).astype(np.int64)

@shape
def iron_crease(n, rng, params):
    # an iron at uniform on [80, 220] C pressed for uniform on [1, 10] seconds (the other
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the crease
    X[:, :2] = X[:, :2] * [140.0, 9.0] + [80.0, 1.0]   # comes out (1) when the C above 60 times the seconds pass
    temp, seconds = X[:, :2].T   # 450
    return X, ((temp - 60) * seconds > 450).astype(np.int64)

@shape
def towel_dry(n, rng, params):
    # a towel uniform on [0.5, 8] hours on the line in air of uniform on [30, 95] % humidity
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): it
    X[:, :2] = X[:, :2] * [7.5, 65.0] + [0.5, 30.0]   # is dry (1) when the hours times the % below 100 pass 150
    hours, humidity = X[:, :2].T
    return X, (hours * (100 - humidity) > 150).astype(np.int64)
