"""Readings of treatments and past operations (session 45, mend45c; the blind batch e721-e760).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. A prescription not picked up ("Has not picked up the Medrol", "Never picked up the
   gabapentin"): the drug is not taken, absent. "Picked up the Medrol ... and started it"
   stays present.
2. "Procedure planned:" / "Surgery scheduled:" heading the operation to come (the field word
   after the operation word): no prior spine surgery, so the note's own "no prior spine
   surgery" stands.
3. A consent's risk list ("Risks reviewed incl ... adjacent segment disease"): no prior
   spine surgery. Adjacent segment disease told of the patient stays one.
"""

import pytest

from note_text import HEADER


@pytest.mark.parametrize("body, code, want", [
    ("Started ibuprofen Monday. Has not picked up the Medrol yet.", "oral_steroid", {"absent"}),
    ("Never picked up the gabapentin.", "neuropathic_agent", {"absent"}),
    ("Picked up the Medrol dose pack yesterday and started it.", "oral_steroid", {"present"}),
])
def test_a_prescription_not_picked_up_is_not_taken(assertions_of, body, code, want):
    assert assertions_of(HEADER + f"HPI: back pain. {body}\n", code) == want


@pytest.mark.parametrize("text, want", [
    ("PRE-OP VISIT 11/27/2026\nProcedure planned: L4-5 TLIF with pedicle screws\n"
     "HPI: back and leg pain.\nPSH: cholecystectomy, no prior spine surgery.\n", {"absent"}),
    ("PRE-OP VISIT 11/27/2026\nSurgery scheduled: L4-5 laminectomy on 12/14/2026.\n"
     "HPI: leg heaviness.\n", set()),
])
def test_an_operation_to_come_is_no_prior_surgery(assertions_of, text, want):
    assert assertions_of(text, "prior_spine_surgery") == want


@pytest.mark.parametrize("text, want", [
    (HEADER + "HPI: leg pain.\nPlan: Consent obtained. Risks reviewed incl bleeding, infection, "
     "nerve injury, adjacent segment disease, need for further surgery.\n", set()),
    (HEADER + "HPI: leg pain after L5-S1 fusion in 2019, now adjacent segment disease at L4-5.\n",
     {"present"}),
])
def test_a_consent_risk_is_no_prior_surgery(assertions_of, text, want):
    assert assertions_of(text, "prior_spine_surgery") == want
