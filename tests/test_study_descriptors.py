"""The words between a study and its date ("X-ray lumbar spine with flexion/extension
07/20/2026") are read whole, and a stop word ("showed", "scheduled") ends them. Before 93dede7
the pattern could split each word, so on a gap that did not match it tried every split (the
2,000-note benchmark's extract hung for minutes on one note); these tests hold what it reads."""

import pytest

from spinecite.pipeline.attributes import _get_cues


@pytest.mark.parametrize("gap", [" lumbar spine with flexion/extension ", " (outside) L-spine ",
                                 " of the lumbar spine dated "])
def test_descriptor_words_reach_the_date(gap):
    assert _get_cues().study_descriptors.fullmatch(gap)


@pytest.mark.parametrize("gap", [" lumbar spine showed ", " of the L-spine scheduled ",
                                 " was reviewed "])
def test_a_stop_word_ends_them(gap):
    assert _get_cues().study_descriptors.fullmatch(gap) is None
