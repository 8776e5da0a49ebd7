"""Readings mended after the blind batch d709-d718 (corpora/dev/ERRORS_d709-d718.md).

- A line headed by the first visit, named and dated ("Initial evaluation (10/02): ... R EHL
  4+/5"), gives that day's exam and scores: a weakness, a positive SLR or a pain score there is
  historical unless the note has it now (d714: a PT discharge's intake line read as a new
  deficit, NIA false met).
- A relative who steadies the patient ("holds her daughter's arm") is where the gait shows,
  not a relative's gait (d713).
- An osteoporotic fracture suspected in a patient with known osteoporosis does not make the
  osteoporosis itself doubtful (d713).
- A maintenance steroid ("maintained on prednisone", "prednisone 7.5 mg - no taper") is
  immunosuppression, not a steroid trial for the spine (d713).
- A symptom or score said worse ("his leg pain is worse (8/10)", "arm pain and NDI slightly
  worse") and a walking distance that shrank ("down from 4 blocks ... to 1 block") are
  symptom_progression (d716, d710, d718); an aggravating factor ("worse with sitting") is not.
- "Conservative care to date (...) has produced no measurable improvement" is the whole course
  failed (d710).
- A temperature threshold in a precaution ("if temp > 102") is a fever to come (d712).
- What the patient was discharged with after a study's denial ("CT negative for fracture,
  discharged with cyclobenzaprine and ibuprofen") is not denied (d715); a denied taper ("no
  taper during an acute fracture") denies the taper, not the fracture (d713).
- A form's checked normal box ("Gait: [x] normal", "Sensation: [x] intact", "SLR: [ ] positive R
  [ ] positive L [x] negative") denies the finding (d711).
Every sentence is written here, none copied from the corpus."""

import pytest


# --- the first visit's line: that day's exam -------------------------------------------------

DISCHARGE = ("PT DISCHARGE SUMMARY\n"
             "Dx: L L5 radiculopathy. Dates of care 09/08/2026 - 10/30/2026.\n"
             "{intake}\n"
             "Discharge (10/30): leg pain 1/10. SLR negative bilaterally. Strength 5/5 "
             "throughout. Back to full duty.\n"
             "Assessment: goals met. Plan: D/C to HEP.\n\n"
             "PCP 11/20/2026: radiculopathy resolved with PT. Mild morning back stiffness 2/10. "
             "Exam: strength 5/5 bilateral LE, reflexes 2+ and symmetric, SLR negative. "
             "Patient asks for an MRI to be safe; ordered at his request.\n")


@pytest.mark.parametrize("intake, want", [
    ("Initial evaluation (09/08): L calf pain 7/10, SLR + L at 45 deg, L EHL 4/5.", "not_met"),
    ("Initial eval 09/08/2026: L ankle dorsiflexion 4+/5, SLR positive on the L.", "not_met"),
    ("IE (09/08): L EHL 4/5, Achilles 1+ on the L.", "not_met"),
    # look-alike: the same weakness with no first-visit label is today's
    ("Exam: L calf pain 7/10, SLR + L at 45 deg, L EHL 4/5.", "met"),
])
def test_a_weakness_on_the_first_visits_line_is_no_new_deficit(review_under, intake, want):
    result = review_under(DISCHARGE.format(intake=intake), ["nia-lumbar-mri"], cpt="72148",
                          date="2026-11-20")
    assert result.determinations[0].outcome == want


