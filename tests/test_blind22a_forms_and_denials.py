"""Blind batch d675-d686 (session 22).

d678: an intake form's red-flag grid answered in boxes after each item ("Leg weakness [N]  Groin
numbness [N]  ...  History of cancer [N]") read every alarm present: false met under three
guidelines and a false urgent. A box holding the answer N / No denies its item, on either side
of it, as an empty box does; a box answered Y says nothing new.

d684: "There is nothing today to suggest recurrent cauda equina syndrome or a recurrent disc
herniation" read the CES present (urgent, met). "nothing ... to suggest / to indicate / points
to / concerning for" denies what follows it, while a "nothing" that opens another clause
("Nothing has helped and the exam points to ...") denies nothing.
"""

import pytest


@pytest.mark.parametrize("line, absent, present", [
    # d678's grid: every answer N, boxes after the items, the line ends with a box
    ("Red flag screen (pt intake form): Numbness/tingling in legs [N]  Leg weakness [N]  "
     "Loss of bladder/bowel control [N]  Groin numbness [N]  Fever/chills [N]  History of cancer [N]",
     {"paresthesia", "motor_weakness", "bladder_dysfunction", "bowel_dysfunction",
      "saddle_anesthesia", "fever", "malignancy"}, set()),
    # fresh wordings: a mixed grid, "[No]" written out, parentheses for boxes
    ("Screening questions: Fevers [Y]   Weakness of the legs [N]   Saddle numbness [No]",
     {"motor_weakness", "saddle_anesthesia"}, {"fever"}),
    ("Intake: Night sweats or fever (N)   Weakness in the legs (No)", {"fever", "motor_weakness"},
     set()),
    # the answer box before its item
    ("Red flags: [N] Fever  [Y] Leg weakness  [N] Urinary retention",
     {"fever", "bladder_dysfunction"}, {"motor_weakness"}),
])
def test_a_box_answered_no_denies_its_item(findings_of, line, absent, present):
    table, _ = findings_of("Chiropractic intake 11/10/2026\nCC: low back pain after lifting.\n"
                           + line + "\nExam: SLR neg.\n")
    for code in absent:
        assert table.get(code) == {"absent"}, code
    for code in present:
        assert table.get(code) == {"present"}, code


def test_the_grid_closing_its_line_with_a_semicolon_keeps_its_layout(findings_of):
    # cleaning ends a form line with ";" - the first item's box still answers it
    table, _ = findings_of("Intake\nROS: Tingling in feet [N]  Leg weakness [N];\nPlan: PT.\n")
    assert table.get("paresthesia") == {"absent"}
    assert table.get("motor_weakness") == {"absent"}


@pytest.mark.parametrize("text", [
    "Fever (n=2 episodes this week), leg weakness on the left.",
    "Saddle numbness (no change since 2019).",
])
def test_no_box_no_denial(findings_of, text):
    # look-alikes: a count or a remark in parentheses is no answer box
    table, _ = findings_of(text)
    assert "absent" not in set().union(*table.values())


@pytest.mark.parametrize("sentence, code", [
    ("There is nothing today to suggest recurrent cauda equina syndrome or a recurrent disc "
     "herniation.", "cauda_equina_syndrome"),
    ("There is nothing today to suggest recurrent cauda equina syndrome or a recurrent disc "
     "herniation.", "disc_herniation"),
    ("Nothing on exam to suggest cauda equina syndrome.", "cauda_equina_syndrome"),
    ("Nothing in his history points to cauda equina syndrome.", "cauda_equina_syndrome"),
    ("Nothing about this presentation is concerning for cauda equina syndrome.",
     "cauda_equina_syndrome"),
    ("Nothing in the exam or history to indicate a spinal infection.", "spinal_infection"),
])
def test_nothing_to_suggest_denies(assertions_of, sentence, code):
    assert assertions_of("IMPRESSION: Lumbar strain. " + sentence, code) == {"absent"}


@pytest.mark.parametrize("sentence, code, want", [
    # "nothing" opening another clause denies nothing after the conjunction
    ("Nothing has helped and the exam points to cauda equina syndrome.",
     "cauda_equina_syndrome", {"present"}),
    ("Nothing concerning on exam. Strength 4/5 L EHL.", "motor_weakness", {"present"}),
    ("Saddle anesthesia and retention today, concerning for cauda equina syndrome.",
     "cauda_equina_syndrome", {"possible"}),
])
def test_look_alikes_keep_their_reading(assertions_of, sentence, code, want):
    assert assertions_of(sentence, code) == want


def test_d684_like_note_is_not_urgent(review_note):
    note = ("PM&R consult 11/20/2026\n57M with cauda equina syndrome in 2018 treated with emergency "
            "L4-5 laminectomy, full recovery. Now 3 weeks of right low back pain after lifting, "
            "no leg pain, no numbness, urinating normally.\nEXAM: Strength 5/5, reflexes 2+ "
            "symmetric, perianal sensation intact.\nIMPRESSION: Lumbar strain. There is nothing "
            "today to suggest recurrent cauda equina syndrome or a recurrent disc herniation.\n"
            "PLAN: Physical therapy.\n")
    result = review_note(note, age=57)
    assert result.priority == "routine"
    assert all(d.outcome != "met" for d in result.determinations)
