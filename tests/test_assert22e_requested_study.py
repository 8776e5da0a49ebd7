"""The study a note asks for is no study done (session 22, assert22e).

ANNOTATION: "The imaging being requested (or ordered in the Plan) is not a finding" and "a test
planned or asked about ... is no finding at all". Read as a prior study done were:

1. A study followed on its line by the procedure code it bills ("Exam: MRI L-spine w/o
   contrast   CPT 72148" on a prior-auth form, "Re: MRI cervical spine without contrast
   (72141)" heading a letter): an order or a request names its study by its code; a report
   of a study done does not (dev d129, d219). A date between the study and the code, or
   right after the code, still reports a study done.
2. A study asked about ("asked whether an MRI should be done"), agreed to ("agrees with MRI
   T-spine"), judged unneeded ("MRI not medically necessary") or put on an order set
   (dev d520, d319, d652, d470).
3. "No post-op films obtained" denies the x-ray (dev d090).
4. A denial ends at a parenthesis that opens a clause of its own: "has never had a cervical
   MRI (his only MRI was of the lumbar spine in 2019)" - the lumbar MRI was done (dev d219).
"""

import pytest


def _note(body):
    return ("Clinic 11/27/2026\nHPI: low back pain for 7 weeks, now into the L leg.\n"
            f"{body}\n")


@pytest.mark.parametrize("body", [
    "CT lumbar spine w/o contrast (72131) 10/02/2026: no fracture.",
    "MRI lumbar spine (CPT 72148) dated 09/15/2026 showed an L5-S1 extrusion.",
    "Prior MRI lumbar spine 09/15/2026 (72148): L4-5 stenosis.",
])
def test_a_coded_study_with_its_date_or_result_was_done(assertions_of, body):
    code = "prior_ct" if body.startswith("CT") else "prior_mri"
    assert assertions_of(_note(body), code) == {"present"}


def test_the_code_names_only_the_study_right_before_it(assertions_of):
    body = "Lumbar x-rays show L4-5 disc narrowing; MRI L-spine w/o contrast (72148) is the next step."
    assert assertions_of(_note(body), "prior_xray") == {"present"}
    assert assertions_of(_note(body), "prior_mri") == set()


@pytest.mark.parametrize("body", [
    # the code it bills
    "SPINE IMAGING PRE-AUTHORIZATION\nProcedure: MRI lumbar spine without contrast   CPT 72148",
    "Exam: MRl L-spine w/o contrast   CPT 72148\nDx: M54.16",
    "Subject: MRI lumbar spine without contrast (72148) - appeal of denial",
    "- MRI L-spine w/o (CPT code 72148), expedited",
    # asked about, agreed to, judged unneeded, ordered by a set
    "Her employer asked whether a lumbar MRI should be done before she returns to work.",
    "The adjuster wants to know whether an MRI is needed; I explained the course.",
    "Orthopedics agrees with MRI L-spine before the next visit.",
    "Assessment: mechanical back pain, improving. MRI not medically necessary at this time.",
    "Lumbar MRI is not indicated without red flags.",
    "A lumbar MRI on the post-operative order set went out with the surgical orders.",
])
def test_a_study_asked_for_or_about_is_no_finding(assertions_of, body):
    assert assertions_of(_note(body), "prior_mri") == set()


@pytest.mark.parametrize("body, expected", [
    ("Orthopedics agrees with MRI findings of an L5-S1 extrusion.", {"present"}),
    ("MRI 08/2026 showed L4-5 stenosis; surgery is not indicated.", {"present"}),
    ("Her MRI from 2023 showed a small protrusion; repeat MRI is not indicated.", {"present"}),
    ("MRI lumbar spine 10/01/2026 was judged not medically necessary by the insurer but was done:"
     " L4-5 stenosis.", {"present"}),
])
def test_a_study_done_keeps_its_reading(assertions_of, body, expected):
    assert assertions_of(_note(body), "prior_mri") == expected


@pytest.mark.parametrize("body", [
    "No post-op films obtained.",
    "Incision clean. No films taken yet.",
    "No lumbar films have been obtained so far.",
])
def test_no_films_obtained_denies_the_xray(assertions_of, body):
    assert assertions_of(_note(body), "prior_xray") == {"absent"}


def test_films_obtained_still_affirm_the_xray(assertions_of):
    body = "Lumbar spine films obtained today: hardware intact, no lucency."
    assert assertions_of(_note(body), "prior_xray") == {"present"}


@pytest.mark.parametrize("body, expected", [
    ("She has never had a cervical MRI (her only MRI was of the lumbar spine in 2021).",
     {"absent", "present"}),
    ("He has never had an MRI (he had a CT in 2022 for a kidney stone).", {"absent"}),
    ("Never had an MRI (claustrophobic, pacemaker) and never had a CT.", {"absent"}),
])
def test_a_denial_ends_at_a_parenthesis_with_its_own_subject(assertions_of, body, expected):
    assert assertions_of(_note(body), "prior_mri") == expected


def test_a_denial_still_reaches_into_a_parenthesised_list(assertions_of):
    body = "No red flags (fever, weight loss, saddle numbness)."
    assert assertions_of(_note(body), "saddle_anesthesia") == {"absent"}
