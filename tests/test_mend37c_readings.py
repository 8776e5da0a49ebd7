"""Readings of studies and treatments (session 37, mend37c; the blind batch e401-e440).
Each fix in other words, and near-misses that keep their old reading.

1. Scheduled dosing is an order in force: "Scheduled APAP 1 g q8h, naproxen 500 BID" and
   "APAP 1 g TID sched, tramadol prn" in a Plan are given (present), with the list they
   head; a semicolon or a cue of a plan ends it, and a visit "scheduled for" a date is
   still booked.
2. A screening form's study (its title, its "Exam:" field) is the study to come: no prior
   MRI/CT; a radiology report's "EXAM: MRI ..." is a study had.
3. A study asked about ("asks re: MRI"), asked for in a question ("Can she have the CT
   instead?") or an order changed to it ("Imaging changed to CT") is no study had.
4. A steroid beside a local anaesthetic's concentration is an injectate, no oral_steroid;
   "epidural extent" is no injection.
5. "stop" reaches no drug before a comma ("Naproxen 500 mg BID, stop ibuprofen"); a home
   program the patient is "performing" is done, in a Plan too.
"""

import pytest


def _note(body, section="Plan"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


# 1. scheduled dosing

@pytest.mark.parametrize("body, code", [
    ("- Scheduled APAP 1 g q8h, naproxen 500 BID, cyclobenzaprine 10 TID.", "analgesic"),
    ("- Scheduled APAP 1 g q8h, naproxen 500 BID, cyclobenzaprine 10 TID.", "nsaid"),
    ("- Scheduled APAP 1 g q8h, naproxen 500 BID, cyclobenzaprine 10 TID.", "muscle_relaxant"),
    ("- Tylenol 1 g TID sched, tramadol 25 q8h prn, lidocaine patch.", "analgesic"),
])
def test_scheduled_dosing_in_a_plan_is_in_force(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


def test_a_plan_cue_after_scheduled_dosing_keeps_its_drug_planned(assertions_of):
    found = assertions_of(_note("- Scheduled acetaminophen; start oxycodone 5 mg prn."),
                          "analgesic")
    assert found == {"present", "hypothetical"}


@pytest.mark.parametrize("body, code", [
    ("Start naproxen 500 mg BID with food.", "nsaid"),
    ("Tramadol 50 mg q6h prn.", "analgesic"),
    ("PT eval scheduled for 12/08.", "physical_therapy"),
])
def test_unscheduled_plan_items_stay_planned(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"hypothetical"}


# 2. screening forms

SCREEN = ("VALLEY MRI - PATIENT SAFETY SCREENING FORM     Date: 12/03/2026\n"
          "Name: Pat Doe   DOB: 01/02/1960   Exam: MRI LUMBAR SPINE W/O\n"
          "Pacemaker? [ ] Yes [X] No\n")


def test_a_screening_forms_exam_field_is_no_prior_mri(assertions_of):
    assert assertions_of(SCREEN, "prior_mri") == set()


def test_a_screening_forms_own_report_of_a_study_had_keeps_it(assertions_of):
    text = SCREEN + "Prior gad MRI: brain MRI 2019 - tolerated.\n"
    assert assertions_of(text, "prior_mri") == {"present"}


def test_a_radiology_reports_exam_line_is_a_study_had(assertions_of):
    text = ("LAKESIDE RADIOLOGY\nEXAM: MRI LUMBAR SPINE WITHOUT CONTRAST   Date: 03/12/2024\n"
            "FINDINGS: L4-5 broad-based protrusion.\n")
    assert assertions_of(text, "prior_mri") == {"present"}


# 3. studies asked about, asked for, re-ordered

@pytest.mark.parametrize("body, code", [
    ("Pt asks re: MRI for his back - ortho office called.", "prior_mri"),
    ("Wife asked about an MRI for his neck.", "prior_mri"),
    ("She will not go in the tube again. Can she have the CT instead?", "prior_ct"),
    ("System is not MR-conditional. Imaging changed to CT.", "prior_ct"),
])
def test_a_study_asked_for_or_reordered_is_no_study_had(assertions_of, body, code):
    assert assertions_of(_note(body, "HPI"), code) == set()


@pytest.mark.parametrize("body, code", [
    ("MRI 10/2026 showed L4-5 protrusion; she asks about surgery.", "prior_mri"),
    ("CT 11/02 showed an L1 compression fracture.", "prior_ct"),
])
def test_a_study_had_keeps_its_reading(assertions_of, body, code):
    assert assertions_of(_note(body, "HPI"), code) == {"present"}


def test_no_prior_imaging_is_still_denied(assertions_of):
    assert assertions_of(_note("No prior cervical imaging.", "HPI"), "prior_mri") == {"absent"}


# 4. injectates, the epidural space

def test_a_steroid_with_a_local_anaesthetics_strength_is_an_injectate(assertions_of):
    body = "Medication: dexamethasone 10 mg, lidocaine 1% 1 mL. Contrast: Omnipaque 180."
    assert assertions_of(_note(body, "Procedure"), "oral_steroid") == set()


def test_a_steroid_beside_a_lidocaine_patch_is_still_a_pill(assertions_of):
    body = "Finished a Medrol dose pack 10/20, using lidocaine 4% patch."
    assert assertions_of(_note(body, "HPI"), "oral_steroid") == {"present"}


def test_epidural_extent_of_a_lesion_is_no_injection(assertions_of):
    body = "Discitis-osteomyelitis L3-4; epidural extent not assessable on CT."
    assert assertions_of(_note(body, "Impression"), "epidural_steroid_injection") == set()


def test_an_epidural_had_is_still_an_injection(assertions_of):
    assert assertions_of(_note("Had an epidural in 2024, helped.", "HPI"),
                         "epidural_steroid_injection") == {"present"}


# 5. stop, performing

def test_stop_reaches_no_drug_before_a_comma(assertions_of):
    text = _note("- Naproxen 500 mg BID w/ food, stop ibuprofen", "A/P")
    assert assertions_of(text, "nsaid") == {"hypothetical", "present"}


def test_a_home_program_being_performed_is_done_in_a_plan(assertions_of):
    body = "D/C HH PT. HEP (quad sets, bridging) - pt performing 4x/wk per log."
    assert assertions_of(_note(body), "home_exercise_program") == {"present"}


def test_a_home_program_handed_out_stays_planned(assertions_of):
    assert assertions_of(_note("HEP handout given; PT referral if not better."),
                         "home_exercise_program") == {"hypothetical"}


# 6. a dose still to be given

def test_a_dose_the_ed_is_to_give_is_planned(assertions_of):
    body = "Can lie flat? Pain 9/10 supine - ED to give hydromorphone 0.5 mg IV pre-scan."
    assert assertions_of(_note(body, "Screening"), "analgesic") == {"hypothetical"}


def test_a_parenteral_dose_given_is_present(assertions_of):
    body = "In ED received morphine 4 mg IV x2 with partial relief; had to give up work."
    assert assertions_of(_note(body, "HPI"), "analgesic") == {"present"}


# 7. a drug put aside after use

def test_rather_than_more_of_a_drug_says_it_was_taken(assertions_of):
    body = "Message oncology. Acetaminophen rather than more ibuprofen. Precautions given."
    assert assertions_of(_note(body, "A/P"), "nsaid") == {"present"}


def test_rather_than_alone_still_denies(assertions_of):
    body = "Heat and stretching rather than ibuprofen (CKD)."
    assert assertions_of(_note(body, "HPI"), "nsaid") == {"absent"}


# 8. a contraindication kept up

def test_a_drug_that_remains_contraindicated_is_absent(assertions_of):
    body = "- NSAIDs remain contraindicated. Cont gabapentin, tramadol."
    assert assertions_of(_note(body, "A/P"), "nsaid") == {"absent"}
