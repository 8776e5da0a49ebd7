"""Readings of the classes session 39 named and left (session 40, next40; NEXT39.md, MEND39a-d.md,
ASSERT39A/B.md Left). Made-up sentences: each class in other words, and the neighbours it must
not fire on.

1. A treatment table whose column asks whether each item helped ("Treatments tried:  Helped?
   (Y / N / Some)" over "Physical therapy      N"): the N answers the help, the therapy was
   had - in the assertion step's templated line answers too (policy `templated_answer`
   `not_under_header`), not only in the ConText cue. A review of systems answered N, or a table
   asking whether it was tried, still denies.
2. A spinal procedure other than an ESI or an operation, named bare (a medial branch block, an
   SI joint injection, a stimulator trial, a facet injection), done and dated within 90 days of
   the note is a recent_spinal_procedure, as a dated ESI is; planned, it stays the plan it was
   (intervention_planned); older, undated or on a pre-procedure line, it is no recent one.
"""

import pytest

from note_text import section_note as _note


R = "recent_spinal_procedure"
P = "intervention_planned"


# 1. a column asking whether the item helped

@pytest.mark.parametrize("text, code", [
    ("Clinic 11/27/2026\nHome questionnaire:\nThings you have tried      Was it helpful?\n"
     "Physio                     N\nChiropractic               N\n\nPlan: MRI.\n", "physical_therapy"),
    ("Clinic 11/27/2026\nHome questionnaire:\nThings you have tried      Was it helpful?\n"
     "Physio                     N\nChiropractic               N\n\nPlan: MRI.\n", "chiropractic_care"),
    ("Clinic 11/27/2026\nPrior care:             Any relief?  (Y/N)\n"
     "Physical therapy        no\n\nPlan: MRI.\n", "physical_therapy"),
])
def test_a_no_under_a_helped_column_answers_the_help(assertions_of, text, code):
    assert "absent" not in assertions_of(text, code)


_TRIED = ("Clinic 11/27/2026\nTried so far:            Helped?  (Y / N / Some)\n"
          "Massage                  Some\nInjection                never had\nGabapentin               N\n\n"
          "Plan: MRI.\n")


def test_a_row_under_a_helped_column_is_had_whatever_the_row_above_says(assertions_of):
    assert assertions_of(_TRIED, "neuropathic_agent") == {"present"}


@pytest.mark.parametrize("text, code", [
    ("Clinic 11/27/2026\nPrior care:\nPhysical therapy:   no\n\nPlan: MRI.\n", "physical_therapy"),
    ("Clinic 11/27/2026\nHave you had these?\nChiropractic ........ no\n\nPlan: MRI.\n",
     "chiropractic_care"),
])
def test_a_no_answering_the_item_still_denies_it(assertions_of, text, code):
    assert "absent" in assertions_of(text, code)


# 2. a bare spinal procedure, done and dated within 90 days

@pytest.mark.parametrize("body", [
    "Axial LBP. Injections: R L4-5 MBB 10/21/2026 with 85% relief for 5 hours.",
    "Doing well s/p MBB #1 11/12: 80% relief, concordant.",
    "Much better after the SI joint injection 11/02/2026.",
    "SCS trial 11/10: 60% relief, sleeping better.",
    "L4-5 facet injections 10/20/2026 - no relief.",
])
def test_a_dated_procedure_within_90_days_is_recent(assertions_of, body):
    assert assertions_of(_note(body), R) == {"present"}


@pytest.mark.parametrize("body", [
    "Bilateral L4-5 medial branch blocks 03/12/2024 with 85% relief x 6 h.",
    "Had a facet injection in 2023 that helped for a year.",
    "SI joint injection helped in the past.",
])
def test_an_older_or_undated_procedure_is_not_recent(assertions_of, body):
    assert assertions_of(_note(body), R) == set()


@pytest.mark.parametrize("text", [
    _note("Bilateral L4-5 and L5-S1 medial branch blocks; RFA if >80% relief.", "Plan"),
    _note("Refer to pain management for thoracic facet injections / MBB.", "A/P"),
    "PAIN CENTER\nPRE-PROCEDURE EVALUATION - LUMBAR MBB (L3, L4, L5)   11/27/2026\n"
    "HPI: axial LBP.\nPlan: proceed with MBB today.\n",
])
def test_a_planned_procedure_is_no_recent_one_and_stays_planned(assertions_of, text):
    assert assertions_of(text, R) == set()
    assert assertions_of(text, P) == {"present"}


