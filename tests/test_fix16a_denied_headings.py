"""A denial written as a heading over a list ("Patient denies:" then bulleted items,
"PERTINENT NEGATIVES" then one item a line) denies every item, up to the list's end: a
blank line, a new label, a line that affirms something, or a line no longer bulleted."""
import pytest

RED_FLAGS = ("bladder_dysfunction", "bowel_dysfunction", "saddle_anesthesia")


@pytest.mark.parametrize("text", [
    "Pt denies:\n- new urinary retention\n- fecal incontinence\n- numbness in the saddle area",
    "The patient denies the following:\n1) trouble emptying her bladder\n"
    "2) loss of bowel control\n3) groin numbness",
    "Negative:\nurinary retention\nbowel incontinence\nsaddle anesthesia\n\nPlan: PT.",
    "PERTINENT NEGATIVES\nSaddle anesthesia\nBowel incontinence\nUrinary retention",
    "HPI: lifting injury 10 days ago.\nPertinent negatives:\n* saddle numbness\n"
    "* bowel incontinence\n* urinary retention\nExam: SLR negative.",
])
def test_every_item_under_a_denial_heading_is_absent(assertions_of, text):
    for code in RED_FLAGS:
        assert assertions_of(text, code) == {"absent"}, code


def test_inline_pertinent_negatives_deny_the_list(assertions_of):
    text = "Pertinent negatives: fever, saddle anesthesia, urinary retention."
    for code in ("fever", "saddle_anesthesia", "bladder_dysfunction"):
        assert assertions_of(text, code) == {"absent"}, code


@pytest.mark.parametrize("text, code", [
    # a blank line ends the list
    ("Pt denies:\n- fever\n\nUrinary retention since Tuesday, PVR 600 mL.",
     "bladder_dysfunction"),
    # a new label ends it
    ("Denies:\n- fever\nExam: left EHL 4/5.", "motor_weakness"),
    # a line that affirms is no item of the denial
    ("Negative:\n- fever\n- urinary retention present since Monday", "bladder_dysfunction"),
    # a bulleted list ends at the first line without a bullet
    ("Pt denies:\n* fever\nWeakness of the left ankle dorsiflexors 4/5", "motor_weakness"),
    # positives, not negatives
    ("Pertinent positives:\nUrinary retention", "bladder_dysfunction"),
    ("Patient endorses:\n- urinary retention\nPatient denies:\n- fever", "bladder_dysfunction"),
    # a cue inside a line heads nothing
    ("SLR negative:\nurinary retention noted by ED", "bladder_dysfunction"),
    # a bare 'no' ending a wrapped line still reads on, not as a heading
    ("He has had urinary retention since Sunday and no\nfever.", "bladder_dysfunction"),
])
def test_items_outside_the_denied_list_stay_present(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}


def test_items_after_the_list_of_denials_are_not_denied(assertions_of):
    text = "Patient endorses:\n- urinary retention\nPatient denies:\n- fever"
    assert assertions_of(text, "fever") == {"absent"}
    text = "Pertinent positives: urinary retention. Pertinent negatives: saddle anesthesia."
    assert assertions_of(text, "saddle_anesthesia") == {"absent"}
    assert assertions_of(text, "bladder_dysfunction") == {"present"}


def test_wrapped_no_at_line_end_still_denies(assertions_of):
    assert assertions_of("Patient reports no\nfever or chills.", "fever") == {"absent"}
