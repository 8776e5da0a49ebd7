"""A limb pain told as over (session 22, assert22c).

ANNOTATION "historical": a sign or symptom that was true and no longer is ("sciatica in 2015,
resolved"); "Ended episodes": "numbness gone by the 2-week check" is historical. A bare "leg
pain" or "arm pain" is read as radicular only beside another radicular mention; one the note
says resolved, went away or is gone ("leg pain gone by the 2-week check", "the arm pain
resolved after the injection") is the radicular pain of an episode that ended: historical,
even with no other radicular word in the note. A pain that resolved and came back is not
called historical by this reading, and a pain of a joint ("knee pain resolved") is none.
"""

import pytest


@pytest.mark.parametrize("text", [
    "HPI: s/p L5-S1 microdiscectomy 09/02. Leg pain gone by the 2-week visit; incision healed.",
    "HPI: Seen last month for a C5-6 ESI. The arm pain resolved after the injection.",
    "PT discharge: leg pain resolved by week 5, back pain 1/10.",
    "Post-op visit: her right leg pain was completely gone after surgery.",
])
def test_a_limb_pain_told_as_over_is_historical(assertions_of, text):
    assert assertions_of(text, "radicular_pain") == {"historical"}


@pytest.mark.parametrize("text", [
    # look-alikes: a joint's pain, a pain that has not resolved, the back pain resolved
    "HPI: Knee pain resolved after the steroid injection.",
    "HPI: If the leg pain has not resolved in 6 weeks we will discuss an ESI.",
    "HPI: Still has some leg pain at night; the back pain resolved.",
])
def test_no_historical_limb_pain_from_these(assertions_of, text):
    assert "historical" not in assertions_of(text, "radicular_pain")


def test_a_pain_that_resolved_and_came_back_is_not_only_historical(assertions_of):
    text = ("HPI: Left S1 sciatica since May. Leg pain resolved after the ESI but came back "
            "two weeks ago, 6/10.")
    assert "present" in assertions_of(text, "radicular_pain")
