"""A question and the patient's answer written after it: the answer decides, not the
question mark ("Q: Bladder changes? A: Yes" is present) nor the 'if' of "asked if"."""
import pytest


@pytest.mark.parametrize("text, code", [
    ("Asked whether he has any numbness in the saddle region; he said yes, since Monday.",
     "saddle_anesthesia"),
    ("Q: Any loss of bowel control? A: Yes, once yesterday.", "bowel_dysfunction"),
    ("Asked about urinary retention - she says yes, twice this week.", "bladder_dysfunction"),
    ("Q: Trouble emptying the bladder? A: yes", "bladder_dysfunction"),
])
def test_question_answered_yes_is_present(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}


@pytest.mark.parametrize("text, code", [
    ("Asked if he has had numbness in the groin; he said no.", "saddle_anesthesia"),
    ("Asked whether she has had urinary retention, she stated no.", "bladder_dysfunction"),
    ("Q: Loss of bowel control? A: No", "bowel_dysfunction"),
    ("Trouble urinating? Pt says no.", "bladder_dysfunction"),
    ("Fever? Patient answered no. Chills? None.", "fever"),
    ("Fevers - pt denies\nNight sweats - pt denies", "fever"),
    ("Groin numbness: she denies.", "saddle_anesthesia"),
])
def test_question_answered_no_is_absent(assertions_of, text, code):
    assert assertions_of(text, code) == {"absent"}


@pytest.mark.parametrize("text, code, expected", [
    # the denial after the dash is of what follows it, not of the complaint before it
    ("Low back pain - pt denies radiation to the legs.", "low_back_pain", {"present"}),
    # a question still unanswered stays in doubt
    ("Urinary retention? PVR pending.", "bladder_dysfunction", {"possible"}),
    # a question put off to later is no answer
    ("Asked about urinary retention at the next visit.", "bladder_dysfunction",
     {"hypothetical"}),
])
def test_unanswered_or_other_answers_unchanged(assertions_of, text, code, expected):
    assert assertions_of(text, code) == expected
