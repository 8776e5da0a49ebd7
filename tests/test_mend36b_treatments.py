"""Treatment readings of the blind batch e361-e400 (session 36, mend36b).

1. An operation still to be done, named where a study is "to plan" it, where the patient goes
   "to OR tonight for" it, or in a form's "Planned procedure:" field, is no prior surgery: its
   hypothetical reading is consumed into intervention_planned (context_rules.json). A past
   operation named after "of" ("to plan revision of his 2019 fusion") and a surgical history
   line below the field keep their present reading.
2. Home exercises "from (the) handout" the patient does are the home program
   (targets/treatment.json, one token pattern per spelling): "Doing stretches from handout most
   days", "keep up the McKenzie exercises from handout".
"""

import pytest

S, I, H = "prior_spine_surgery", "intervention_planned", "home_exercise_program"


def _note(body):
    return f"Clinic 11/27/2026\n{body}\n"


@pytest.mark.parametrize("body", [
    "He has failed 8 weeks of care. MRI is needed to plan a transforaminal epidural steroid injection or a surgical decompression.",
    "A CT is requested to identify the lesion and to plan a C7 transforaminal injection or an anterior cervical discectomy and fusion.",
    "Sx of CES. Needs MRI L-spine w/o stat; if confirmed, to OR tonight for L5-S1 laminectomy/discectomy.",
    "Planned procedure: L3-5 laminectomy, L4-5 TLIF (Dr. Solbakken), date TBD",
])
def test_an_operation_still_to_come_is_no_prior_surgery(findings_of, body):
    import datetime as dt
    table = findings_of(_note(body), dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))[0]
    assert table.get(S, set()) == set()
    assert table.get(I) == {"present"}


@pytest.mark.parametrize("body, expected", [
    ("CT to plan revision of his 2019 L4-5 fusion.", {"present"}),
    ("Scheduled procedure: L4-5 TLIF - Dr. C. Maddox\nPSH: L4-5 laminectomy 2019", {"present"}),
    ("S/p L4-5 microdiscectomy 2019. No new deficit.", {"present"}),
])
def test_a_past_operation_beside_a_plan_stays_present(assertions_of, body, expected):
    assert assertions_of(_note(body), S) == expected


@pytest.mark.parametrize("body", [
    "Took cyclobenzaprine 3 nights, stopped. Doing stretches from handout most days.",
    "Advised to keep up the McKenzie exercises from handout - states she has been doing them 2x/day.",
    "Does the exercises from the handout every morning.",
])
def test_exercises_from_a_handout_the_patient_does_are_the_home_program(assertions_of, body):
    assert assertions_of(_note(body), H) == {"present"}


def test_a_handout_to_give_stays_a_plan(assertions_of):
    assert assertions_of(_note("Plan: stretches from the handout to start next week."), H) <= {"hypothetical"}



# 3. A refill asked for is of a drug already taken: "Refills requested: losartan, duloxetine.
#    Sent." (context_rules.json ONGOING "refills requested", e395) - not a plan for a new drug.
def test_a_refill_requested_is_a_drug_taken(assertions_of):
    body = "Meds: duloxetine 60, acetaminophen prn.\nRefills requested: glargine, losartan, duloxetine. Sent."
    assert assertions_of(_note(body), "neuropathic_agent") == {"present"}


def test_a_new_drug_requested_stays_a_plan(assertions_of):
    assert assertions_of(_note("Plan: pt requested gabapentin for the leg pain; will discuss."), "neuropathic_agent") <= {"hypothetical"}
