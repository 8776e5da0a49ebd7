"""Activity modification wordings with no target before session 49 (am49, corpora/dev/AM49.md).

1. An activity withheld for a stated time or until a clearance ("no deadlifts x 4 wks", "off
   roofing x 2 wks", "pause spin class for now", "no running until cleared", "stay off soccer and
   heavy lifting for now", "no driving until cleared"): a restriction (ANNOTATION "Advice in the
   Plan": given in today's Plan it is hypothetical; told as followed it is present). A bare "no
   driving x 4 wks" (a post-operative precaution) is not taken, nor a symptom's "no fever x 3 days".
2. Work paced by breaks named by their kind ("posture breaks at work every 30-45 min",
   "micro-breaks between patients", "workstation breaks", "20-20-20 breaks").
3. A job changed by the employer for the back ("her supervisor moved her to the mailroom",
   "switched to the prep station", "assigned to parts counter work"): in force, present.
   A hospital transfer ("transferred to the step-down unit") is no job change.
4. "No fall or injury, no lifting", "No injury, no fall, no heavy lifting": a denied onset, no
   restriction (as "No injury, no lifting" already read, mend29b).
"""

import pytest

from note_text import hpi_note, plan_note


# 1. an activity withheld for a time
@pytest.mark.parametrize("line", [
    "- Ibuprofen 600 mg TID with food. No squats x 3 wks.",
    "- Medrol dosepak. Off roofing x 10 days (work note).",
    "- Monitor height. Pause spin class for now.",
    "- No running until cleared by PT.",
    "- Stay off soccer and heavy lifting for now.",
    "- Hold deadlifts/heavy lifting until PT clears.",
    "- Fall risk discussed. No driving until cleared by neurosurgery.",
])
def test_an_activity_withheld_in_the_plan_is_planned(assertions_of, line):
    assert assertions_of(plan_note(line), "activity_modification") == {"hypothetical"}


def test_an_activity_withheld_and_followed_is_present(assertions_of):
    text = hpi_note("Neck pain 3 wks. Coach has kept her off climbing until the PT clears her.")
    assert assertions_of(text, "activity_modification") == {"present"}


@pytest.mark.parametrize("body", [
    "Sternotomy 10/30. No driving x 4 wks per cardiac surgery.",
    "Low back ache. No fever x 3 days, no chills.",
    "No improvement for 6 weeks despite naproxen.",
])
def test_a_precaution_or_a_symptom_with_a_time_is_no_restriction(assertions_of, body):
    assert assertions_of(hpi_note(body), "activity_modification") == set()


# 2. breaks named by their kind
@pytest.mark.parametrize("line", [
    "- Heat, posture breaks at work every 30-45 min.",
    "- Micro-breaks between clients; heat prn.",
    "- Gentle ROM handout given; workstation breaks.",
    "- Laptop riser and 20-20-20 breaks.",
])
def test_breaks_named_by_their_kind_are_advice(assertions_of, line):
    assert assertions_of(plan_note(line), "activity_modification") == {"hypothetical"}


# 3. a job changed by the employer
@pytest.mark.parametrize("body", [
    "Cannot bend to the low shelves; her supervisor moved her to the mailroom since 11/02.",
    "Unable to carry trays, switched to the prep station last month.",
    "Knee buckles on the stairs, so he has been assigned to parts counter work.",
])
def test_a_job_changed_for_the_back_is_in_force(assertions_of, body):
    assert assertions_of(hpi_note(body), "activity_modification") == {"present"}


def test_a_hospital_transfer_is_no_job_change(assertions_of):
    text = hpi_note("Admitted for pyelonephritis; transferred to the step-down unit overnight.")
    assert assertions_of(text, "activity_modification") == set()


# 4. a denied onset
@pytest.mark.parametrize("body", [
    "Pain started Monday for no reason. No fall or injury, no lifting.",
    "Wakes at 3 AM with the ache. No injury, no fall, no heavy lifting.",
])
def test_a_denied_lift_at_onset_is_no_restriction(assertions_of, body):
    assert assertions_of(hpi_note(body), "activity_modification") == set()


def test_a_lifting_restriction_stays(assertions_of):
    assert assertions_of(plan_note("- PT referral. No heavy lifting x 2 wks."),
                         "activity_modification") == {"hypothetical"}
