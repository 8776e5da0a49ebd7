"""Whole-packet misreadings found by probe17: a denial of a sign's past beside the sign now, an
addendum after the Plan, a clinic's title line read as an operation. Each reading comes with a
look-alike that must keep its finding."""
import datetime as dt

import pytest


# --- a denial of the past beside the same sign now tells its history, denies nothing now ---

@pytest.mark.parametrize("text, code", [
    ("Cannot void since this morning, bladder scan 850 mL. No prior urinary problems.",
     "bladder_dysfunction"),
    ("He has had to be catheterized twice today for retention. No previous bladder trouble.",
     "bladder_dysfunction"),
    ("In retention, straight cath yielded 1 L this afternoon. She has never had urinary trouble before.",
     "bladder_dysfunction"),
    ("Urinary retention since yesterday evening. Prior to this, voiding normally.",
     "bladder_dysfunction"),
    ("Post-void residual 600 mL today; no urinary symptoms before this week.",
     "bladder_dysfunction"),
    ("Now unable to empty his bladder, PVR 700 cc. No history of incontinence.",
     "bladder_dysfunction"),
    ("Left ankle dorsiflexion 3/5 since Monday. Never had leg weakness before the fall.", "motor_weakness"),
])
def test_past_denial_beside_present_sign_is_no_denial(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}


@pytest.mark.parametrize("text, code, expected", [
    # no present sign: the denial stands, whatever its time words
    ("No prior urinary problems.", "bladder_dysfunction", {"absent"}),
    ("No history of incontinence. Voiding fine.", "bladder_dysfunction", {"absent"}),
    ("Right leg pain for 3 weeks. No back pain before this.", "low_back_pain", {"absent"}),
    # a current denial of another kind beside the sign is read as before (not a past denial)
    ("Urinary retention since last night. No incontinence.", "bladder_dysfunction",
     {"present", "absent"}),
    # 'before bed' is a time of day, not the past
    ("Retaining urine, PVR 500 mL. No urinary urgency before bed.", "bladder_dysfunction",
     {"present", "absent"}),
])
def test_current_denials_stand(assertions_of, text, code, expected):
    assert assertions_of(text, code) == expected


# --- an addendum is its own section, not the Plan it follows ---

ADDENDUM_NOTE = ("Office note\nLow back and left leg pain for 5 weeks.\n"
                 "Exam: strength 5/5 throughout. Reflexes 2+.\nPlan: start PT.\n\n"
                 "{header} On re-examination the left ankle plantarflexion is 4/5 and the"
                 " left Achilles reflex is absent.\n")


def _sections_of(findings_of, text, code):
    result = findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))[1]
    return {(f.assertion, e.section) for f in result.findings if f.code == code
            for e in f.evidence}


@pytest.mark.parametrize("header", [
    "ADDENDUM 11/27/2026 16:40:", "Addendum:", "ADDENDUM", "Late entry 11/27/2026:",
    "Addendum by Dr. Okafor 11/28/2026:", "Physician addendum -",
])
def test_addendum_is_not_the_plan(findings_of, header):
    found = _sections_of(findings_of, ADDENDUM_NOTE.format(header=header), "motor_weakness")
    assert ("present", "addendum") in found
    assert all(section != "plan" for _, section in found)


def test_plan_without_addendum_header_stays_plan(findings_of):
    # the same words run on under the Plan with no heading of their own: still the Plan
    note = ADDENDUM_NOTE.format(header="Also:").replace("\n\nAlso:", "")
    found = _sections_of(findings_of, note, "motor_weakness")
    assert ("present", "plan") in found and ("present", "addendum") not in found


# --- a clinic's title line with the visit date is no operation ---

@pytest.mark.parametrize("title", ["Spine surgery 11/27/2026", "Back surgery 11/27/26"])
def test_title_line_is_no_operation(assertions_of, title):
    text = f"{title}\nRight ankle dorsiflexion 2/5 since yesterday, acute right foot drop.\n"
    assert assertions_of(text, "prior_spine_surgery") == set()
    assert assertions_of(text, "recent_spinal_procedure") == set()


