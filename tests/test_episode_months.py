"""The months a packet's "resolved" sentence names decide whether it ends an older note's
episode; they are read with the date reader's own month spellings, so "Sept" and a
misspelt "Febuary" date an episode as "September" and "February" do."""
import pytest

from spinecite.pipeline.across_documents import _months


@pytest.mark.parametrize("sentence, months", [
    ("Previous L sciatica March to May 2026, resolved", [(2026, 5)]),
    ("R leg pain Sept 2025, gone since", [(2025, 9)]),
    ("numbness Febuary 2024 that resolved", [(2024, 2)]),
    ("sciatica in May, 2019 resolved", [(2019, 5)]),
    ("L foot numbness in 2019 that resolved", [(2019, 12)]),   # a year alone: its December
    ("marching 2020 resolved", [(2020, 12)]),                  # "marching" is no March
])
def test_months_a_resolved_sentence_names(sentence, months):
    assert _months(sentence) == months
