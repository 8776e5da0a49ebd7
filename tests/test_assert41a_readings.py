"""Readings of the treatment codes (session 41, assert41a). Each fix in other words, and
near-misses that keep their old reading.

1. A stop said right at a treatment in a Plan ("D/C skilled PT", "Discontinue CMT pending
   imaging", "d/c PT, return to referring MD", "Discontinue cyclobenzaprine (sedation)") says
   the course was had: present (ANNOTATION "Therapy status": a medicine stopped was tried),
   whatever plan cue reaches it. A discharge of the patient ("D/C home with outpatient PT"),
   a course still to start and a program the stop does not name keep their planned reading.
2. An injection the note counts the time since ("fever and back pain 3 weeks after L4-5 ESI",
   "11 days after an L4-5 epidural injection") was given, in an Assessment/Plan too; a visit or
   a condition still to come after an injection ("RTC 4 wks post injection", "If no better 2
   weeks after the injection", "Off work until re-check 2 weeks after injection") does not
   make a planned injection given.
3. The back's pain in lay words ("a sore back", "threw out his back", "threw his back out")
   is low back pain, read as the note puts it: an episode that went away ("a sore back after
   moving apartments in 2021 that went away in a week", '"threw out back" 2019, resolved') is
   historical; a sore back now is present. A sore shoulder or a sore upper back is not it.
4. A treatment with "continue" after it, ending its clause ("HEP continue.", "Tylenol
   continue, add ibuprofen"), is kept up: present, as "Continue HEP" is; a treatment started
   beside a continued one stays planned.
"""

import pytest


def _note(body, section="Plan"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


# 1. a stop said at the treatment

@pytest.mark.parametrize("body, code", [
    ("D/C skilled PT - recommend MD f/u re: imaging / spine referral.", "physical_therapy"),
    ("d/c PT, return to referring MD for work-up.", "physical_therapy"),
    ("1. Discontinue CMT to the lumbar spine pending MRI. 2. Order MRI.", "chiropractic_care"),
    ("Discontinue chiropractic care. Refer back to PCP.", "chiropractic_care"),
    ("Discontinue cyclobenzaprine (too sedating). Continue walking.", "muscle_relaxant"),
])
def test_a_treatment_stopped_in_the_plan_was_had(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


@pytest.mark.parametrize("body, code", [
    ("D/C home with outpatient PT 2x/wk x 6 wks.", "physical_therapy"),
    ("D/C home tomorrow; home health PT eval.", "physical_therapy"),
    ("Start PT 2x/wk x 6 wks (referral placed).", "physical_therapy"),
    ("Anticipate D/C to HEP after 2 more visits.", "home_exercise_program"),
])
def test_a_discharge_or_a_start_to_come_stays_planned(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"hypothetical"}


# 2. an injection counted from

@pytest.mark.parametrize("body, section", [
    ("1. Fever and severe focal low back pain 3 weeks after L4-5 ESI in a diabetic - concern "
     "for epidural abscess.", "Assessment/Plan"),
    ("Leukocytosis and rising CRP 11 days after an L4-5 epidural injection - concern for "
     "discitis.", "A/P"),
    ("Fever 2 wks after ILESI. MRI with contrast today.", "Assessment/Plan"),
])
def test_an_injection_counted_from_was_given(assertions_of, body, section):
    assert assertions_of(_note(body, section), "epidural_steroid_injection") == {"present"}


@pytest.mark.parametrize("body", [
    "L L5-S1 TFESI scheduled 12/10. RTC 4 wks post injection.",
    "R L5 TFESI. If no better 2 weeks after the injection, surgical consult.",
    "R L5 TFESI. Off work until re-check 2 weeks after injection.",
])
def test_a_visit_after_a_planned_injection_keeps_it_planned(assertions_of, body):
    assert assertions_of(_note(body), "epidural_steroid_injection") == {"hypothetical"}


# 3. the back's pain in lay words

@pytest.mark.parametrize("body, section", [
    ("No previous back problems except a sore back after a house move in 2020 that went away "
     "in a week.", "HPI"),
    ('"Threw out back" 2018, resolved with 2 chiropractic visits.', "Past hx"),
    ("He played hockey in college and always had a sore back then.", "HPI"),
])
def test_a_sore_back_that_went_away_is_historical(assertions_of, body, section):
    assert assertions_of(_note(body, section), "low_back_pain") == {"historical"}


@pytest.mark.parametrize("body", [
    "Sore back since lifting a couch on Saturday, 6/10.",
    "She threw her back out gardening 3 days ago.",
])
def test_a_sore_back_now_is_present(assertions_of, body):
    assert assertions_of(_note(body, "HPI"), "low_back_pain") == {"present"}


@pytest.mark.parametrize("body", [
    "Sore shoulder after painting the ceiling; no neck pain.",
    "She threw out the old mattress last week.",
])
def test_other_soreness_is_no_back_pain(assertions_of, body):
    assert assertions_of(_note(body, "HPI"), "low_back_pain") == set()


# 4. a treatment with "continue" after it

@pytest.mark.parametrize("body, code", [
    ("Continue meloxicam. HEP continue. Recheck in 4 wks.", "home_exercise_program"),
    ("Call for new leg weakness. Tylenol continue, add naproxen 500 bid.", "analgesic"),
    ("Chiro continue; MRI if no better.", "chiropractic_care"),
])
def test_a_treatment_with_continue_after_it_is_kept_up(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


@pytest.mark.parametrize("body, code", [
    ("Start HEP. Continue naproxen.", "home_exercise_program"),
    ("Add gabapentin 100 qhs; continue, if tolerated, to 300 qhs.", "neuropathic_agent"),
])
def test_a_treatment_started_beside_a_continued_one_stays_planned(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"hypothetical"}
