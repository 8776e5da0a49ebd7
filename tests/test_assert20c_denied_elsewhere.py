"""assert20c: beside a symptom the note has present, a denial that names a site the spine's
symptom is not at ("no facial numbness", "denies numbness groin/buttocks") or another kind
the sentence goes on to report ("denies numbness but reports tingling") denies that, not the
symptom present: no extra absent. A limb denial ("no numbness in the legs" beside hand
numbness) and a denial with nothing present stay absent.
"""
import pytest


@pytest.mark.parametrize("text", [
    "Tingling in the left big toe for a month. No facial numbness, no arm symptoms.",
    "Pins and needles in both feet since June. Denies numbness groin/buttocks.",
    "She denies numbness but reports tingling along the lateral calf.",
    "Burning paresthesias in the right sole. No numbness of the face.",
])
def test_a_denial_at_another_site_or_kind_leaves_the_symptom_present(assertions_of, text):
    assert assertions_of(text, "paresthesia") == {"present"}


def test_facial_weakness_denied_beside_a_weak_toe_extensor(assertions_of):
    text = "Left EHL weakness 4/5 on exam. No facial weakness, speech normal."
    assert assertions_of(text, "motor_weakness") == {"present"}


@pytest.mark.parametrize("text,expected", [
    # look-alikes: a limb denial beside a present symptom, and denials with nothing present
    ("Numbness in the right hand. No numbness in the legs.", {"absent", "present"}),
    ("No facial numbness.", {"absent"}),
    ("Denies numbness or tingling.", {"absent"}),
    # the groin's numbness denied is saddle anesthesia denied, not a limb's paresthesia (as "no
    # numbness in the groin" reads; dev leaves paresthesia blank there: mend41b)
    ("Denies numbness groin/buttocks.", set()),
])
def test_other_denials_stay_absent(assertions_of, text, expected):
    assert assertions_of(text, "paresthesia") == expected


def test_a_phone_triage_visit_is_no_precaution(assertions_of):
    # "after a phone triage for ... pain" tells how he came, it is no call-back instruction
    text = "Presents after a phone triage for acute severe low back pain since yesterday."
    assert assertions_of(text, "low_back_pain") == {"present"}
