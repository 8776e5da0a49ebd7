"""A doubt written the way an assessment writes it doubts: "r/o cauda equina felt to be very
unlikely", "CES - unlikely" and "Unlikely CES" were read as a suspicion (or as present) and made
a routine urgent-care note urgent and `met` on AIM and eviCore's cauda equina lines (false met
found by probing). "Cannot r/o CES" was read as a denial of CES: a missed urgency."""

import pytest

_NOTE = ("Urgent care 11/20/2026\n33M LBP x 2 days after lifting at work. No saddle numbness. "
         "Strength 5/5, reflexes symmetric.\n{}\nPlan: ice, ibuprofen, light duty.\n")


def _ces(findings_of, sentence):
    _, result = findings_of(_NOTE.format(sentence))
    return [(f.assertion, f.doubted) for f in result.findings if f.code == "cauda_equina_syndrome"]


@pytest.mark.parametrize("sentence", [
    "r/o cauda equina felt to be very unlikely.",  # suspected, then doubted: the last word counts
    "Rule out CES - unlikely.",
    "CES - unlikely.",
    "Cauda equina – doubtful.",
    "Unlikely CES.",
    "Unlikely cauda equina syndrome given intact perineal sensation.",
    "CES unlikely.",  # unchanged
])
def test_a_doubted_cauda_equina_is_possible_and_doubted(findings_of, sentence):
    assert _ces(findings_of, sentence) == [("possible", True)]


@pytest.mark.parametrize("sentence", ["Cannot r/o CES.", "Can't r/o cauda equina.",
                                      "Unable to rule out cauda equina syndrome."])
def test_a_cauda_equina_not_ruled_out_is_a_suspicion(findings_of, sentence):
    assert _ces(findings_of, sentence) == [("possible", None)]


def test_a_doubted_cauda_equina_is_not_urgent_and_meets_nothing(review_note):
    result = review_note(_NOTE.format("r/o cauda equina felt to be very unlikely."), age=33)
    assert result.priority == "routine"
    assert all(d.outcome == "not_met" for d in result.determinations)


def test_a_cauda_equina_not_ruled_out_is_urgent(review_note):
    assert review_note(_NOTE.format("Cannot r/o CES."), age=33).priority == "urgent"


def test_unlikely_to_is_no_doubt_of_what_follows(findings_of):
    _, result = findings_of("Ortho 11/20/2026\nL5 radiculopathy. Refer to spine surgery; he is "
                            "unlikely to need surgery but wants an opinion.\n")
    assert ("intervention_planned", "present") in {(f.code, f.assertion) for f in result.findings}
