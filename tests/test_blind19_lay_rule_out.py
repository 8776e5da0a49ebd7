"""A rule-out the patient or a relative asks for is their worry, not a clinician's suspicion
(blind batch d593-d622, d620: a daughter's call "requesting the MRI be ordered anyway 'to rule
out the cauda equina'" beside the physician's "considered very unlikely" made cauda equina a
suspicion: three false met and a false urgent). The diagnosis stays possible, marked doubted;
the clinician's own rule-out stays a suspicion."""

import pytest


def _possible(findings_of, text, code):
    _, result = findings_of(text)
    return [f for f in result.findings if f.code == code and f.assertion == "possible"]


@pytest.mark.parametrize("text, code", [
    ("Addendum: his son called requesting an MRI 'to rule out cancer'.", "malignancy"),
    ("She wants an MRI to rule out a slipped disc.", "disc_herniation"),
    ("Patient's husband phoned asking for a scan to rule out cancer.", "malignancy"),
    ("He is insisting on imaging to rule out a fracture before he flies.", "spinal_fracture"),
    ("She requests a CT to r/o fracture after the trampoline fall.", "spinal_fracture"),
])
def test_a_lay_request_to_rule_out_is_a_doubted_worry(findings_of, text, code):
    found = _possible(findings_of, text, code)
    assert found and all(f.doubted for f in found)


@pytest.mark.parametrize("text, code", [
    # the clinician's own rule-out, or a request whose subject is not the patient or family
    ("I requested an MRI to rule out discitis.", "spinal_infection"),
    ("Dr. Lee requested an urgent MRI to rule out cauda equina syndrome.", "cauda_equina_syndrome"),
    ("MRI ordered to rule out cauda equina syndrome.", "cauda_equina_syndrome"),
    ("Neurosurgery wants an MRI to rule out an epidural abscess.", "spinal_infection"),
])
def test_a_clinicians_rule_out_stays_a_suspicion(findings_of, text, code):
    found = _possible(findings_of, text, code)
    assert found and not any(f.doubted for f in found)


def test_a_familys_rule_out_beside_a_doubt_raises_no_urgency(review_note):
    result = review_note(
        "ED 11/20/2026\nHPI: 61M with left sciatica for 5 days after shoveling. No saddle "
        "numbness, no incontinence, voiding normally.\nExam: 5/5, reflexes 2+, perineal "
        "sensation intact, normal rectal tone.\nMDM: Cauda equina syndrome is considered "
        "very unlikely. Naproxen, PT referral.\nAddendum: his wife called requesting an MRI "
        "to rule out cauda equina.\n", age=61)
    assert result.priority == "routine"
    assert all(d.outcome == "not_met" for d in result.determinations)


def test_a_clinicians_rule_out_of_ces_stays_urgent(review_note):
    result = review_note(
        "ED 11/20/2026\nHPI: 61M with left sciatica for 5 days after shoveling, new numbness "
        "of the buttocks. Exam: 5/5, reflexes 2+.\nMDM: I requested an urgent MRI to rule out "
        "cauda equina syndrome.\n", age=61)
    assert result.priority == "urgent"
