"""fix17b: plans read as done, a denied or conditional worsening, generic teaching. New
sentences written for these tests (not from the corpus), each beside a look-alike that must
keep its reading."""
import pytest


@pytest.mark.parametrize("text, code, expected", [
    # a prescription written at this visit is planned (ANNOTATION "Treatment not yet begun")
    ("Rx for methocarbamol 750 mg TID sent to her pharmacy.", "muscle_relaxant", {"hypothetical"}),
    ("Naproxen 500 mg BID e-prescribed to the patient's preferred pharmacy.", "nsaid", {"hypothetical"}),
    ("Medrol dose pack prescribed today for the flare.", "oral_steroid", {"hypothetical"}),
    ("Gabapentin 300 mg qhs - Rx'd at this visit.", "neuropathic_agent", {"hypothetical"}),
    # look-alikes: a refill goes on with a drug taken; one prescribed earlier was taken
    ("Gabapentin 300 mg TID, refill sent to pharmacy.", "neuropathic_agent", {"present"}),
    ("Prednisone 40 mg x 5 days prescribed in the ED last month, helped briefly.",
     "oral_steroid", {"present"}),
    # a procedure booked for a date, across the comma
    ("Consented for right L5-S1 TFESI, to be done next Thursday.",
     "epidural_steroid_injection", {"hypothetical"}),
    ("Completed 6 weeks of PT, repeat MRI to be done.", "physical_therapy", {"present"}),
    # sessions cancelled before any was held; a count cancelled cuts a course short
    ("She cancelled her PT appointments because of childcare.", "physical_therapy", {"absent"}),
    ("Canceled chiropractic visits after the car broke down.", "chiropractic_care", {"absent"}),
    ("Cancelled PT x2 this month due to work; otherwise attending 2x/week.",
     "physical_therapy", {"present"}),
    # a treatment field answered as never had
    ("Physical therapy: not tried.", "physical_therapy", {"absent"}),
    ("Chiropractic - never done", "chiropractic_care", {"absent"}),
    ("Physical therapy: 8 visits, completed 10/2026.", "physical_therapy", {"present"}),
])
def test_plans_are_not_done(assertions_of, text, code, expected):
    assert assertions_of(text, code) == expected


def test_a_device_still_to_come_is_no_contraindication(assertions_of):
    assert "present" not in assertions_of(
        "Electrophysiology is planning ICD placement in January.", "mri_contraindication")
    assert "present" not in assertions_of(
        "Spinal cord stimulator implantation scheduled for 4/14.", "mri_contraindication")
    # look-alike: a device in place stays, whatever is planned after it
    assert assertions_of("Pacemaker since 2018; cardiology plans a lead check.",
                         "mri_contraindication") == {"present"}


def test_proceed_to_a_procedure_is_a_plan(assertions_of):
    text = "If the EMG is unrevealing, we would proceed to left L4-L5 medial branch blocks."
    assert assertions_of(text, "intervention_planned") == {"present"}
    # look-alike: proceeding to a place plans no intervention
    assert assertions_of("Told to proceed to the ED for any new weakness.",
                         "intervention_planned") == set()


@pytest.mark.parametrize("text, expected", [
    ("Leg numbness stable, not worsening.", {"absent"}),
    ("The tingling is not getting any worse.", {"absent"}),
    ("Pain hasn't gotten worse since the injection.", {"absent"}),
    ("CT lumbar spine if the numbness worsens.", {"hypothetical"}),
    ("Plan: MRI if symptoms progress.", {"hypothetical"}),
    # look-alikes: a worsening stated
    ("Leg numbness is getting worse despite gabapentin.", {"present"}),
    ("Not improving; the weakness has gotten worse this week.", {"present"}),
])
def test_denied_or_conditional_worsening(assertions_of, text, expected):
    assert assertions_of(text, "symptom_progression") == expected


def test_symptom_kept_when_only_its_worsening_is_conditional(assertions_of):
    # the exam's weakness is there now; the one named in the condition is hypothetical (R9)
    text = "Dorsiflexion 4/5 on the left. Plan: MRI if weakness worsens."
    assert assertions_of(text, "motor_weakness") == {"present", "hypothetical"}
    assert assertions_of(text, "symptom_progression") == {"hypothetical"}


def test_a_diagnosis_a_study_waits_on_keeps_its_own_reading(assertions_of):
    # ANNOTATION: a diagnosis the plan is conditional on is possible, not planned
    assert assertions_of("Begin denosumab after the MRI if no malignancy is seen.",
                         "malignancy") == {"possible"}


def test_generic_teaching_names_no_finding(assertions_of):
    assert assertions_of("Explained that infection can occasionally cause back pain like hers.",
                         "spinal_infection") == set()
    assert assertions_of("Discussed that a tumor may rarely present as sciatica.",
                         "malignancy") == set()
    # look-alike: the patient's own cancer named in the teaching stays hers
    assert assertions_of("Explained that her lymphoma usually causes night sweats.",
                         "malignancy") == {"present"}
