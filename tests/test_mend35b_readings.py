"""Readings of treatment and imaging wordings (session 35, mend35b; the blind batch e321-e360).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. A study named with a modal or a generic verb right after it ("He understands a CT may not
   show the nerve roots", "CT carries no device risk", "CT should be reviewed for lytic
   change"), asked for in the subjunctive ("asked that the MRI be done"), assented to ("Agree
   with CT"), wished for ("I want him to have a CT scan") or named by its staff or machine
   ("MRI Lead Technologist", "our CT table limit"): no prior study (ANNOTATION "The imaging being
   requested ... is not a finding"). A study had and judged by what it could not show ("CT
   cannot assess the epidural space") keeps its reading.
2. Activity modifications by their wording: a climbing restriction ("no ladders", "avoid
   ladders"), a cut-back shift ("Working 4-hr shifts only", "cut to 4-hr shifts"), a job
   changed for the back ("moved from the loading dock to a desk role"), pacing taught ("pacing
   plan", "pacing per psychology"), ice or heat with how often ("Ice 20 min several x/day").
   Not a job's long shifts ("works 10-hr shifts"), "a full 6 hr shift", nor a pacemaker's
   pacing.
3. A dose change held back ("do not increase naproxen", "I would not change her duloxetine",
   "We will not increase his ibuprofen") leaves the drug taken (ANNOTATION "Treatments that did
   nothing": "I have not changed her gabapentin" -> present); "does not take", "Do not take" deny
   it, and "does not change on flexion and extension" keeps its denial.
4. "Use the rail on stairs, no heavy lifting": "on" a place is no restriction followed (advice,
   hypothetical); "Pelvic floor PT referral for dyspareunia" is the pelvis's care, no spine PT
   (ANNOTATION "Therapy of another body part").
"""

import pytest

from note_text import hpi_note as _note


# 1. a study spoken of, asked for or advised: no prior study
@pytest.mark.parametrize("body, code", [
    ("From a device standpoint MRI is contraindicated. CT carries no device risk.", "prior_ct"),
    ("He understands a CT may not show the nerve roots as well as an MRI.", "prior_ct"),
    ("A lesion is unlikely but CT should be reviewed for lytic change.", "prior_ct"),
    ("Explained that a lumbar MRI would not change treatment now.", "prior_mri"),
    ("Her husband joined the call and asked that the MRI be done to be safe.", "prior_mri"),
    ("Oncology phone: Agree with CT. Continue alendronate.", "prior_ct"),
    ("I want him to have a CT scan of his neck to make sure nothing is cracked.", "prior_ct"),
    ("Signed T. Osei, RT(R)(MR), MRI Lead Technologist", "prior_mri"),
    ("Our CT table limit is 307 kg and the gantry opening is 80 cm.", "prior_ct"),
])
def test_a_study_spoken_of_or_advised_is_no_prior_study(assertions_of, body, code):
    assert assertions_of(_note(body), code) == set()


