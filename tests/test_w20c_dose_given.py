"""A dose the staff give at the visit is given, not planned (blind batch d623-d652, d644 and
d647: "Morphine 4 mg IV", "Acetaminophen 1 g IV" in an ED Plan read as planned analgesics).
A drug by vein or muscle, or a single dose "x1"/"now", is given in the ED or clinic where the
note is written (ANNOTATION: orders carried out in the ED are present); a prescription, a
course to take home and a dose on a condition or a future verb stay planned."""

import pytest

_HEAD = "ED visit 11/20/2026\nHPI: 44M with low back pain after lifting.\nExam: 5/5, SLR negative.\n"


def _assertions(findings_of, line, code):
    table, _ = findings_of(_HEAD + line + "\n")
    return table.get(code, set())


@pytest.mark.parametrize("line, code", [
    ("Plan: CT lumbar spine. Hydromorphone 0.5 mg IV.", "analgesic"),
    ("Plan: Ketorolac 30 mg IM x1 in ED, reassess.", "nsaid"),
    ("Assessment/Plan: lumbar strain. Toradol 60 mg IM now. Ortho follow-up.", "nsaid"),
    ("Plan: Dilaudid 0.5 mg IVP now.", "analgesic"),
    ("Plan: Ibuprofen 800 mg PO x1, then rest at home.", "nsaid"),
    ("Plan: prednisone 60 mg now, then taper.", "oral_steroid"),
])
def test_a_dose_given_at_the_visit_is_present(findings_of, line, code):
    assert _assertions(findings_of, line, code) == {"present"}


@pytest.mark.parametrize("line, code", [
    ("Plan: start ibuprofen 600 mg TID.", "nsaid"),
    ("Plan: will give Toradol if pain persists.", "nsaid"),
    ("Plan: will give Toradol 30 mg IM.", "nsaid"),
    ("Plan: Toradol 30 mg IM if pain persists.", "nsaid"),
    ("Plan: consider ketorolac 15 mg IV.", "nsaid"),
    ("Plan: if pain uncontrolled, hydromorphone 0.5 mg IV.", "analgesic"),
    ("Disposition: discharge home. Rx: cyclobenzaprine 10 mg qhs #20.", "muscle_relaxant"),
    ("Plan: naproxen 500 mg BID x 7 days.", "nsaid"),
])
def test_a_prescription_or_a_conditional_dose_stays_planned(findings_of, line, code):
    assert _assertions(findings_of, line, code) == {"hypothetical"}


def test_the_take_home_drug_beside_a_given_dose_stays_planned(findings_of):
    _, result = findings_of(_HEAD + "Plan: ketorolac 30 mg IM now, then naproxen 500 mg BID "
                            "x 7 days.\n")
    by_word = {f.evidence[0].text.lower(): f.assertion for f in result.findings
               if f.code == "nsaid"}
    assert by_word == {"ketorolac": "present", "naproxen": "hypothetical"}


def test_the_given_dose_keeps_its_exact_evidence(findings_of):
    text = _HEAD + "Plan: MRI. Morphine 4 mg IV.\n"
    _, result = findings_of(text)
    (found,) = [f for f in result.findings if f.code == "analgesic"]
    evidence = found.evidence[0]
    assert found.assertion == "present"
    assert text[evidence.start:evidence.end] == evidence.text == "Morphine"
