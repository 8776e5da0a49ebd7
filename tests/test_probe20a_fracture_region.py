"""A fracture of another region is no fracture of the study requested (rules/SCHEMA.md
`same_region`, read for fractures): AIM's cervical injury lines and eviCore's fracture red flag
(SP-1.2 "imaging of the symptomatic level") and SP-11 ("the affected spinal region") do not
take an L1 compression fracture for a cervical CT. A cervical fracture still meets them, the
lumbar fracture still meets a lumbar study, and a fracture whose words name no level stays
open (probe20a p47)."""

import pytest

AIM_KNOWN = "aim-spine.trauma.cervical.known-fracture"
EVI_TRAUMA = "evicore-spine.red-flag.fracture-after-trauma"


def _note(fracture, films):
    return ("Office visit 11/20/2026. 58 yo M. Slipped on the stairs and fell two weeks ago, "
            f"landing hard. {films} x-ray at urgent care 11/08/2026 showed {fracture}, treated "
            "with a brace. Neck pain and stiffness since. Exam: strength 5/5, sensation intact. "
            "Plan: CT.")


def _line(review_note, note, cpt, guideline, line):
    d = next(d for d in review_note(note, age=58, cpt=cpt).determinations
             if d.guideline == guideline)
    return next(c for c in d.criteria if c.id == line).result


@pytest.mark.parametrize("fracture, films", [
    ("an L1 compression fracture", "Lumbar spine"),
    ("a mild T12 wedge compression fracture", "Thoracolumbar"),
    ("a compression fracture of the lumbar spine at L2", "Lumbar"),
])
def test_a_thoracolumbar_fracture_is_no_fracture_of_a_cervical_ct(review_note, fracture, films):
    note = _note(fracture, films)
    assert _line(review_note, note, "72125", "aim-spine", AIM_KNOWN) != "met"
    assert _line(review_note, note, "72125", "evicore-spine", EVI_TRAUMA) != "met"


@pytest.mark.parametrize("fracture", ["a C6 spinous process fracture",
                                      "a nondisplaced fracture of the C2 lamina"])
def test_a_cervical_fracture_still_meets_the_cervical_lines(review_note, fracture):
    note = _note(fracture, "Cervical spine")
    assert _line(review_note, note, "72125", "aim-spine", AIM_KNOWN) == "met"
    assert _line(review_note, note, "72125", "evicore-spine", EVI_TRAUMA) == "met"


def test_the_lumbar_fracture_still_meets_a_lumbar_study(review_note):
    note = _note("an L1 compression fracture", "Lumbar spine")
    assert _line(review_note, note, "72131", "evicore-spine", EVI_TRAUMA) == "met"


def test_a_fracture_naming_no_level_stays_open(review_note):
    note = _note("a possible compression fracture", "Spine")
    assert _line(review_note, note, "72125", "evicore-spine", EVI_TRAUMA) == "met"
