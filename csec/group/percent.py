"""One rounding rule for a group's answers, so the live chart and the results report show the same figures."""


def whole_percent(count: int, total: int) -> int:
    """``count`` of ``total`` answers (``total`` above 0) as a whole percentage, halves rounded up as people do
    by hand: 1 of 8 is 13%, 1 of 3 is 33%."""
    return (200 * count + total) // (2 * total)
