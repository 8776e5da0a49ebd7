"""Readings behind determinations, urgency and red flags (session 44, mend44d; the blind batch
e681-e720). Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. A scored form item answered zero ("M1620 bowel incontinence - 0", "urinary incontinence
   frequency: 0 - never") says the sphincter item is not there: absent, not present (the OASIS
   item that made a home-health case urgent and met three cauda-equina lines).
2. A home-health form's label naming a bladder/bowel checklist or program ("B&B checklist:",
   "Bowel/bladder program checklist (agency):") is no finding; its answers after the colon are.
3. "Bowel/bladder: no issues" answers the field: absent.
4. A retention the clause closes with the patient voiding on his own since is over: historical,
   not a current cauda-equina finding; today's retention beside an old "voiding on own since"
   stays present.
5. "Weight is same", "weight the same" tell the weight's sameness (absent), as "weight stable"
   does; "no weight lost" denies the loss told noun-first ("Weight lost: 6 kg" stays present).
"""

import pytest

from note_text import section_note as _note

SPHINCTER = ("bladder_dysfunction", "bowel_dysfunction")


# ---- 1. a form item scored zero ----------------------------------------------------------------

@pytest.mark.parametrize("body,code", [
    ("Elimination: M1620 bowel incontinence - 0. Last BM yesterday.", "bowel_dysfunction"),
    ("M1610 urinary incontinence - 0 (none); no catheter.", "bladder_dysfunction"),
    ("Bowel incontinence frequency: 0 - very rarely or never.", "bowel_dysfunction"),
])
def test_a_form_item_scored_zero_is_absent(assertions_of, body, code):
    assert assertions_of(_note(body, "Exam"), code) == {"absent"}


def test_a_form_item_scored_above_zero_stays_present(assertions_of):
    body = "Urinary incontinence - 2 episodes daily since Monday."
    assert "present" in assertions_of(_note(body, "Exam"), "bladder_dysfunction")


# ---- 2. a checklist's label ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "B&B checklist: toileting on his own, no catheter.",
    "Bowel/bladder program checklist (agency): urinal at bedside at night; no catheter.",
    "Bladder/bowel program: urinal by the bed for convenience.",
])
@pytest.mark.parametrize("code", SPHINCTER)
def test_a_checklist_label_is_no_finding(assertions_of, body, code):
    assert "present" not in assertions_of(_note(body, "Exam"), code)


def test_a_checklist_answer_is_still_read(assertions_of):
    body = "Bowel/bladder checklist: incontinent of urine x2 this week."
    assert "present" in assertions_of(_note(body, "Exam"), "bladder_dysfunction")


# ---- 3. a field answered "no issues" ---------------------------------------------------------

@pytest.mark.parametrize("code", SPHINCTER)
def test_a_field_answered_no_issues_is_absent(assertions_of, code):
    body = "Bowel/bladder: no issues; stool softener while on codeine."
    assert assertions_of(_note(body, "Exam"), code) == {"absent"}


# ---- 4. a retention closed by voiding on his own since ---------------------------------------

def test_a_retention_closed_by_voiding_on_own_since_is_historical(assertions_of):
    body = ("Foley placed after the hip surgery for urinary retention, removed 11/02, "
            "voiding on his own since. Bladder scan 40 mL today.")
    found = assertions_of(_note(body, "HPI"), "bladder_dysfunction")
    assert "historical" in found and "present" not in found


def test_todays_retention_beside_an_old_voiding_on_own_stays_present(assertions_of):
    body = "Urinary retention 700 mL on scan today; was voiding on own since surgery."
    assert "present" in assertions_of(_note(body, "HPI"), "bladder_dysfunction")


# ---- 5. the weight's sameness and a loss told noun-first -------------------------------------

@pytest.mark.parametrize("body", [
    "No fever, weight is same. No incontinence.",
    "No saddle numbness, no fever, no weight lost.",
    "Weight the same as at the last visit.",
])
def test_a_weight_the_same_or_no_weight_lost_is_absent(assertions_of, body):
    assert assertions_of(_note(body, "ROS"), "unexplained_weight_loss") == {"absent"}


def test_a_weight_lost_told_noun_first_stays_present(assertions_of):
    body = "Weight lost: 6 kg since August without trying."
    assert "present" in assertions_of(_note(body, "HPI"), "unexplained_weight_loss")
