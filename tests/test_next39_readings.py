"""Readings of the classes session 38 named and left (session 39, next39; NEXT38.md, DETFM38.md,
MEND38d.md, MEND38c.md Left). Made-up sentences: each class in other words, and the neighbours
it must not fire on.

1. An electrodiagnostic study whose impression names a nerve entrapment and then denies the
   root ("EMG/NCS 11/02: R ulnar neuropathy at the elbow ... No cervical radiculopathy", "EMG
   by Dr. X showed ... with no evidence of cervical radiculopathy") is abnormal_emg absent:
   the study-denial rule is listed before the bare study and the "NCS: polyneuropathy"
   no-finding rule, whose spans it ties (the first rule's span is kept on a tie). "No
   electrodiagnostic evidence of a R cervical radiculopathy" / "of L C8 or other cervical
   radiculopathy" (an article, "or other") is the same denial. A study still to come, or a
   radiculopathy denied on exam, is no study's reading.
2. Procedures named in the plural with a list of dates ("two L4-5 TFESIs (07/10 and
   09/18/2026)", "ESIs on 08/06 and 09/10/2026") were last done on the list's latest date:
   recent when that one is within 90 days. One procedure keeps its own date; an older list
   stays old.
3. AIM's "High-energy mechanism of injury": a vehicle collision the notes tell low-speed or
   low-mechanism anywhere ("rear-ended at ~10 mph, airbags not deployed", "Low-mechanism MVC")
   is no high-energy injury in any note's words ("MVC today"); a collision told otherwise
   stays high-energy (rules/SCHEMA.md `mentions_unless_told`).
4. A treatment table whose column asks whether each item helped ("Treatments tried:  Helped?
   (Y / N / Some)" over "Physical therapy      N"): the N answers the help, the therapy was
   had. A review of systems answered N, or a table asking whether it was tried, still denies.
"""

import pytest

from note_text import section_note as _note


E = "abnormal_emg"
R = "recent_spinal_procedure"


# 1. an electrodiagnostic study denying the root

@pytest.mark.parametrize("body", [
    "EMG/NCS 10/30 (Dr. Okafor): L ulnar neuropathy at the elbow, mild, demyelinating. "
    "First dorsal interosseous normal. No cervical radiculopathy.",
    "Known carpal tunnel (NCS 02/2025: moderate R median neuropathy at the wrist, no cervical "
    "radiculopathy) - uses a night splint.",
    "EMG/NCS by Dr. Haas showed a right ulnar neuropathy at the elbow, with no evidence of "
    "cervical radiculopathy.",
    "Impression: severe L carpal tunnel syndrome. No electrodiagnostic evidence of a L "
    "cervical radiculopathy.",
    "Impression: R ulnar neuropathy at the elbow. No electrodiagnostic evidence of R C8 or "
    "other cervical radiculopathy.",
])
def test_a_study_naming_a_nerve_and_denying_the_root_is_no_abnormal_emg(assertions_of, body):
    assert assertions_of(_note(body), E) == {"absent"}


@pytest.mark.parametrize("body", [
    "EMG ordered; if no radiculopathy, will treat as carpal tunnel.",
    "No cervical radiculopathy on exam. Median nerve compression suspected.",
])
def test_a_root_denied_without_a_study_done_is_no_emg_reading(assertions_of, body):
    assert "absent" not in assertions_of(_note(body), E)


def test_a_study_finding_the_root_stays_abnormal(assertions_of):
    body = "EMG 11/02: chronic R C7 radiculopathy with active denervation."
    assert assertions_of(_note(body), E) == {"present"}


# 2. procedures in the plural, dated by a list: the latest date

@pytest.mark.parametrize("body", [
    "Two L4-5 TFESIs (07/10/2026 and 09/18/2026) helped for about 3 weeks each.",
    "Had bilateral L5-S1 transforaminal ESIs on 08/02 and 10/01/2026 with brief relief.",
])
def test_the_latest_of_a_listed_run_of_procedures_is_recent(assertions_of, body):
    assert assertions_of(_note(body), R) == {"present"}


@pytest.mark.parametrize("body", [
    "Two L4-5 TFESIs (03/10/2026 and 04/18/2026) helped for about 3 weeks each.",
    "L4-5 TFESI 06/10/2026 and MRI 09/18/2026 reviewed.",
])
def test_an_older_run_or_one_procedure_keeps_its_own_date(assertions_of, body):
    assert "present" not in assertions_of(_note(body), R)


# 3. a collision told low-energy anywhere is no high-energy mechanism

_ED = ("ED 11/20/2026\n30F restrained driver {} Severe midline thoracolumbar pain. Moves all "
       "extremities, strength 5/5, sensation intact.\nPlan: CT T-spine and L-spine trauma "
       "protocol.\n")


def _aim(review_note, mechanism):
    result = review_note(_ED.format(mechanism), age=30, cpt="72131")
    return next(d for d in result.determinations if d.guideline == "aim-spine")


@pytest.mark.parametrize("mechanism", [
    "in an MVC today, rear-ended at a light at ~10 mph, airbags not deployed.",
    "in an MVC this morning. MDM: low-mechanism MVC.",
    "after a low-speed collision in traffic today.",
])
def test_a_collision_told_low_energy_is_no_high_energy_mechanism(review_note, mechanism):
    aim = _aim(review_note, mechanism)
    assert "fracture_trauma" not in aim.basis


@pytest.mark.parametrize("mechanism", [
    "in a rollover MVC on the highway today, ejected from the vehicle.",
    "in a high-speed collision today; low back pain since.",
])
def test_a_collision_told_otherwise_stays_high_energy(review_note, mechanism):
    aim = _aim(review_note, mechanism)
    assert aim.outcome == "met" and "fracture_trauma" in aim.basis


# 4. a column asking whether the item helped

_HELPED = ("Clinic 11/27/2026\nIntake:\nWhat have you tried?        Did it help? (Y/N)\n"
           "Physical therapy             N\nChiropractor                 N\n\nPlan: MRI.\n")


@pytest.mark.parametrize("code", ["physical_therapy", "chiropractic_care"])
def test_an_n_under_a_helped_column_is_no_denial(assertions_of, code):
    assert "absent" not in assertions_of(_HELPED, code)


@pytest.mark.parametrize("text, code", [
    ("Clinic 11/27/2026\nROS: fever N / chills N / wt change N\n", "fever"),
    ("Clinic 11/27/2026\nIntake:\nTried before?   (Y/N)\nPhysical therapy       N\n\nPlan: MRI.\n",
     "physical_therapy"),
])
def test_an_n_answering_the_item_still_denies_it(assertions_of, text, code):
    assert "absent" in assertions_of(text, code)
