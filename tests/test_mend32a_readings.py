"""Readings mended from the blind batch e201-e240 (session 32, mend32a), in other words.

- An exam or history copied from an earlier record is that record's picture (historical),
  also when its header says "NOT today's", when it names an old H&P or a pre-op record
  ("Pre-op findings (template, 05/2024 H&P):"), when its header line is long because it says
  what it was copied from, and when a sentence opens "Per chart (copied from 05/2024 note):".
- "Indication at the time:" after a past operation lists the picture that led to it.
- Alarms named after the instruction ("symptoms that should bring him to the ER (...)",
  "seek prompt care for any ...") are precautions: hypothetical.
- A relative set off by an apposition ("his cousin, a hockey player, was found to have") or
  named with an age ("dad (70) had") stays the subject of what follows: family.
- "numbness between legs", the article dropped, is the saddle.
"""

import pytest

DEFICITS = ("motor_weakness", "dermatomal_sensory_loss")


def _now(*lines):
    return ("HPI: Neck ache for 3 weeks after painting the hallway, 3/10, no arm symptoms.\n"
            + "".join(lines)
            + "\nExam: strength 5/5 throughout, sensation intact, reflexes 2+ symmetric.\n")


# --- copies of an earlier record --------------------------------------------------------

@pytest.mark.parametrize("copied", [
    "Earlier exam (copied from clinic visit 04/10/2024 - NOT today's):\n"
    "  R triceps 4/5, decreased sensation R middle finger.\n",
    "Pre-op findings for reference (template, 05/2024 H&P): R triceps 4/5, decreased "
    "sensation R middle finger.\n",
    "Pre-op template (carried forward from 05/2024 H&P, for reference only):\n"
    "  \"R triceps 4/5; decreased sensation R C7 dermatome.\"\n",
    "She worries about her old problem. Per chart (copied from 05/2024 note): \"R triceps "
    "4/5, decreased sensation R middle finger.\" No arm symptoms since.\n",
])
@pytest.mark.parametrize("code", DEFICITS)
def test_a_copied_earlier_record_is_historical(assertions_of, copied, code):
    assert assertions_of(_now(copied), code) == {"absent", "historical"}


@pytest.mark.parametrize("copied", [
    # near misses: a header that says the copy is today's, or a record of this episode's weeks
    "Exam (copied from today's intake 11/26/2026):\n"
    "  R triceps 4/5, decreased sensation R middle finger.\n",
    "Pre-op findings (template, 11/2026 H&P): R triceps 4/5, decreased sensation R middle "
    "finger.\n",
    "Per chart (copied from 11/20/2026 note): \"R triceps 4/5, decreased sensation R middle "
    "finger.\"\n",
])
@pytest.mark.parametrize("code", DEFICITS)
def test_a_copy_of_today_or_of_this_episode_stays_present(assertions_of, copied, code):
    assert "present" in assertions_of(_now(copied), code)


# --- the indication of a past operation -------------------------------------------------

def test_the_indication_at_the_time_of_a_past_operation_is_historical(assertions_of):
    text = ("Procedure: C6-7 ACDF 05/2024.\n"
            "Indication at the time: R C7 radiculopathy, R triceps 4/5, numb R middle finger, "
            "failed PT.\n\nHPI: neck ache 3 weeks, no arm symptoms. Exam: strength 5/5.\n")
    assert assertions_of(text, "motor_weakness") == {"absent", "historical"}
    assert assertions_of(text, "radiculopathy") == {"historical"}


def test_an_indication_without_the_time_stays_present(assertions_of):
    # near miss: the indication of the study asked for now
    text = ("HPI: neck and R arm pain 7 weeks.\n"
            "Indication: R C7 radiculopathy, R triceps 4/5, failed PT.\n")
    assert "present" in assertions_of(text, "motor_weakness")


# --- precautions told after the instruction ----------------------------------------------

@pytest.mark.parametrize("plan", [
    "Plan: no red flags today; we went over symptoms that should bring him to the ER (groin "
    "numbness, trouble passing urine).\n",
    "Plan: patient educated to seek prompt care for any bladder changes or groin numbness.\n",
    "Plan: told to seek urgent attention for loss of bladder control or numbness in the "
    "groin.\n",
])
@pytest.mark.parametrize("code", ["saddle_anesthesia", "bladder_dysfunction"])
def test_alarms_named_after_the_instruction_are_hypothetical(assertions_of, plan, code):
    text = "HPI: L buttock and leg pain for 6 weeks, shooting to the heel.\n" + plan
    assert assertions_of(text, code) == {"hypothetical"}


def test_a_symptom_that_brought_him_in_stays_present(assertions_of):
    # near miss: no modal - the symptom brought him, it is his
    text = ("HPI: Trouble passing urine since last night, which brought him to the ER; "
            "numbness in the groin.\n")
    assert "present" in assertions_of(text, "bladder_dysfunction")


# --- a relative named with an apposition --------------------------------------------------

@pytest.mark.parametrize("said,code", [
    ("His dad asked for a scan because his older cousin, a hockey player, was found to have "
     "cervical stenosis and had a fusion.", "spinal_stenosis"),
    ("She wants an MRI since her brother, a carpenter, had a herniated disc and needed "
     "surgery.", "disc_herniation"),
])
def test_a_relative_past_an_apposition_keeps_the_finding(assertions_of, said, code):
    text = "HPI: Neck stiffness for 10 days after a long drive. " + said + "\n"
    assert assertions_of(text, code) == {"family"}


def test_a_relative_who_noticed_the_patients_sign_leaves_it_his(assertions_of):
    # near miss: the relative, set off the same way, observes what the patient has
    text = ("HPI: Low back pain 3 weeks. Last week his wife, a nurse, noticed his foot drop "
            "on the stairs.\n")
    assert assertions_of(text, "foot_drop") == {"present"}


# --- numbness between the legs, the article dropped --------------------------------------

def test_numbness_between_legs_without_an_article_is_saddle(assertions_of):
    text = ("RN call: back pain flare 2 wk. Told to go to ED if unable to pee or numbness "
            "between legs.\n")
    assert assertions_of(text, "saddle_anesthesia") == {"hypothetical"}


def test_numbness_of_both_legs_is_no_saddle(assertions_of):
    # near miss: both legs numb is not the saddle
    text = "HPI: back pain 2 wk with numbness in both legs below the knees.\n"
    assert assertions_of(text, "saddle_anesthesia") == set()


# --- a relative named with an age in parentheses ------------------------------------------

def test_a_relative_with_an_age_in_parentheses_keeps_the_finding(assertions_of):
    text = ("HPI: Neck pain 4 weeks, improving. Main worry: dad (70) had \"neck surgery for cord "
            "compression\" 2022 -- had hand numbness for a year before dx; pt worried.\n")
    assert assertions_of(text, "paresthesia") == {"family"}


def test_a_relative_with_an_age_beside_the_patients_own_symptom(assertions_of):
    # near miss: the relative's clause ends; the patient's numbness that follows is his
    text = "HPI: Neck pain 4 weeks. Sister (52) has MS. Pt reports hand numbness for 2 weeks.\n"
    assert assertions_of(text, "paresthesia") == {"present"}
