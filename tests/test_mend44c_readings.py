"""Readings of studies and treatments (session 44, mend44c; the blind batch e681-e720).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. Drugs named by their international generic (metamizole/dipyrone, tolperisone, eperisone,
   thiocolchicoside, etoricoxib, nimesulide, dexketoprofen ...): the drug class, as the US
   generics read. A word that only looks alike gives nothing.
2. "Discharge prescription(s):" heads what was prescribed at discharge: a plan section, its
   drugs hypothetical. A drug given in the unit before it stays present.
3. A housing unit before a date ("in pod 12/01"): no post-operative day. "POD 3" stays
   recent_spinal_procedure present.
4. "TELEPHONE COMMUNICATION" / "Telephone Communication" heading a phone contact:
   in_person_exam absent (lead's ruling, session 44).
5. "continuation of <a therapy>" (recommendations): the therapy goes on, present, as
   "continue HEP" reads.
6. A study said not possible after a comma ("no compatible restraints, MRI cannot be done")
   opens a clause of its own: the denial before the comma does not reach it
   (mri_contraindication present). A list of denied studies stays denied.
"""

import pytest

from note_text import section_note as _note


@pytest.mark.parametrize("body, code, want", [
    ("Took metamizole 500 mg prn for two weeks.", "analgesic", {"present"}),
    ("Dipyrone 1 g IV given in the unit.", "analgesic", {"present"}),
    ("Was on tolperisone 150 mg TID for 6 weeks.", "muscle_relaxant", {"present"}),
    ("Finished eperisone and thiocolchicoside last month.", "muscle_relaxant", {"present"}),
    ("Took etoricoxib 90 mg daily x 2 weeks.", "nsaid", {"present"}),
    ("Used nimesulide and dexketoprofen from the pharmacy.", "nsaid", {"present"}),
    ("Works in metallurgy; takes no pills.", "analgesic", set()),
])
def test_international_generics_read_as_their_class(assertions_of, body, code, want):
    assert assertions_of(_note(body), code) == want


@pytest.mark.parametrize("body, code, want", [
    ("Back pain.\nDischarge prescription: nimesulide 100 mg BID x 5 days.", "nsaid",
     {"hypothetical"}),
    ("Back pain.\nDischarge prescriptions: metamizole 1 g q6h if pain.", "analgesic",
     {"hypothetical"}),
])
def test_a_discharge_prescription_is_planned(assertions_of, body, code, want):
    assert assertions_of(_note(body), code) == want


@pytest.mark.parametrize("body, want", [
    ("Seen by officers doing push-ups in pod 12/01, no distress.", set()),
    ("Seen on POD 3 after L4-5 laminectomy, incision clean.", {"present"}),
])
def test_a_housing_pod_before_a_date_is_no_post_op_day(assertions_of, body, want):
    assert assertions_of(_note(body), "recent_spinal_procedure") == want


@pytest.mark.parametrize("text, want", [
    ("TELEPHONE COMMUNICATION   12/03/2026\nWife called: back pain worse since yesterday.\n",
     {"absent"}),
    ("Telephone Communication 12/03/2026\nPt called re: neck pain.\n", {"absent"}),
])
def test_a_telephone_communication_header_is_no_face_to_face_exam(assertions_of, text, want):
    assert assertions_of(text, "in_person_exam") == want


@pytest.mark.parametrize("body, code, want", [
    ("continuation of home exercises, follow up with orthopaedics.", "home_exercise_program",
     {"present"}),
    ("Recommend continuation of PT 2x/week.", "physical_therapy", {"present"}),
])
def test_continuation_of_a_therapy_is_ongoing(assertions_of, body, code, want):
    assert assertions_of(_note(body, "Recommendations"), code) == want


@pytest.mark.parametrize("section, body, code, want", [
    ("Plan", "The center has no compatible restraints, MRI cannot be done; CT requested.",
     "mri_contraindication", {"present"}),
    ("Plan", "No anesthesia support, MRI could not be done.", "mri_contraindication",
     {"present"}),
    ("HPI", "No fever, chills, MRI or CT.", "prior_mri", {"absent"}),
    ("HPI", "No fever, no prior imaging.", "prior_mri", {"absent"}),
])
def test_a_study_said_not_possible_after_a_comma_is_out_of_the_denial(assertions_of, section,
                                                                      body, code, want):
    assert assertions_of(_note(body, section), code) == want
