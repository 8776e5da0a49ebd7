"""A short parenthesis right before a cue that looks back ("(2022)", "(L)") is an aside: it is
neither one of the rule's stops nor counted in its reach. "She had sciatica in her second
pregnancy (2022) that went away after delivery" put the sciatica in the past only once the
date in parentheses no longer stopped "that went away" short of it."""

import pytest


@pytest.mark.parametrize("text, code, want", [
    ("She had sciatica in her second pregnancy (2022) that went away after delivery.",
     "radicular_pain", {"historical"}),
    ("Tingling in the left foot (2021) that went away.", "paresthesia", {"historical"}),
    # look-alikes: the stops beyond the aside still hold ...
    ("Low back pain and numbness (left foot) that went away.", "low_back_pain", {"present"}),
    # ... though a year glossing the pair dates both symptoms of it (session 19: a year in
    # parentheses right after a finding is that finding's, and of its kind's neighbours)
    ("Low back pain and numbness (2019) that went away.", "low_back_pain", {"historical"}),
    # ... and an aside elsewhere changes nothing
    ("Low back pain (chronic), sciatica that went away in 2020.", "low_back_pain", {"present"}),
])
def test_an_aside_before_a_backward_cue(findings_of, text, code, want):
    table, _ = findings_of(text)
    assert table.get(code) == want


def test_a_long_parenthesis_is_no_aside(nlp):
    from spinecite.pipeline.context import _aside_before

    doc = nlp.make_doc("pain (treated with PT and two injections) resolved")
    assert _aside_before(doc, len(doc) - 1, 0) is None
    doc = nlp.make_doc("pain (2019) resolved")
    assert _aside_before(doc, len(doc) - 1, 0) == 1
