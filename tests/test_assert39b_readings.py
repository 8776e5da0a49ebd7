"""Readings of treatments, studies and red-flag codes (session 39, assert39b). Each fix in
other words, and near-misses that keep their old reading.

1. An A/P problem line headed "Pain:" lists the pain medicines in force (an admitted or
   monitored patient's orders): present, unless a plan cue of its own ("add", "start") or a
   semicolon ends it; "Nighttime pain: no" and "Pain: no NSAIDs" keep their denials.
2. A low maintenance prednisone dose written without its unit ("prednisone 7.5 daily",
   "Meds: ..., prednisone 5, ...") is immunosuppression, not a course for the spine; a
   course ("prednisone 40 daily x 5 days") stays an oral steroid.
3. Dynamic films that show no motion ("no dynamic motion", "does not change on
   flexion/extension", "no change w/ flex/ext", "no motion across C5-6") deny instability;
   an exam's "pain does not change with flexion" is no film.
4. "No electrodiagnostic evidence of a right cervical radiculopathy" (an article, a side or
   a level between) denies the EMG's radiculopathy; a denied nerve neuropathy does not.
5. A weight measured and called the same ("weight 71.2 kg, stable", "Wt 212 lb (stable from
   June)", "weight 182, same as before", "weight is steady", 'Weight "about the same"')
   denies weight loss; a weight given with a loss stays a loss.
"""

import pytest

from note_text import section_note as _note


def _inpatient(lines):
    return "Hospital day 3 progress note 11/27/2026\nAssessment/Plan:\n" + "\n".join(lines) + "\n"


# 1. "Pain:" in an A/P lists the medicines in force

@pytest.mark.parametrize("line, code", [
    ("5. Pain: hydromorphone 0.2 mg IV q3h prn, acetaminophen 975 mg q8h.", "analgesic"),
    ("2. Pain: tramadol 50 mg q6h prn, lidocaine patch.", "analgesic"),
    ("3. Pain: celecoxib 100 mg BID, oxycodone 5 mg q4h prn.", "nsaid"),
])
def test_a_pain_problem_line_lists_medicines_in_force(assertions_of, line, code):
    text = _inpatient(["1. L3-4 discitis - cefazolin IV.", line])
    assert assertions_of(text, code) == {"present"}


def test_a_pain_line_with_a_plan_cue_or_after_a_semicolon_stays_planned(assertions_of):
    text = _inpatient(["3. Pain: APAP 650 mg TID; add naproxen 250 mg BID once cultures are back."])
    assert assertions_of(text, "nsaid") == {"hypothetical"}
    text = _inpatient(["3. Pain: start meloxicam 7.5 mg daily tomorrow."])
    assert assertions_of(text, "nsaid") == {"hypothetical"}


def test_a_pain_field_answered_no_keeps_its_denial(assertions_of):
    assert assertions_of(_note("Leg gives way on stairs. Night pain: no. Fever: no.", "ROS"),
                         "night_pain") == {"absent"}
    text = _inpatient(["4. Pain: no NSAIDs given CKD 4."])
    assert assertions_of(text, "nsaid") == {"absent"}


# 2. a maintenance prednisone dose without its unit

@pytest.mark.parametrize("body", [
    "Meds: prednisone 5 daily, alendronate 70 weekly, vitamin D.",
    "Meds: tamsulosin, abiraterone 1000, prednisone 5, atorvastatin.",
    "Current meds: prednisolone 7.5, calcium, metoprolol.",
])
def test_a_low_unitless_prednisone_dose_is_maintenance(assertions_of, body):
    text = _note(body, "Medications")
    assert assertions_of(text, "immunosuppression") == {"present"}
    assert assertions_of(text, "oral_steroid") == set()


@pytest.mark.parametrize("body, expected", [
    ("prednisone 40 daily x 5 days, then stop.", {"hypothetical"}),
    ("prednisone taper 10, 7.5, 5 mg over 9 days.", {"hypothetical"}),
])
def test_a_steroid_course_stays_an_oral_steroid(assertions_of, body, expected):
    assert assertions_of(_note(body, "Plan"), "oral_steroid") == expected


# 3. dynamic films without motion

@pytest.mark.parametrize("body", [
    "Flexion/extension XR today: grade 1 L3-4 anterolisthesis 3 mm, no dynamic motion.",
    "XR C-spine: 2 mm anterolisthesis of C3 on C4 that does not\nchange on flexion/extension views.",
    "XR L-spine: the slip did not change between flexion and extension.",
    "XR: grade I L5-S1 anterolisthesis 3 mm, no change w/ flex/ext. No fracture.",
    "Post-op films: cage and screws intact, no motion across L4-5.",
    "Flex/ext films: fused. No motion between spinous processes on flex/ext.",
])
def test_dynamic_films_without_motion_deny_instability(assertions_of, body):
    assert assertions_of(_note(body, "Imaging"), "flexion_extension_instability") == {"absent"}


@pytest.mark.parametrize("body", [
    "Lumbar flexion 60 deg; pain does not change with flexion. No change between the two visits.",
    "Pain no better, no change w/ PT or ice.",
])
def test_no_change_elsewhere_is_no_film(assertions_of, body):
    assert assertions_of(_note(body, "Exam"), "flexion_extension_instability") == set()


# 4. a denied root on EMG with an article, a side or a level between

@pytest.mark.parametrize("body", [
    "EMG/NCS 11/20: 1. Mild L median neuropathy at the wrist. 2. No electrodiagnostic evidence of a left cervical radiculopathy.",
    "EMG 11/20: No electrodiagnostic evidence of R C6 or other cervical radiculopathy.",
    "EMG 11/20: No electrodiagnostic\nevidence of a L lumbosacral radiculopathy or plexopathy.",
])
def test_an_emg_denying_the_root_denies_an_abnormal_emg(assertions_of, body):
    text = _note(body, "Studies")
    assert assertions_of(text, "abnormal_emg") == {"absent"}
    assert assertions_of(text, "radiculopathy") == {"absent"}


def test_a_denied_nerve_neuropathy_is_no_denied_root(assertions_of):
    body = "EMG 11/20: 2. No electrodiagnostic evidence of L ulnar neuropathy at the elbow."
    assert "absent" not in assertions_of(_note(body, "Studies"), "abnormal_emg")


# 5. a weight measured the same

@pytest.mark.parametrize("body", [
    "Appetite fine; weight 66.4 kg, stable from 66.0 kg in July.",
    "Vitals: BP 130/80, Wt 198 lb (stable from September).",
    "Her weight is 58.1 kg, the same as in the spring.",
    "Weight 171, same as in June.",
    "No chills; appetite and weight are steady.",
    'Weight "about the same" per her.',
])
def test_a_weight_measured_the_same_denies_weight_loss(assertions_of, body):
    assert assertions_of(_note(body), "unexplained_weight_loss") == {"absent"}


def test_a_weight_given_with_a_loss_stays_a_loss(assertions_of):
    body = "Lost 14 lb since August without trying; weight 150 lb today, down from 164."
    assert assertions_of(_note(body), "unexplained_weight_loss") == {"present"}
