"""A bare "incontinence" in a denial denies bladder and bowel leakage both, in any voice of
denial; one the patient has, or one its clause places in the bladder, is urinary only."""
import pytest

BOTH = {"bladder_dysfunction": {"absent"}, "bowel_dysfunction": {"absent"}}


@pytest.mark.parametrize("text", [
    "ROS: negative for chills, night sweats, incontinence.",
    "Patient denies any incontinence or saddle numbness.",
    "Incontinence: none.",
    "She has had no incontinence of urine or stool.",
    "Denies incontinence of urine (voiding normally) or stool.",
])
def test_a_denied_bare_incontinence_is_both_kinds(assertions_of, text):
    found = {code: assertions_of(text, code) for code in BOTH}
    assert found == BOTH


@pytest.mark.parametrize("text", [
    "GU: Negative for incontinence. GI: negative for constipation.",
    "Denies new incontinence (has baseline stress incontinence, uses pads).",
    "Genitourinary: denies incontinence, denies dysuria.",
])
def test_a_denial_the_clause_places_in_the_bladder_is_bladder_only(assertions_of, text):
    assert assertions_of(text, "bladder_dysfunction")
    assert "absent" not in assertions_of(text, "bowel_dysfunction")


def test_incontinence_the_patient_has_is_urinary_only(assertions_of):
    text = "Reports occasional incontinence when he coughs."
    assert assertions_of(text, "bladder_dysfunction") == {"present"}
    assert assertions_of(text, "bowel_dysfunction") == set()


def test_incontinence_of_urine_and_stool_is_both_present(assertions_of):
    text = "New incontinence of urine and stool since this morning."
    assert assertions_of(text, "bladder_dysfunction") == {"present"}
    assert assertions_of(text, "bowel_dysfunction") == {"present"}
