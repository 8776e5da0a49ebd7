"""Studies spoken of, asked after or still arranged, not had (session 36, mend36b; the blind
batch e361-e400). ANNOTATION: "The imaging being requested ... is not a finding"; prior_mri /
prior_ct are studies already done.

1. A study followed by the words that weigh a kind of study or tell it still arranged
   (assertion_policy.json study_spoken_of): its contrast or "alone" before the verb ("an MRI
   with contrast is the standard of care", "CT alone would not show the marrow"), "poses no
   risk", "is without risk", "is being authorized" (also wrapped onto the next line, as a fax
   or a portal message wraps it), "is the test that answers it".
2. A study asked for or asked after (context_rules.json): "Here to ask for a lumbar MRI",
   "I will ask for MRI", "called re status of MRI", "I keep thinking about the MRI".
Near-misses keep their reading: a study reported ("CT is negative", "MRI 2024 showed"), a
wrapped line that opens a new item with a capital.
"""

import pytest


def _letter(body):
    return f"Clinic 11/27/2026\n{body}\n"


M, C = "prior_mri", "prior_ct"


@pytest.mark.parametrize("body, code", [
    ("I am not requesting this study as an emergency. However, an MRI with contrast is the standard of care to define the lesion.", M),
    ("Infection is the likely cause, and the MRI with contrast is the test that answers it.", M),
    ("We advise against MRI for her. CT imaging poses no risk to the implant.", C),
    ("I would advise against MRI. CT is without risk to the implants.", C),
    ("She should not wait weeks for it. CT alone would not show the marrow or epidural space.", C),
    ("Denies new weakness. Advised MRI is being authorized; go to ED if legs get weak.", M),
    ("Denies new weakness. Advised MRI is being\nauthorized; go to ED if legs get weak.", M),
])
def test_a_study_weighed_or_still_arranged_is_no_finding(assertions_of, body, code):
    assert assertions_of(_letter(body), code) == set()


@pytest.mark.parametrize("body, code, expected", [
    ("CT L-spine 10/02 is negative for fracture.", C, {"present"}),
    ("MRI 2024 showed L4-5 HNP.", M, {"present"}),
    ("Reviewed outside MRI\nShows L5-S1 disc extrusion.", M, {"present"}),
])
def test_a_study_reported_stays_present(assertions_of, body, code, expected):
    assert assertions_of(_letter(body), code) == expected


@pytest.mark.parametrize("body", [
    "HPI: Here to ask for a lumbar MRI. Pain since August.",
    "If the SI films are not clear, I will ask for MRI lumbar spine.",
    "Pt called re status of MRI. Back a little better.",
    "Still I keep thinking about the MRI, she had back pain for a year.",
])
def test_a_study_asked_for_or_after_is_no_finding(assertions_of, body):
    assert assertions_of(_letter(body), M) == set()


def test_the_status_of_a_course_is_not_made_a_wish(assertions_of):
    # "status of" reaches studies only: a drug's status is the drug's own line
    assert assertions_of(_letter("Meds reviewed. Status of ibuprofen: taking 600 mg tid."), "nsaid") == {"present"}


def test_a_study_asked_after_with_yet_is_no_finding(assertions_of):
    body = "My legs are fine. Has insurance said yes to the CT yet? I read about the cement injection."
    assert assertions_of(_letter(body), C) == set()


def test_a_study_had_yet_asked_of_its_result_stays(assertions_of):
    assert assertions_of(_letter("CT L-spine 11/20 showed an L1 fracture. Any word on the brace yet?"), C) == {"present"}
