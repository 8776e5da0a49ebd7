"""read35: one rule reads another person's possessive ("Wife's", "coworker's", "Colleague's"),
in the sentence or opening it (mend34d's rule; mend34c's own sentence-opening rule was pruned
under its identical match but for the words it alone listed, which the one rule now lists).
The thing named next is theirs; a possessive that names an informant or a verb of telling
before it leaves the patient's finding his."""

import pytest


def _note(body):
    return f"Clinic 11/27/2026\nHPI: {body}\n"


@pytest.mark.parametrize("body, code", [
    ("Back ache. Wife's myelopathy history discussed; his exam does not suggest it.",
     "myelopathy_signs"),
    ("Back ache. Husband's sciatica flared last month too.", "radicular_pain"),
    ("Back ache. Colleague's herniated disc needed surgery.", "disc_herniation"),
    ("Back ache. Boss's sciatica kept him off work.", "radicular_pain"),
    ("Back ache. Fiancé's herniated disc needed surgery.", "disc_herniation"),
    ("Back ache since lifting; coworker's herniated disc needed surgery.", "disc_herniation"),
    ("Back ache since lifting, unlike housemate's sciatica.", "radicular_pain"),
])
def test_another_persons_possessive_gives_them_the_finding(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"family"}


@pytest.mark.parametrize("body, code", [
    ("Back ache. Wife's concern is his leg weakness.", "motor_weakness"),
    ("Back ache. Wife's report: new leg weakness since Monday.", "motor_weakness"),
    ("Back ache. Colleague's report: new leg weakness since Monday.", "motor_weakness"),
    ("Back ache. Walking with her late husband's cane since the fall - can't shop.", "trauma"),
    ("Caller: wife. Wife reports husband's mid-back pain (started ~3 wks ago) is much worse.",
     "thoracic_pain"),
])
def test_an_informants_possessive_leaves_the_patients_finding(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}
