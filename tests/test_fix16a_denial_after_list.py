"""A denial written after a list and summing it up ("X, Y, Z - all absent", "(X, Y): no to
all", "X, Y: neither present", "X and Y: both negative") denies every item of the list."""
import pytest


@pytest.mark.parametrize("text, codes", [
    ("Fever, groin numbness, bowel incontinence - all absent.",
     ("fever", "saddle_anesthesia", "bowel_dysfunction")),
    ("Cauda equina symptoms (urinary retention, saddle numbness, fecal incontinence): no to all.",
     ("bladder_dysfunction", "saddle_anesthesia", "bowel_dysfunction")),
    ("Saddle numbness, urinary retention: neither present.",
     ("saddle_anesthesia", "bladder_dysfunction")),
    ("Asked about groin numbness and bowel incontinence: both negative.",
     ("saddle_anesthesia", "bowel_dysfunction")),
    ("Night sweats, fevers, urinary retention: all denied",
     ("fever", "bladder_dysfunction")),
])
def test_summing_denial_after_the_list_denies_each_item(assertions_of, text, codes):
    for code in codes:
        assert assertions_of(text, code) == {"absent"}, code


@pytest.mark.parametrize("text, code", [
    # an item that states its own state is no item of the denied list
    ("Urinary retention positive, fever, chills - all absent.", "bladder_dysfunction"),
    ("Urinary retention present, fever - absent.", "bladder_dysfunction"),
    # a sentence after the summed-up denial is not in it
    ("Hoffmann and clonus: both negative. Left EHL 4/5.", "motor_weakness"),
])
def test_items_outside_the_summed_denial_stay_present(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}


def test_screened_items_answered_both_negative(assertions_of):
    text = "Screened for saddle anesthesia and urinary retention: both negative."
    assert assertions_of(text, "saddle_anesthesia") == {"absent"}
    assert assertions_of(text, "bladder_dysfunction") == {"absent"}
