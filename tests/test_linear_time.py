"""The complexity guard itself (linear_time.py): it must catch a quadratic scan and pass a linear
one, or the tests built on it cannot fail."""
from linear_time import grows_linearly


def _prefix_counts(text):
    # every prefix scanned again: quadratic in the text's length
    return sum(text[:end].count("a") for end in range(0, len(text), 4))


def test_a_quadratic_scan_is_caught():
    # a small floor so that a quick quadratic run is measured, not floored away
    assert not grows_linearly(_prefix_counts, lambda n: "ab" * n, 10_000, floor=0.01)


def test_a_linear_scan_passes():
    assert grows_linearly(lambda text: [text.count("a", i, i + 50) for i in range(0, len(text), 4)],
                          lambda n: "ab" * n, 50_000, floor=0.01)
