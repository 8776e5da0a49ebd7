"""Sameness and guarded worsening in the course of symptoms (session 23, fam23b).

ANNOTATION.md "Sameness denies progression" (session 22): "unchanged", "about the same",
"stable" said of the patient's symptoms, function or deficits is symptom_progression absent;
not of a study, a weight, a dose or a normal exam. The lexicon had the words but missed them
where:

- the sameness rule's span began on the deficit's own word ("grip weakness unchanged") and the
  two targets overlapped, so pruning dropped the sameness (and could drop the deficit): the
  span now starts after the deficit's word;
- a measured tolerance or score stands between the symptom and "unchanged" ("standing
  tolerance 30 min, unchanged", "6/10 on average, unchanged"), or the score is the same before
  and after ("arm pain 7/10 -> 7/10");
- an assessment lists a pain as stable ("Chronic mechanical LBP, stable");
- a reflex deficit is said unchanged in parentheses ("Achilles 1+ R (unchanged since surgery)"):
  absent, and the sameness does not hide the sign's old-course cue from the guidelines;
- "about the same all year", "no change in the character of the pain", "without meaningful
  change in pain".

"If anything worse" is a worsening said guardedly: its "if" opens no condition (present, not
hypothetical).
"""

import pytest


@pytest.mark.parametrize("text", [
    "HPI: Neck pain better with therapy; grip weakness unchanged.",
    "HPI: Right thumb numbness and wrist extension weakness unchanged since the injection.",
    "Exam: Left foot drop is unchanged.",
    "Therapy summary: sitting tolerance 15 minutes, unchanged.",
    "Therapy summary: walking distance limited to 2 blocks, unchanged.",
    "S: Low back pain, worse with bending, 5/10 on average, unchanged from intake.",
    "Outcome measures: neck pain 3/10 -> 2/10, left arm pain 6/10 -> 6/10.",
    "Assessment: 1. Chronic axial LBP, stable. 2. Hypertension.",
    "Impression: Chronic neck pain - stable, continue home exercises.",
    "Exam: Achilles 1+ L (unchanged since her surgery), 2+ R.",
    "Exam: Ankle jerks absent bilaterally (same as last year, attributed to neuropathy).",
    "HPI: The back pain has been about the same all winter.",
    "A: No change in the character of the leg pain since the injection.",
    "PT note: plateaued after 6 weeks without meaningful change in pain or function.",
])
def test_a_symptoms_sameness_denies_progression(assertions_of, text):
    assert assertions_of(text, "symptom_progression") == {"absent"}


@pytest.mark.parametrize("text, code", [
    # the sign or the score beside the sameness stays its own finding
    ("HPI: Neck pain better with therapy; grip weakness unchanged.", "motor_weakness"),
    ("Therapy summary: standing tolerance 20 min, unchanged.", "functional_impairment"),
    ("Outcome measures: left arm pain 8/10 -> 8/10.", "severe_pain"),
    ("Exam: Achilles 1+ L (unchanged since her surgery), 2+ R.", "reflex_abnormality"),
    ("Assessment: 1. Chronic axial LBP, stable. 2. Hypertension.", "low_back_pain"),
])
def test_the_finding_beside_a_sameness_is_kept(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}


@pytest.mark.parametrize("text", [
    # look-alikes that are no sameness of a symptom
    "Assessment: 2. Type 2 diabetes, stable. 3. Hypertension, stable.",
    "Vitals: weight 82 kg, unchanged.",
    "Therapy summary: floor-to-waist lift 20 lb, unchanged.",
    "Exam: Reflexes 2+ (unchanged), strength 5/5 bilaterally (unchanged).",
    "Meds: gabapentin dose stable, naproxen unchanged.",
    "Assessment: Severe low back pain, stable vital signs, afebrile.",
    "Outcome measures: low back pain 7/10 -> 4/10.",
])
def test_no_sameness_of_a_symptom_gives_no_absent(assertions_of, text):
    assert "absent" not in assertions_of(text, "symptom_progression")


@pytest.mark.parametrize("text", [
    'S: "The calf is no better - if anything worse since last week."',
    "HPI: Leg pain if anything a bit worse after the long drive.",
])
def test_if_anything_worse_is_a_worsening(assertions_of, text):
    assert assertions_of(text, "symptom_progression") == {"present"}


@pytest.mark.parametrize("text", [
    # a condition after "if" stays a condition
    "Plan: Return sooner if the weakness worsens.",
    "Plan: Call the clinic if the leg pain worsens or new numbness appears.",
])
def test_a_condition_of_worsening_stays_hypothetical(assertions_of, text):
    assert assertions_of(text, "symptom_progression") == {"hypothetical"}


@pytest.mark.parametrize("text, old", [
    # the sameness between the sign and its cue leaves the cue the sign's
    ("Exam: Achilles 1+ L (unchanged since her surgery), 2+ R.", True),
    ("Exam: Ankle jerk 0 L (same as pre-op), 2+ R.", True),
    # no cue: the sign is not called old; a worsening between them is no old course
    ("Exam: Achilles 1+ L (unchanged), 2+ R.", False),
    ("Exam: Achilles 1+ L, worse since her surgery.", False),
])
def test_a_sameness_does_not_hide_the_signs_old_course(findings_of, text, old):
    import datetime as dt

    from spinecite.rules.course import read_courses

    _, result = findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))
    reflexes = [f for f in result.findings
                if f.code == "reflex_abnormality" and f.assertion == "present"]
    assert reflexes
    courses = read_courses(result.findings, {"note": text}, {"note": dt.date(2026, 11, 27)},
                           dt.date(2026, 12, 1), frozenset({"reflex_abnormality"}))
    assert all((id(f) in courses.old) == old for f in reflexes)
