"""Readings of session 45's next round (next45); invented sentences only.

1. A study asked for to rule a diagnosis out, whose next clause (after a semicolon, which the
   sentence splitter ends a sentence at) says the study is unlikely to show anything, doubts
   the diagnosis: the last word counts (ANNOTATION "Doubted diagnoses"; dev e720). A doubt of
   the plan ("it is unlikely to change management") or a clause that doubts nothing does not.
2. The sentence after a therapy's, on its line, tells no outcome of the therapy when the clause
   after it puts what it tells on a nerve outside the spine ("Finished chiro. R hand numbness
   persists; NCS showed CTS.": the numbness is the wrist's; attributes.json
   `outcome_put_elsewhere`, dev e720). A persisting complaint with no such clause, or one put
   on a root, is still the therapy's failure.
"""

import pytest

from note_text import clinic_note as _note

FRACTURE = "spinal_fracture"


def _doubted(findings_of, body, code):
    _, result = findings_of(_note(body))
    return {(f.assertion, bool(f.doubted)) for f in result.findings if f.code == code}


@pytest.mark.parametrize("body, expected", [
    ("A/P: CT L-spine ordered at her son's request to r/o occult fracture; I explained it is "
     "unlikely to show anything given a normal exam.", {("possible", True)}),
    ("Plan: CT thoracic spine to rule out fracture; it is unlikely to show one.",
     {("possible", True)}),
    ("Plan: CT ordered to rule out fracture; I explained to her that the scan is very unlikely "
     "to show anything.", {("possible", True)}),
    # must not: the doubt is of the plan, the next clause doubts nothing, or a new sentence
    ("Plan: CT ordered to rule out fracture; I explained that it is unlikely to change "
     "management.", {("possible", False)}),
    ("Plan: CT ordered to r/o fracture; will call with results.", {("possible", False)}),
    ("Plan: CT ordered to rule out fracture.\nIt is unlikely to show anything.",
     {("possible", False)}),
])
def test_a_study_to_rule_out_then_unlikely_to_show_anything_doubts_it(findings_of, body,
                                                                       expected):
    assert _doubted(findings_of, body, FRACTURE) == expected


def _outcome(findings_of, body, code):
    _, result = findings_of(_note(body))
    return {(f.value or {}).get("outcome") if isinstance(f.value, dict)
            else getattr(f.value, "outcome", None) for f in result.findings if f.code == code}


@pytest.mark.parametrize("body, code, expected", [
    ("Finished chiro 10/30. L hand tingling persists; NCS showed moderate L carpal tunnel.",
     "chiropractic_care", {None}),
    ("Completed PT 10/30. Foot numbness persists; EMG showed tarsal tunnel.",
     "physical_therapy", {None}),
    ("Completed PT 10/30. Hand numbness persists; probably due to ulnar neuropathy.",
     "physical_therapy", {None}),
    # must not: the complaint persists with no cause, or on a root
    ("Finished chiro 10/30. Neck pain persists.", "chiropractic_care", {"failed"}),
    ("Completed PT 10/30. Leg numbness persists; EMG showed L5 radiculopathy.",
     "physical_therapy", {"failed"}),
])
def test_a_persisting_symptom_put_on_a_peripheral_nerve_is_no_outcome(findings_of, body, code,
                                                                        expected):
    assert _outcome(findings_of, body, code) == expected
