"""A limb that "has felt asleep" is paresthesia (session 21, assert21d).

"The thumb and index finger have felt 'asleep' since" is the patient's tingling told with a
perfect tense and curly quotes; the foot that falls asleep and the toes that feel asleep
already read so. A patient who falls asleep, or sleeps, is no paresthesia.
"""

import pytest


@pytest.mark.parametrize("text", [
    "HPI: neck pain into the R arm; the thumb has felt \u201casleep\u201d for two weeks.",
    "HPI: low back pain; the left toes have felt 'asleep' since the fall.",
    "HPI: the right hand has also felt asleep at night.",
    "HPI: her toes feel \"asleep\" by the evening.",
])
def test_a_limb_that_has_felt_asleep_is_paresthesia(assertions_of, text):
    assert assertions_of(text, "paresthesia") == {"present"}


@pytest.mark.parametrize("text", [
    # look-alikes: the patient, not a limb, falls asleep
    "HPI: low back pain; she has felt sleepy and falls asleep in her chair.",
    "HPI: neck pain, better after he fell asleep on the couch.",
])
def test_a_patient_asleep_is_no_paresthesia(assertions_of, text):
    assert "present" not in assertions_of(text, "paresthesia")
