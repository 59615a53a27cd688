"""Confidence intervals for the change before and after the series, against the literature and arithmetic done
by hand (never against the code under test)."""

import pytest

from csec.group.intervals import Mean, Proportion, mean_change_interval, proportion_change_interval, wilson_interval


@pytest.mark.parametrize("right, total, low, high", [
    # Newcombe RG (1998), Two-sided confidence intervals for the single proportion, Stat Med 17:857-872,
    # Table I, method 3 (Wilson score)
    (81, 263, 0.2553, 0.3662),
    (15, 148, 0.0624, 0.1605),
    (0, 20, 0.0, 0.1611),
    (1, 29, 0.0061, 0.1718),
])
def test_wilson_intervals_are_newcombes(right, total, low, high):
    assert wilson_interval(Proportion(right / total, total)) == pytest.approx((low, high), abs=0.00005)


def test_the_change_in_proportions_is_newcombes_method_10():
    # Newcombe RG (1998), Interval estimation for the difference between independent proportions: comparison of
    # eleven methods, Stat Med 17:873-890, example (a): 56/70 - 48/80 = 0.2000, method 10: 0.0524 to 0.3339.
    # Here "after" is 56/70 and "before" 48/80: the change is after minus before.
    assert proportion_change_interval(Proportion(48 / 80, 80), Proportion(56 / 70, 70)) == pytest.approx(
        (0.0524, 0.3339), abs=0.00005)
    # examples (b), (d) and (e) of the same table: 9/10 - 3/10, 5/56 - 0/29, 0/10 - 0/20
    assert proportion_change_interval(Proportion(3 / 10, 10), Proportion(9 / 10, 10)) == pytest.approx(
        (0.1705, 0.8090), abs=0.00005)
    assert proportion_change_interval(Proportion(0 / 29, 29), Proportion(5 / 56, 56)) == pytest.approx(
        (-0.0381, 0.1926), abs=0.00005)
    assert proportion_change_interval(Proportion(0 / 20, 20), Proportion(0 / 10, 10)) == pytest.approx(
        (-0.1611, 0.2775), abs=0.00005)
    # the same groups the other way round: the interval turns round too
    assert proportion_change_interval(Proportion(56 / 70, 70), Proportion(48 / 80, 80)) == pytest.approx(
        (-0.3339, -0.0524), abs=0.00005)


def test_the_change_in_means_is_welchs_interval_by_hand():
    # before: 2, 3, 3, 4, 2   -> n 5, mean 14/5 = 2.8, squared deviations .64+.04+.04+1.44+.64 = 2.8, variance 2.8/4 = 0.7
    # after: 4, 5, 4, 3, 4, 5 -> n 6, mean 25/6 = 4.16667, squared deviations 2.83333, variance 2.83333/5 = 0.56667
    # change 4.16667 - 2.8 = 1.36667; variance parts 0.7/5 = 0.14 and 0.56667/6 = 0.094444, sum 0.234444,
    # standard error sqrt(0.234444) = 0.484195
    # degrees of freedom (Welch-Satterthwaite) 0.234444^2 / (0.14^2/4 + 0.094444^2/5) = 0.0549642 / 0.00668395 = 8.2233
    # t(0.975) from the table, t(8) = 2.306004 and t(9) = 2.262157, interpolated in 1/df: 2.295286
    # margin 2.295286 * 0.484195 = 1.111365: interval 0.2553 to 2.4780
    before, after = Mean(2.8, 0.7, 5), Mean(25 / 6, 2.83333333 / 5, 6)
    assert mean_change_interval(before, after) == pytest.approx((0.2553, 2.4780), abs=0.001)


def test_equal_spreads_and_sizes_give_welchs_interval_with_twice_n_minus_1_degrees_of_freedom():
    # before 2, 3, 4, 2, 3, 4 and after 3, 4, 5, 3, 4, 5: means 3 and 4, variances 0.8 each, n 6 each;
    # standard error sqrt(0.8/6 + 0.8/6) = 0.516398, 10 degrees of freedom, t(0.975; 10) = 2.228139 (table),
    # margin 1.150606: interval -0.1506 to 2.1506
    assert mean_change_interval(Mean(3, 0.8, 6), Mean(4, 0.8, 6)) == pytest.approx((-0.1506, 2.1506), abs=0.0001)


def test_no_spread_on_either_side_gives_no_interval():
    assert mean_change_interval(Mean(4, 0, 6), Mean(5, 0, 7)) is None