@pytest.mark.parametrize("body, code", [
    ("CT 11/20 showed an L1 fracture; CT cannot assess the epidural space.", "prior_ct"),
    ("MRI L-spine 10/02/2026 showed L4-5 protrusion and surgery may be needed.", "prior_mri"),
    ("MRI 2024 showed L4-5 HNP; ESI may help.", "prior_mri"),
    ("MRI 10/02/2026 showed L4-5 HNP; the MRI will be reviewed with surgery.", "prior_mri"),
    ("Outside MRI from 2023 reviewed today: L4-5 protrusion.", "prior_mri"),
])
def test_a_study_had_keeps_its_reading(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


# 2. activity modifications by their wording
@pytest.mark.parametrize("text, expected", [
    ("Clinic 11/27/2026\nPlan: Use the rail on stairs, no ladders. RTC after CT.\n", {"hypothetical"}),
    ("Clinic 11/27/2026\nPlan: Ski helmet, avoid ladders.\n", {"hypothetical"}),
    ("Clinic 11/27/2026\nHPI: He has been off ladder work since 10/01 and his back is better.\n",
     {"present"}),
    ("Clinic 11/27/2026\nHPI: Foot catches on curbs at work. Working 4-hr shifts only.\n", {"present"}),
    ("Clinic 11/27/2026\nHPI: Unable to stand for full shifts (cut to 4-hr shifts since 11/02).\n",
     {"present"}),
    ("Clinic 11/27/2026\nHPI: He has moved from the loading dock to a desk role at work because of "
     "the stiffness.\n", {"present"}),
    ("Clinic 11/27/2026\nPlan: pacing plan (walk 4 min, sit 1 min), RTC 4 wks.\n", {"hypothetical"}),
    ("Clinic 11/27/2026\nPlan: Continue HEP, acetaminophen, pacing per psychology.\n", {"present"}),
    ("Clinic 11/27/2026\nPlan: start meloxicam 15 mg daily. Ice 20 min several x/day.\n",
     {"hypothetical"}),
])
def test_activity_modification_wordings(assertions_of, text, expected):
    assert assertions_of(text, "activity_modification") == expected


@pytest.mark.parametrize("body", [
    "Works 10-hr shifts 4 days a week on the inbound dock.",
    "Back sore after 12-hour shifts at the plant.",
    "Can now do a full 6 hr shift without pain.",
    "Device check: atrial pacing 48%, battery 6.5 years.",
    "Retained epicardial pacing leads after CABG.",
])
def test_a_jobs_shifts_or_a_pacemakers_pacing_is_no_modification(assertions_of, body):
    assert assertions_of(_note(body), "activity_modification") == set()


# 3. a dose change held back: the drug is taken
@pytest.mark.parametrize("body, code", [
    ("Per PA: do not increase naproxen; may use ice after work.", "nsaid"),
    ("I would not change her duloxetine at this point.", "neuropathic_agent"),
    ("We will not increase his ibuprofen for now.", "nsaid"),
])
def test_a_dose_change_held_back_leaves_the_drug_taken(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


@pytest.mark.parametrize("body, code", [
    ("Do not take ibuprofen with the apixaban.", "nsaid"),
    ("He does not take gabapentin.", "neuropathic_agent"),
])
def test_a_drug_denied_stays_denied(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


def test_a_listhesis_that_does_not_change_stays_stable(assertions_of):
    text = ("Clinic 11/27/2026\nImaging: 2 mm anterolisthesis of C4 on C5 that does not change on "
            "flexion and extension.\n")
    assert "present" not in assertions_of(text, "flexion_extension_instability")


# 4. a place "on" names is no treatment followed; pelvic floor therapy is the pelvis's care
def test_advice_on_the_stairs_stays_advice(assertions_of):
    text = ("Clinic 11/27/2026\nA/P:\n 1. R L4 radiculopathy.\n"
            " 5. Use the rail on stairs, no heavy lifting. RTC after CT.\n")
    assert assertions_of(text, "activity_modification") == {"hypothetical"}


def test_a_restriction_on_light_duty_is_followed(assertions_of):
    text = "Clinic 11/27/2026\nHPI: He is on light duty, no lifting over 20 lb, since 10/01.\n"
    assert assertions_of(text, "activity_modification") == {"present"}


def test_pelvic_floor_therapy_is_no_spine_therapy(assertions_of):
    text = "Gyn 11/27/2026\nPlan: Pelvic floor PT referral for dyspareunia. Return in 3 months.\n"
    assert assertions_of(text, "physical_therapy") == set()


def test_spine_therapy_beside_pelvic_floor_therapy_stays(assertions_of):
    text = ("Gyn 11/27/2026\nPlan: PT referral for low back pain; pelvic floor PT referral for "
            "incontinence.\n")
    assert assertions_of(text, "physical_therapy") == {"hypothetical"}