@pytest.mark.parametrize("text", [
    "Right ankle dorsiflexion 4/5.\nSpine surgery 03/14/2019\n",
    "Spine surgery 11/20/2026: L5-S1 microdiscectomy.\nIncision clean.\n",
    "Spine surgery 06/2019\nRight ankle dorsiflexion 4/5.\n",
    "PSH: spine surgery 2015.\n",
])
def test_operation_lines_stay_operations(assertions_of, text):
    assert assertions_of(text, "prior_spine_surgery") == {"present"}


# --- a grade the note says the effort held back (pain) is no true weakness ---

@pytest.mark.parametrize("text", [
    "Right knee extension 4/5, effort limited by knee pain; otherwise 5/5.",
    "Hip flexion 4-/5 on the left, effort limited due to groin pain.",
    "L shoulder abduction 4/5, efforts inhibited by pain in the shoulder.",
])
def test_effort_limited_by_pain_is_no_weakness(assertions_of, text):
    assert "present" not in assertions_of(text, "motor_weakness")


@pytest.mark.parametrize("text, expected", [
    # pain named without the effort: the grade stands (dev d185's quadriceps 3/5)
    ("Left quadriceps 3/5 (limited by pain).", {"present"}),
    ("Right EHL 4/5, full effort despite the pain.", {"present"}),
    ("Right EHL 4/5. Sitting tolerance limited by back pain.", {"present"}),
    # a normal grade with the same words stays normal, not turned into weakness
    ("Strength 5/5 in both legs, effort limited by back pain.", {"absent"}),
])
def test_grades_without_held_back_effort_stand(assertions_of, text, expected):
    assert assertions_of(text, "motor_weakness") == expected


# --- an exam without an 'Exam:' label: a history line naming PT is no therapist's title ---

@pytest.mark.parametrize("text", [
    "Spine clinic follow-up\n61 yo F, L5-S1 protrusion on MRI 2025, treated with PT and"
    " meloxicam over the summer.\nRight EHL 3/5 today, was 4/5 last week.\n",
    "Clinic note\nPt here for worsening right foot weakness.\nRight ankle dorsiflexion 3/5.\n",
])
def test_graded_exam_in_clinic_note_is_in_person(assertions_of, text):
    assert assertions_of(text, "in_person_exam") == {"present"}


@pytest.mark.parametrize("text", [
    "PT Progress Note - visit 8\nRight EHL 4/5, hip flexion 5/5.\n",
    "Outpatient Physical Therapy\nDaily note\nRight ankle dorsiflexion 4/5.\n",
])
def test_therapist_note_grades_are_no_provider_exam(assertions_of, text):
    assert assertions_of(text, "in_person_exam") == set()


# --- small values: an unaware leak is no denial of what follows; a course's unchanged pain ---

@pytest.mark.parametrize("text", [
    "She is leaking urine without knowing it and numb when wiping.",
    "He dribbles urine without realizing it and has a numb saddle area.",
])
def test_without_knowing_denies_nothing_after(assertions_of, text):
    assert assertions_of(text, "saddle_anesthesia") == {"present"}


def test_without_still_denies_a_finding(assertions_of):
    assert assertions_of("Back pain without numbness when wiping.", "saddle_anesthesia") == {
        "absent"}


def _course_of(findings_of, text):
    result = findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))[1]
    values = [f.value for f in result.findings if f.code == "physical_therapy"]
    assert len(values) == 1
    return values[0].outcome


@pytest.mark.parametrize("text, outcome", [
    ("Did physical therapy twice a week from 08/25 to 10/06 without any change.", "failed"),
    ("PT 8/24/26 - 10/5/26: back pain 6/10 -> 6/10.", "failed"),
    ("PT 8/24/26 - 10/5/26: back pain 6/10 -> 7/10 by discharge.", "failed"),
    # look-alike: halved by the course
    ("PT 8/24/26 - 10/5/26: back pain 8/10 -> 3/10.", "improved"),
])
def test_course_outcome_from_words_and_scores(findings_of, text, outcome):
    assert _course_of(findings_of, text) == outcome
