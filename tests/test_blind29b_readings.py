"""Readings mended from the blind cases e131-e140 (session 29, blind29b).

Each reading is tried on invented sentences in other words than the cases', with a near-miss
that keeps its old reading (corpora/dev/ERRORS_e131-e140.md).
"""

import pytest


# an activity given up that the patient "has not gone back" to stays given up
@pytest.mark.parametrize("text", [
    "He quit his bowling league in October and has not gone back.",
    "She gave up the choir in the fall and hasn't been back since.",
])
def test_not_going_back_keeps_the_activity_lost(assertions_of, text):
    assert assertions_of(text, "functional_impairment") == {"present"}


def test_a_symptom_that_has_not_returned_is_still_denied(assertions_of):
    # near-miss: "has not returned" said of a symptom keeps its denial
    assert assertions_of("The tingling in the foot has not returned.", "paresthesia") == {"absent"}


# "scheduled" before a drug is its dosing, not a visit booked
@pytest.mark.parametrize("text", [
    "Despite PT and scheduled acetaminophen the pain has not improved.",
    "Leg pain no better despite physical therapy, gabapentin and scheduled Tylenol.",
])
def test_scheduled_drug_books_nothing(assertions_of, text):
    assert assertions_of(text, "physical_therapy") == {"present"}


def test_therapy_scheduled_is_still_to_come(assertions_of):
    # near-miss: the therapy itself scheduled
    assert assertions_of("Physical therapy scheduled.", "physical_therapy") == {"hypothetical"}


# a form's "Prior imaging (of this area)" answered No denies the three studies
def test_prior_imaging_box_checked_no_denies_the_studies(findings_of):
    text = ("PRIOR AUTHORIZATION REQUEST\nDiagnosis: neck pain\n"
            "Previous imaging of this region: [ ] Yes [X] No\nNotes attached: [X] Yes\n")
    table = findings_of(text)[0]
    for code in ("prior_xray", "prior_mri", "prior_ct"):
        assert table.get(code) == {"absent"}, code


def test_prior_imaging_box_checked_yes_names_no_study(findings_of):
    # near-miss: a checked Yes says no which study was done
    text = "PA FORM\nPrior imaging of this area: [X] Yes [ ] No\n"
    table = findings_of(text)[0]
    assert "absent" not in table.get("prior_mri", set())


# a study weighed for today ("an MRI now would not change ...") is no prior study
@pytest.mark.parametrize("text,code", [
    ("Counselled that a lumbar MRI today would not alter the treatment plan.", "prior_mri"),
    ("Reassured: an MRI at this stage will not change how we treat this.", "prior_mri"),
    ("A CT now won't change management.", "prior_ct"),
])
def test_a_study_weighed_for_now_is_no_prior_study(assertions_of, text, code):
    assert assertions_of(text, code) == set()


def test_a_study_now_showing_a_result_was_done(assertions_of):
    # near-miss: "MRI now shows" reports a study
    text = "Repeat MRI now shows growth of the L4-5 extrusion."
    assert assertions_of(text, "prior_mri") == {"present"}


# a low dose of prednisone carried on with no course named is a maintenance steroid
@pytest.mark.parametrize("text", [
    "Plan: continue prednisone 7.5 mg.",
    "Renal tx: resume her home prednisone 5 mg after HD.",
])
def test_low_dose_prednisone_continued_is_immunosuppression(findings_of, text):
    table = findings_of(text)[0]
    assert table.get("immunosuppression") == {"present"}
    assert "oral_steroid" not in table


def test_prednisone_continued_for_days_is_a_course(assertions_of):
    # near-miss: a course with its days left
    assert assertions_of("Continue prednisone 10 mg x 3 more days, then stop.",
                         "oral_steroid") == {"present"}


# "(resolved)" closing a list item ends that item only
def test_a_bracketed_resolved_ends_its_own_item(findings_of):
    text = "PMH: DM2 on metformin, GERD, L5 radiculopathy 2020 (resolved)."
    table = findings_of(text)[0]
    assert table.get("diabetes") == {"present"}
    assert table.get("radiculopathy") == {"historical"}


def test_resolved_after_a_comma_still_reads_back(assertions_of):
    # near-miss: the plain backward reading of "resolved" on its own item
    assert assertions_of("PMH: HTN; S1 radiculopathy 2018, resolved.",
                         "radiculopathy") == {"historical"}


# an arrowed pain course that opens in the neck is neck pain
@pytest.mark.parametrize("text", [
    "S: L arm pain x 6 wks, neck -> top of L shoulder -> thumb.",
    "Sx: neck → R forearm, numb index finger.",
])
def test_an_arrowed_course_from_the_neck_is_neck_pain(assertions_of, text):
    assert assertions_of(text, "neck_pain") == {"present"}


def test_an_arrow_to_a_clinic_is_no_pain(assertions_of):
    assert assertions_of("Referral: neck -> spine clinic.", "neck_pain") == set()


def test_a_bracketed_resolved_still_ends_a_nerve_problem(assertions_of):
    # near-miss: the bracketed status ends its own item as "resolved" always did
    assert assertions_of("PMH: HTN; peroneal neuropathy 2021 (resolved).",
                         "peripheral_neuropathy") == {"historical"}


# an immunosuppressant taken "until" a past year leaves the state historical
@pytest.mark.parametrize("text", [
    "He was treated for RA with methotrexate until 2022; stopped for liver enzymes.",
    "She took etanercept till late 2023.",
])
def test_an_immunosuppressant_ended_in_a_past_year_is_historical(assertions_of, text):
    assert assertions_of(text, "immunosuppression") == {"historical"}


def test_an_immunosuppressant_since_a_year_goes_on(assertions_of):
    # near-miss: "since" runs to now
    assert assertions_of("On tacrolimus since 2019.", "immunosuppression") == {"present"}


def test_a_drug_taken_until_a_year_is_still_tried(assertions_of):
    # near-miss: a treatment code keeps "tried" (present)
    assert assertions_of("Took naproxen until 2024, stopped for reflux.", "nsaid") == {"present"}