# 3. a bare epidural in a postpartum or labour-and-delivery note is the obstetric one

E = "epidural_steroid_injection"


@pytest.mark.parametrize("text", [
    "POSTPARTUM PROGRESS NOTE 11/27/2026\nS: PPD#2 s/p NSVD. Sore low back where the epidural "
    "was placed.\nA/P: 1. Urinary retention - risk factors: epidural, long second stage.\n",
    "OB Triage 11/27/2026\nHPI: 2 wks postpartum, back ache near the epidural since delivery.\n",
])
def test_a_bare_epidural_in_an_obstetric_note_is_no_steroid_injection(assertions_of, text):
    assert assertions_of(text, E) == set()
    assert assertions_of(text, P) == set()


@pytest.mark.parametrize("text, expected", [
    ("Clinic 11/27/2026\nHPI: LBP and L leg pain 8 wks. Had an epidural in October with "
     "relief for 2 weeks.\n", {"present"}),
    ("Clinic 11/27/2026\nHPI: 2 wks postpartum with L sciatica.\nPlan: L S1 transforaminal "
     "epidural steroid injection if no better.\n", {"hypothetical"}),
])
def test_an_epidural_elsewhere_or_named_as_a_steroid_injection_still_counts(assertions_of, text,
                                                                           expected):
    assert assertions_of(text, E) == expected


# 4. a study named only in talk: a wish, a question asked again, a general property or finding

@pytest.mark.parametrize("body, code", [
    ("Wants a scan: \"I would rather have a CT, my cousin says it's quick.\"", "prior_ct"),
    ("He would rather get the MRI done before his trip.", "prior_mri"),
    ("On the phone today she asked again about the MRI and the cost.", "prior_mri"),
    ("Explained that most people over 50 show wear on an MRI even without pain.", "prior_mri"),
    ("Her neighbour told her a CT is quicker to book.", "prior_ct"),
    ("Per her wishes I will submit the MRI for prior authorization.", "prior_mri"),
    ("She is 20 weeks pregnant and asks whether the MRI is okay for the baby.", "prior_mri"),
])
def test_a_study_only_talked_about_is_no_prior_study(assertions_of, body, code):
    assert assertions_of(_note(body), code) == set()


@pytest.mark.parametrize("body, code", [
    ("MRI L-spine 09/2026: L4-5 protrusion. His pain is better since then.", "prior_mri"),
    ("CT lumbar 10/01/2026 showed an L1 compression fracture; she would rather have PT now.",
     "prior_ct"),
    ("Had a lumbar MRI in 2025; asked again about the results today.", "prior_mri"),
    ("MRI L-spine 09/2026 showed an L4-5 HNP; she is ok for PT now.", "prior_mri"),
    ("We submitted the 2024 MRI report with the request.", "prior_mri"),
])
def test_a_study_had_stays_had(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


# 5. red-flag teaching: what would raise a concern is no finding of the patient's

@pytest.mark.parametrize("code", ["fever", "unexplained_weight_loss", "night_pain"])
def test_red_flags_taught_are_hypothetical(assertions_of, code):
    text = _note("Mechanical LBP. Told him we worry more when there is fever, weight loss or "
                 "pain at night; he has none of these.", "Assessment")
    assert assertions_of(text, code) == {"hypothetical"}


@pytest.mark.parametrize("code", ["fever", "unexplained_weight_loss"])
def test_red_flags_had_stay_present_beside_a_worry(assertions_of, code):
    text = _note("LBP with fever 38.6 and 6 kg weight loss. We worry about infection because of "
                 "the fever and the weight loss.")
    assert "present" in assertions_of(text, code)


# 6. a plan called off, its reason after a dash or a stop

@pytest.mark.parametrize("body", [
    "1. Thoracic MBB cancelled - not appropriate until the lesion is worked up.",
    "Medial branch blocks canceled; imaging first.",
])
def test_a_procedure_called_off_is_a_denied_plan(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), P) == {"absent"}


@pytest.mark.parametrize("text, code, expected", [
    (_note("Refer for bilateral L4-5 MBB.", "Plan"), P, {"present"}),
    ("PT DISCHARGE 11/27/2026\nDates: 10/05/2026 to 11/20/2026   Visits: 11 of 12 (1 cancelled - "
     "dental appt)\nAssessment: goals met.\n", "physical_therapy", {"present"}),
])
def test_a_plan_kept_or_a_session_called_off_keeps_its_reading(assertions_of, text, code, expected):
    assert assertions_of(text, code) == expected
