"""Session 25's short mend of readings the blind fixers left (dev d760, d851, d854, d861).

- An exam's normal finding with a bare "now" ("his neuro exam is intact now") is the exam at
  present: absent, not a deficit that recovered (historical). "back to" / "returned to" and a
  symptom's "now" ("sleeping through the night now") still put the limitation in the past.
- "with resolution of the arm pain" ends the symptom: historical; a partial, hoped-for or
  denied resolution does not.
- An activity modification judged against ("A soft collar is NOT recommended") is absent, as
  a treatment judged against already was (ANNOTATION "Declined or refused").
- "neg" after a study stops at a comma, as "negative" does: "CT neg, d/c w/ methocarbamol"
  denies no drug.
- An exercise programme that was progressed ("HEP issued at eval and progressed", "HEP
  progressed") is no symptom_progression; the symptoms' own progression beside it still is."""

import pytest

H, P, A = "historical", "present", "absent"

# (text, code, assertions that must be read, assertions that must not be)
READINGS = [
    # (1) an exam's normal with a bare "now" is the exam at present
    ("Febrile with thoracic pain; abscess must be ruled out even though her neuro exam is "
     "intact now.", "motor_weakness", {A}, {H}),
    ("Sensation to light touch intact now in both feet.", "dermatomal_sensory_loss", {A}, {H}),
    ("Strength is now 5/5 in the lower extremities.", "motor_weakness", {A}, {H}),
    ("Reflexes symmetric now at knees and ankles.", "reflex_abnormality", {A}, {H}),
    # look-alikes that keep the deficit or the symptom in the past
    ("Leg strength has returned to 5/5 since the discectomy.", "motor_weakness", {H}, set()),
    ("Sleeping through the night now (was up three times at intake).", "night_pain", {H}, set()),
    ("Strength 5/5 now (was 4/5 EHL at the initial eval).", "motor_weakness", {A, H}, set()),
    # (2) "with resolution of" ends the symptom
    ("Finished a steroid taper with complete resolution of the radiating leg pain.",
     "radicular_pain", {H}, {P}),
    ("Six weeks of therapy with resolution of the hand numbness.", "paresthesia", {H}, {P}),
    ("Radiculopathy treated with PT, with resolution of the arm pain.", "radicular_pain", {H}, {P}),
    # look-alikes: a resolution not reached
    ("Steroid taper with partial resolution of the radiating leg pain.", "radicular_pain",
     set(), {H}),
    ("Radiating arm pain; PT twice weekly until resolution of the arm pain.", "radicular_pain",
     set(), {H}),
    ("Steroid taper with resolution of the leg pain, but the back pain persists.",
     "low_back_pain", {P}, {H}),
    # (3) an activity modification judged against is absent
    ("Whiplash. A soft collar is NOT recommended.", "activity_modification", {A},
     {P, "hypothetical"}),
    ("Lumbar strain. Bed rest is not recommended.", "activity_modification", {A},
     {P, "hypothetical"}),
    ("Low back pain. A lumbar corset is not advised.", "activity_modification", {A}, {P}),
    # look-alikes: advice given is planned, not denied
    ("Whiplash. A soft collar recommended for comfort at night.", "activity_modification",
     {"hypothetical"}, {A}),
    ("Lumbar strain. Light duty recommended x 2 weeks.", "activity_modification",
     {"hypothetical"}, {A}),
    # (4) a study's "neg" stops at a comma
    ("ED: CT C-spine neg, d/c w/ methocarbamol.", "muscle_relaxant", {P}, {A}),
    ("Neck pain. Films neg, sent home with cyclobenzaprine 10 mg qhs.", "muscle_relaxant",
     {P}, {A}),
    ("Low back pain. UA neg, discharged on naproxen 500 mg BID.", "nsaid", {P}, {A}),
    # look-alikes that stay denied
    ("Exam: neg SLR bilaterally, gait normal.", "positive_straight_leg_raise", {A}, {P}),
    ("Neg for saddle anesthesia, urinary retention.", "bladder_dysfunction", {A}, {P}),
    ("ROS neg: fever, weight loss.", "fever", {A}, {P}),
    # (5) a programme progressed is no symptom_progression; the programme is still read
    ("Low back pain. HEP issued at eval and progressed.", "symptom_progression", set(), {P}),
    ("Low back pain. HEP issued at eval and progressed.", "home_exercise_program", {P}, set()),
    ("Low back pain. Home exercises reviewed, updated and progressed today.",
     "symptom_progression", set(), {P}),
    ("Neck pain. Stretching program progressed this week.", "symptom_progression", set(), {P}),
    ("Neck pain. HEP progressed to include chin tucks.", "symptom_progression", set(), {P}),
    # look-alikes: the symptoms progressed, beside a programme
    ("Back pain. Did his HEP daily but the leg pain progressed.", "symptom_progression",
     {P}, set()),
    ("Back pain. Stopped her exercises and the numbness progressed.", "symptom_progression",
     {P}, set()),
    ("Back pain. Did the exercises faithfully but progressed anyway.", "symptom_progression",
     {P}, set()),
    ("Back pain. Leg weakness has progressed over 2 weeks despite HEP.", "symptom_progression",
     {P}, set()),
]


@pytest.mark.parametrize("text, code, must, must_not", READINGS)
def test_reading(assertions_of, text, code, must, must_not):
    got = assertions_of(text, code)
    assert must <= got and not (must_not & got), got
