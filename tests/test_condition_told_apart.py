"""A condition the examiner names to tell a finding apart from it is not the patient's: "ankle
INVERSION 3/5 (tib post - L5, spared in a peroneal palsy)" made a peroneal palsy present, so an
acute L5 foot drop (DF 1/5) was taken for a peripheral nerve's: not urgent and AIM not_met
(corpora/dev d361, blind batch B: a missed urgency)."""

import pytest

_NOTE = ("SPINE CLINIC 12/01/2026\n44M, 3 weeks of L5 sciatica; this morning new L foot drop on "
         "waking.\nEXAM: ankle DF 1/5 on the L, EHL 0/5, ankle inversion 3/5 ({aside}), hip "
         "abduction 4/5.\nASSESSMENT: Acute L foot drop on an L5 radiculopathy.\nPLAN: MRI lumbar "
         "spine today.\n")


@pytest.mark.parametrize("aside", ["tib post - L5, spared in a peroneal palsy",
                                   "unlike a peroneal neuropathy"])
def test_the_condition_told_apart_is_not_present(findings_of, aside):
    table, _ = findings_of(_NOTE.format(aside=aside))
    assert "present" not in table.get("peripheral_neuropathy", set())


def test_the_foot_drop_is_urgent(review_note):
    result = review_note(_NOTE.format(aside="tib post - L5, spared in a peroneal palsy"),
                         age=44, date="2026-12-01")
    assert result.priority == "urgent"