@pytest.mark.parametrize("text, code, want", [
    ("PT discharge\nInitial evaluation (10/02): R calf pain 8/10, SLR + R at 40 deg, R EHL 4/5, "
     "unable to stand > 10 min.\nDischarge (11/20): leg pain 1/10. SLR negative. EHL 5/5.",
     "motor_weakness", {"historical", "absent"}),
    ("PT discharge\nInitial evaluation (10/02): R calf pain 8/10, SLR + R at 40 deg, R EHL 4/5, "
     "unable to stand > 10 min.\nDischarge (11/20): leg pain 1/10. SLR negative. EHL 5/5.",
     "positive_straight_leg_raise", {"historical", "absent"}),
    ("PT discharge\nInitial evaluation (10/02): R calf pain 8/10, SLR + R at 40 deg, R EHL 4/5, "
     "unable to stand > 10 min.\nDischarge (11/20): leg pain 1/10. SLR negative. EHL 5/5.",
     "severe_pain", {"historical"}),
    ("Progress note\nFirst visit (2026-10-02): antalgic gait, Achilles absent L.\n"
     "Today: gait normal, Achilles 2+ bilaterally.", "gait_abnormality",
     {"historical", "absent"}),
    # the same sign still there now: the intake line tells its course, present
    ("Progress note\nInitial eval on 10/02 - SLR + R at 35 deg.\nToday: SLR + R at 50 deg.",
     "positive_straight_leg_raise", {"present"}),
    ("Progress note\nFirst visit (2026-10-02): L EHL 4/5.\nNow: L EHL 3/5, worse.",
     "motor_weakness", {"present"}),
    # a symptom on the intake line is left to the note's course (a chronic pain goes on)
    ("Re-exam 11/20/2026\nInitial exam 09/15/2026: central low back pain since lifting a crate, "
     "6/10.\nRe-exam today: pain 6/10, unchanged. Assessment: chronic mechanical LBP.",
     "low_back_pain", {"present"}),
    # a bare date field names no finding: today's exam on another line stays present
    ("Exam today: L EHL 4/5, SLR + L at 40 deg.\nInitial eval: 10/02/2026     Visits: 8",
     "motor_weakness", {"present"}),
])
def test_first_visit_line(assertions_of, text, code, want):
    assert assertions_of(text, code) == want


# --- a steadying relative, known osteoporosis, a maintenance steroid -------------------------

@pytest.mark.parametrize("text, code, want", [
    ("Exam: gait slow and guarded, holds her daughter's arm. Midline tenderness at T10.",
     "gait_abnormality", {"present"}),
    ("Exam: antalgic gait, leaning on her husband's arm to walk in.", "gait_abnormality",
     {"present"}),
    ("Exam: shuffling gait, needs his son's help to stand.", "gait_abnormality", {"present"}),
    # look-alikes: a relative's own gait stays the relative's
    ("Her brother has a wide-based gait since his stroke.", "gait_abnormality", {"family"}),
    ("Known osteoporosis (T-score -3.1). New T11 wedge; I suspect an acute osteoporotic "
     "compression fracture.", "osteoporosis", {"present"}),
    # look-alike: no osteoporosis known, the osteoporotic cause stays suspected
    ("Fell from a ladder; T12 compression, possibly osteoporotic. No DEXA on file.",
     "osteoporosis", {"possible"}),
    ("RA since 2019, maintained on prednisone, currently 5 mg daily. Slipped on ice.",
     "oral_steroid", set()),
    ("RA since 2019, maintained on prednisone, currently 5 mg daily. Slipped on ice.",
     "immunosuppression", {"present"}),
    ("Plan: continue prednisone 7.5 mg - do not taper during the acute fracture.",
     "oral_steroid", set()),
    # look-alikes: a burst for the spine stays a steroid trial
    ("Plan: prednisone 40 mg daily x 5 days, no taper needed.", "oral_steroid",
     {"hypothetical"}),
    ("Medrol dose pack last month for the sciatica, no help.", "oral_steroid", {"present"}),
])
def test_relative_osteoporosis_steroid(assertions_of, text, code, want):
    assert assertions_of(text, code) == want


# --- worse, shrinking distances, a course that brought nothing, a fever threshold -------------

