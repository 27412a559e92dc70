#!/usr/bin/env python3
"""Generates Alver-shaped demo inputs (src/main/resources/demo/*.csv). Invented figures in the shape of
seed 004 ch. 3-4: about 30 000 residents in 2020, ageing to 2050, dementia 1.81 % (2020) rising to about
4.2 % (2050). Rules: 2020 by five-year bands spread evenly over single ages; each year the cohort ages with
survival 1 - q(a), q(a) = 0.000012 * exp(0.0955 a) (90+: 0.84 stay), 330 births and net in-migration of 100
(ages 18-40, spread evenly). Rerun after changing a rule; the tests pin the published-style totals."""
import math, os

BANDS = [1750, 1900, 2000, 1950, 1550, 1500, 1700, 1850, 2000, 2150, 2200, 2050, 1850, 1700, 1550, 1000, 650, 420]
OPEN = 230  # 90+
TOP = 90

def q(a):
    return min(0.5, 0.000012 * math.exp(0.0955 * a))

pop = {}
base = []
for band in BANDS:
    base += [band / 5.0] * 5
base.append(float(OPEN))
pop[2020] = base
for year in range(2021, 2051):
    prev = pop[year - 1]
    cur = [0.0] * (TOP + 1)
    cur[0] = 330.0
    for a in range(1, TOP):
        cur[a] = prev[a - 1] * (1 - q(a - 1))
    cur[TOP] = prev[TOP - 1] * (1 - q(TOP - 1)) + prev[TOP] * 0.84
    for a in range(18, 41):
        cur[a] += 100.0 / 23
    pop[year] = cur

DEMENTIA = [(30, 64, 0.0013), (65, 69, 0.018), (70, 74, 0.042), (75, 79, 0.09), (80, 84, 0.18), (85, 89, 0.3), (90, 120, 0.42)]

def share(year):
    p = pop[year]
    d = sum(p[a] * r for (f, t, r) in DEMENTIA for a in range(f, min(t, TOP) + 1))
    return d, d / sum(p)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src/main/resources/demo")
with open(os.path.join(out, "alver-population.csv"), "w") as f:
    f.write("year,age,population\n")
    for year, ages in pop.items():
        for a, n in enumerate(ages):
            f.write(f"{year},{a}{'+' if a == TOP else ''},{round(n, 1)}\n")
with open(os.path.join(out, "alver-dementia.csv"), "w") as f:
    f.write("age_from,age_to,rate\n")
    for fr, to, r in DEMENTIA:
        f.write(f"{fr},{to},{r}\n")
for year in (2020, 2030, 2040, 2050):
    p = pop[year]
    d, s = share(year)
    print(year, round(sum(p)), "80+:", round(sum(p[80:])), "dementia:", round(d), f"{s:.2%}")
