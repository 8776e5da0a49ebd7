"""Exam and sign readings from session 46's blind batch (e761-e800), mend46b.

- A heel or toe walk called weak grades the ankle muscles: motor_weakness, not a gait
  disorder (dev gold: 28 spans motor_weakness, 6 gait); a heel walk that is difficult or a
  tandem gait that is unsteady stays a gait finding.
- "trouble w/ buttons" is the hand-function screen as "trouble with buttons" is.
- "leg stiffness/imbalance": imbalance the second of a slashed pair.
- "decline in strength or sensation" names both a motor and a sensory loss.
- An arrow to a message the patient is to send ("-> text me") closes a precaution as
  "-> call" does.
- "gradual return of ... numb foot" is a recurrence, not a return precaution.
- "No point racing on a leg that goes numb" denies the point, not the numbness.
- "the sciatic nerve might be pinched" (a pinched nerve suggested) is radicular_pain possible.
- "numbness improving since the bars were raised": the clause of time has its own subject;
  "was raised" weighs no diagnosis there.
"""

import pytest

EXAM = "HPI: Low back pain with R leg pain for 8 weeks.\nExam: {}\n"
PLAN = "HPI: Low back pain for 3 weeks.\nPlan: {}\n"


@pytest.mark.parametrize("text, code, assertion", [
    ("Heel walk weak on the R; toe walk fine.", "motor_weakness", "present"),
    ("Gait antalgic, weak heel-walk on L.", "motor_weakness", "present"),
    ("Toe walking is weaker on the left.", "motor_weakness", "present"),
    ("Tandem gait unsteady after three steps.", "gait_abnormality", "present"),
    ("Heel walk difficult on L.", "gait_abnormality", "present"),
])
def test_heel_and_toe_walks(findings_of, text, code, assertion):
    table, _ = findings_of(EXAM.format(text))
    assert assertion in table.get(code, set())


def test_a_weak_heel_walk_is_no_gait_disorder(findings_of):
    table, _ = findings_of(EXAM.format("Heel walk weak on the R; toe walk fine. Reflexes 2+."))
    assert "present" not in table.get("gait_abnormality", set())


@pytest.mark.parametrize("text, code, assertion", [
    ("ROS: Denies R arm sx, gait change, trouble w/ buttons, bladder sx.", "myelopathy_signs", "absent"),
    ("Call if pain worsens or new leg numbness/imbalance.", "gait_abnormality", "hypothetical"),
    ("Page the on-call team for any further decline in strength or sensation.", "motor_weakness",
     "hypothetical"),
    ("Page the on-call team for any further decline in strength or sensation.",
     "dermatomal_sensory_loss", "hypothetical"),
    ("Reviewed with his daughter: any leg weakness, numbness, trouble passing urine -> text me "
     "and go to the ED.", "paresthesia", "hypothetical"),
    ("Reviewed with his daughter: any leg weakness, numbness, trouble passing urine -> text me "
     "and go to the ED.", "motor_weakness", "hypothetical"),
])
def test_plan_and_screen_wordings(findings_of, text, code, assertion):
    table, _ = findings_of(PLAN.format(text))
    assert table.get(code) == {assertion}


@pytest.mark.parametrize("text", [
    "HPI: Since May a slow return of the L calf pain, numb lateral L foot.",
    "Message from coach: no point running the marathon on a leg that keeps going numb.",
    "Phone: pt reports the numbness slowly improving since the handlebars were raised.",
])
def test_the_numbness_is_the_patients_now(findings_of, text):
    table, _ = findings_of(text + "\n")
    assert table.get("paresthesia") == {"present"}


def test_a_weighed_diagnosis_still_reads_possible(findings_of):
    table, _ = findings_of("A: Mechanical back pain. L5 radiculopathy was considered.\n")
    assert table.get("radiculopathy") == {"possible"}


def test_a_pinched_sciatic_nerve_suggested_is_possible(findings_of):
    table, _ = findings_of('HPI: Her coach told her the "sciatic nerve might be pinched"; '
                           'she has no pain below the buttock.\nHEP: sciatic nerve glides daily.\n')
    assert "possible" in table.get("radicular_pain", set())
