"""assert21b: bladder and bowel function stated normal in plain words is denied dysfunction
(ANNOTATION: absent is "explicitly denied or normal"): "passing urine and stool normally",
"voiding and moving her bowels normally" (both), "voiding nl", "has urinated since without
trouble" (bladder), "bowel control normal", "no bowel accident" (bowel). Look-alikes: the
same words turned round ("not passing urine normally") or foreseen stay as they read.
"""
import pytest


@pytest.mark.parametrize("text", [
    "She is passing water and stools normally.",
    "Voiding and moving his bowels without difficulty.",
])
def test_both_stated_normal_deny_both(assertions_of, text):
    assert assertions_of(text, "bladder_dysfunction") == {"absent"}
    assert assertions_of(text, "bowel_dysfunction") == {"absent"}


@pytest.mark.parametrize("text", [
    "No fever. Urinating normally.",
    "No weakness; he has voided twice this morning without any trouble.",
    "Since the fall she has passed urine again without difficulty.",
])
def test_voiding_stated_normal_denies_bladder_dysfunction(assertions_of, text):
    assert assertions_of(text, "bladder_dysfunction") == {"absent"}


@pytest.mark.parametrize("text", [
    "Bowel control is intact.",
    "Moving her bowels fine, no blood.",
    "Reduced urge to void since morning; no fecal accident.",
])
def test_bowel_stated_normal_denies_bowel_dysfunction(assertions_of, text):
    assert assertions_of(text, "bowel_dysfunction") == {"absent"}


def test_voiding_not_normal_is_present(assertions_of):
    assert assertions_of("He is not voiding normally since yesterday.",
                         "bladder_dysfunction") == {"present"}


def test_a_bowel_accident_reported_is_not_denied(assertions_of):
    assert "absent" not in assertions_of("Had a stool accident in the car this morning.",
                                         "bowel_dysfunction")


def test_voiding_normally_foreseen_is_no_denial(assertions_of):
    found = assertions_of("Go to the ED if you cannot pass urine.", "bladder_dysfunction")
    assert found == {"hypothetical"}