@pytest.mark.parametrize("text, code, want", [
    ("S: since yesterday his R leg pain is worse (7/10) and the L leg aches too.",
     "symptom_progression", {"present"}),
    ("A: no measurable gain; neck pain and NDI slightly worse.", "symptom_progression",
     {"present"}),
    ("Arm pain is somewhat worse this week.", "symptom_progression", {"present"}),
    ("HPI: walking distance down from 5 blocks last winter to 1 block now.",
     "symptom_progression", {"present"}),
    ("Standing tolerance has dropped from 30 minutes to 10 minutes.", "symptom_progression",
     {"present"}),
    # look-alikes: an aggravating factor, a denial, a condition, a gain
    ("Pain worse with sitting and bending.", "symptom_progression", set()),
    ("Pain is worse at the end of the day.", "symptom_progression", set()),
    ("Chiropractic x 3 visits, stopped, made pain worse.", "symptom_progression", set()),
    ("Call if the pain is worse.", "symptom_progression", {"hypothetical"}),
    ("Walking tolerance improved from 1 block to 5 blocks.", "symptom_progression", set()),
    ("Conservative care to date (manipulation, traction, naproxen) has produced no measurable "
     "improvement.", "conservative_care_failed", {"present"}),
    ("Conservative treatment so far has given little relief.", "conservative_care_failed",
     {"present"}),
    # look-alike: a course that helped
    ("Conservative care has produced good improvement; continue.", "conservative_care_failed",
     set()),
    ("Go to the ED tonight if temp > 102 or new leg weakness.", "fever", {"hypothetical"}),
    ("Call for a temperature over 101 or new numbness.", "fever", {"hypothetical"}),
    # look-alikes: a measured temperature
    ("T 38.9 today, wound draining.", "fever", {"present"}),
    ("Afebrile, temp 98.4.", "fever", {"absent"}),
])
def test_progression_course_fever(assertions_of, text, code, want):
    assert assertions_of(text, code) == want


# --- a denial's reach: "discharged with", "no taper" ------------------------------------------

@pytest.mark.parametrize("text, code, want", [
    ("Seen in the ED that night: CT negative for fracture, discharged with cyclobenzaprine "
     "10 mg qhs and ibuprofen.", "muscle_relaxant", {"present"}),
    ("Seen in the ED that night: CT negative for fracture, discharged with cyclobenzaprine "
     "10 mg qhs and ibuprofen.", "nsaid", {"present"}),
    ("Seen in the ED that night: CT negative for fracture, discharged with cyclobenzaprine "
     "10 mg qhs and ibuprofen.", "spinal_fracture", {"absent"}),
    ("X-ray without fracture, sent home on naproxen.", "nsaid", {"present"}),
    # look-alike: a denial inside what the patient left with still denies
    ("Discharged with no opioids; ibuprofen only.", "analgesic", {"absent"}),
    ("Plan: continue prednisone 7.5 mg - no taper during an acute fracture.", "spinal_fracture",
     set()),
    ("Do not taper the steroid while the compression fracture heals.", "spinal_fracture",
     {"present"}),
    # look-alike: a fracture denied on its own
    ("No fracture on CT; no taper needed for the short course.", "spinal_fracture", {"absent"}),
])
def test_denial_reach(assertions_of, text, code, want):
    assert assertions_of(text, code) == want


# --- a form's checked normal box ----------------------------------------------------------------

@pytest.mark.parametrize("text, code, want", [
    ("EXAM\nGait: [x] normal\nSensation: [x] intact LT bilat LE\n", "gait_abnormality",
     {"absent"}),
    ("EXAM\nGait: [x] normal\nSensation: [x] intact LT bilat LE\n", "dermatomal_sensory_loss",
     {"absent"}),
    ("EXAM\nSLR: [ ] positive R  [ ] positive L  [x] negative bilat\n",
     "positive_straight_leg_raise", {"absent"}),
    ("EXAM\nSensory: [ ] decreased  [x] WNL\n", "dermatomal_sensory_loss", {"absent"}),
    # look-alikes: the abnormal box checked
    ("EXAM\nGait: [ ] normal [x] antalgic\n", "gait_abnormality", {"present"}),
    ("EXAM\nSLR: [x] positive L  [ ] negative\n", "positive_straight_leg_raise", {"present"}),
])
def test_checked_normal_box(assertions_of, text, code, want):
    assert assertions_of(text, code) == want
