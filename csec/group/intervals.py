"""95% confidence intervals for a group's change from before the series to after it.

The check is anonymous: an answer before the series is never linked to one
after it, so the two sides are independent samples, whose people need not be
the same. A difference of proportions (right answers) gets Newcombe's hybrid
score interval, built from Wilson score intervals (Newcombe 1998, method 10);
a difference of means (agreement scored 1 to 5) gets Welch's t interval.
"""

from math import sqrt
from statistics import NormalDist
from typing import NamedTuple

from scipy.stats import t

LEVEL = 0.95
Z = NormalDist().inv_cdf((1 + LEVEL) / 2)  # 1.959964...


class Proportion(NamedTuple):
    """One side as a proportion: ``value`` of ``total`` answers."""
    value: float
    total: float


class Mean(NamedTuple):
    """One side as a mean: ``value`` and the sample variance (divided by n - 1) of ``total`` answers."""
    value: float
    variance: float
    total: float


def wilson_interval(side: Proportion) -> tuple[float, float]:
    """Wilson's score interval for a proportion (Newcombe 1998, method 3)."""
    p, n = side
    centre = p + Z * Z / (2 * n)
    spread = Z * sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return (centre - spread) / (1 + Z * Z / n), (centre + spread) / (1 + Z * Z / n)


def proportion_change_interval(before: Proportion, after: Proportion) -> tuple[float, float]:
    """The interval for after minus before: each side's distance to its Wilson limits, combined
    (Newcombe 1998, method 10)."""
    before_low, before_high = wilson_interval(before)
    after_low, after_high = wilson_interval(after)
    change = after.value - before.value
    return (change - sqrt((after.value - after_low) ** 2 + (before_high - before.value) ** 2),
            change + sqrt((after_high - after.value) ** 2 + (before.value - before_low) ** 2))


def mean_change_interval(before: Mean, after: Mean) -> tuple[float, float] | None:
    """Welch's t interval for after minus before (each side needs two answers or more); None when every answer
    on both sides is the same, which leaves no spread to measure."""
    before_part, after_part = before.variance / before.total, after.variance / after.total
    if before_part + after_part == 0:
        return None
    freedom = (before_part + after_part) ** 2 / (
        before_part ** 2 / (before.total - 1) + after_part ** 2 / (after.total - 1))  # Welch-Satterthwaite
    margin = t.ppf((1 + LEVEL) / 2, freedom) * sqrt(before_part + after_part)
    change = after.value - before.value
    return change - margin, change + margin
